"""Page chrome goes, every sentence of the article stays, and the audit says what went where."""
from __future__ import annotations

from interceptnews.transforms.boilerplate import clean_article, split_paragraphs

ARTICLE = """Soldiers in the east complained about rations, a report said.
Related
Winter Offensive Stalls Near the River
The front has barely moved in six weeks, according to analysts who study satellite images.
"We eat once a day," one soldier said.
Read more about it in the report, he said.
Sign up to our daily newsletter for the latest updates
Photo: Reuters
Share this article
To suggest a correction or clarification, write to us here
"""


def test_teaser_block_and_footer_are_removed_with_reasons(params):
    text, _, removed = clean_article(ARTICLE, params["clean"])
    reasons = [(r.reason, r.text) for r in removed]
    assert reasons == [
        ("clean.teaser_block", "Related"),
        ("clean.teaser_block", "Winter Offensive Stalls Near the River"),
        ("clean.teaser_block", "The front has barely moved in six weeks, according to analysts who study satellite images."),
        ("clean.newsletter_prompt", "Sign up to our daily newsletter for the latest updates"),
        ("clean.photo_credit", "Photo: Reuters"),
        ("clean.share_line", "Share this article"),
        ("clean.correction_footer", "To suggest a correction or clarification, write to us here"),
    ]
    assert text == ('Soldiers in the east complained about rations, a report said.\n\n'
                    '"We eat once a day," one soldier said.\n\nRead more about it in the report, he said.')


def test_audit_offsets_point_into_the_raw_text(params):
    _, paragraphs, removed = clean_article(ARTICLE, params["clean"])
    for r in removed:
        assert ARTICLE[r.raw_start:r.raw_end] == r.text


def test_paragraph_offsets_map_clean_text_back_to_raw(params):
    raw = "First paragraph.  \r\n\r\n\r\n  Second paragraph here.\r\n"
    text, paragraphs, removed = clean_article(raw, params["clean"])
    assert text == "First paragraph.\n\nSecond paragraph here."
    for p in paragraphs:
        assert text[p["start"]:p["end"]] == raw[p["raw_start"]:p["raw_end"]]
    assert removed == []


def test_real_sentence_that_looks_like_chrome_is_kept(params):
    raw = "Read more about the losses in the report, the ministry said.\nShare this article with your commander, he wrote to her.\n"
    text, _, removed = clean_article(raw, params["clean"])
    assert removed == [] and text.count("\n\n") == 1


def test_heading_without_teaser_titles_is_kept(params):
    raw = "Related\nHe said the unit was related to the brigade that retreated last week.\n"
    _, _, removed = clean_article(raw, params["clean"])
    assert removed == []


def test_cleaning_is_idempotent(params):
    once, _, _ = clean_article(ARTICLE, params["clean"])
    twice, _, removed = clean_article(once, params["clean"])
    assert twice == once and removed == []


def test_split_paragraphs_is_one_per_nonblank_line():
    assert [p.text for p in split_paragraphs("a\n\n b \nc")] == ["a", "b", "c"]
