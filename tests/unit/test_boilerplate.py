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


# --- general chrome rules, one line each, with the reason code the audit must give -------------------------------
import re  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from interceptnews.transforms.boilerplate import document_key, line_key, repeatable_lines  # noqa: E402

BODY_BEFORE = "A Russian soldier told his mother in an intercepted call that his unit had not been fed for three days."
BODY_AFTER = "Ukraine's military intelligence said the call was recorded in the Zaporizhzhia region in late May."

CHROME_LINES = [
    ("Follow us on Telegram", "clean.share_line"),
    ("Follow Kyiv Post on X and Telegram for the latest news", "clean.share_line"),
    ("Share on Facebook Twitter WhatsApp", "clean.share_line"),
    ("Share", "clean.share_line"),
    ("Facebook Twitter WhatsApp Email", "clean.share_line"),
    ("Join our Telegram channel for the latest updates from the front", "clean.share_line"),
    ("Photo: Reuters", "clean.photo_credit"),
    ("(Photo: AP)", "clean.photo_credit"),
    ("Photograph: Genya Savilov/AFP/Getty Images", "clean.photo_credit"),
    ("Photo by Ivan Petrenko/Ukrinform", "clean.photo_credit"),
    ("Image credit: Ministry of Defence of Ukraine", "clean.photo_credit"),
    ("Credit: Reuters", "clean.photo_credit"),
    ("Ukrainian soldiers near Bakhmut in March. Photo: AFP", "clean.photo_credit"),
    ("Copyright © 2023 The Synthetic Herald. All rights reserved.", "clean.copyright_notice"),
    ("We use cookies to improve your experience.", "clean.cookie_notice"),
    ("By continuing to use this site you agree to our use of cookies.", "clean.cookie_notice"),
    ("Accept all cookies", "clean.cookie_notice"),
    ("Advertisement", "clean.advert"),
    ("Story continues below advertisement", "clean.advert"),
    ("Scroll to continue reading", "clean.advert"),
    ("Sign up to our newsletter", "clean.newsletter_prompt"),
    ("Subscribe now", "clean.newsletter_prompt"),
    ("Subscribe now for unlimited access to our journalism", "clean.newsletter_prompt"),
    ("Already a subscriber? Log in", "clean.newsletter_prompt"),
    ("Support independent journalism. Donate today.", "clean.newsletter_prompt"),
    ("Become a member of the Synthetic Herald", "clean.newsletter_prompt"),
    ("Got a news tip? Email us at tips@example.org", "clean.correction_footer"),
    ("This article was amended on 12 March 2023 to correct the name of the brigade.", "clean.correction_footer"),
    ("Correction: An earlier version of this story misstated the date of the call.", "clean.correction_footer"),
    ("Contact us at newsroom@example.org", "clean.correction_footer"),
    ("READ MORE: Putin's generals accused of hiding losses from the Kremlin", "clean.teaser_block"),
    ("Related: Ukraine's drone makers race to stay ahead of Russian jamming", "clean.teaser_block"),
    ("Watch: Moment Ukrainian drone destroys Russian tank near Avdiivka", "clean.teaser_block"),
    ("Image source, Reuters", "clean.photo_caption"),
    ("Image caption, The ministry says the recordings are fakes", "clean.photo_caption"),
    ("Pictured: Russian conscripts at a railway station in Kursk (file photo)", "clean.photo_caption"),
    ("Quality journalism from Kyiv depends on readers like you. Become a member today.", "clean.newsletter_prompt"),
    ("Share or comment on this article:", "clean.share_line"),
    # publication stamps, bylines and page controls (written for these tests, not copied from any page)
    ("Published On 3 Mar 2026", "clean.dateline_byline"),
    ("Updated 9:15 AM EST, Tue March 3, 2026", "clean.dateline_byline"),
    ("Thursday 5 March 2026 14:03, UK", "clean.dateline_byline"),
    ("Today at 16:42", "clean.dateline_byline"),
    ("By Anna Vorontsova - 03/03/26 2:41 PM ET", "clean.dateline_byline"),
    ("Story by Marta Kovalenko • 4h", "clean.dateline_byline"),
    ("4 min read", "clean.dateline_byline"),
    ("Duration 2:07", "clean.dateline_byline"),
    ("Save", "clean.page_control"),
    ("Link Copied!", "clean.page_control"),
    ("list 2 of 3", "clean.page_control"),
    # more stamps, bylines, credits and controls of real pages (written here for the purpose)
    ("Modified: 18/04/2026 - 17:05", "clean.dateline_byline"),
    ("By: NEWSWIRE 24", "clean.dateline_byline"),
    ("By Harriet Lowe and Oleksiy Dzyuba in Kyiv", "clean.dateline_byline"),
    ("Callum Rix, Foreign News Reporter", "clean.dateline_byline"),
    ("Reporting by Olena Bratchuk in Kyiv; Editing by Giles Parmenter", "clean.dateline_byline"),
    ("Senior News Reporter", "clean.dateline_byline"),
    ("April 8, 2026", "clean.dateline_byline"),
    ("12 March 2026 • 4:15pm", "clean.dateline_byline"),
    ("01/21/2026 05:00 AM EST", "clean.dateline_byline"),
    ("3 min Reading time", "clean.dateline_byline"),
    ("A wounded soldier is carried to a vehicle in an image released on March 30. © Defence Ministry via AFP",
     "clean.photo_credit"),
    ("Photo: illustrative", "clean.photo_credit"),
    ("A drone operator watches a live feed at a command post in March. (Anna Bond / The Kyiv Daily)", "clean.photo_credit"),
    ("Copyright 2026 The Newswire. All rights reserved. This material may not be published or broadcast.",
     "clean.copyright_notice"),
    ("(NEWSWIRE 24 with AFP)", "clean.copyright_notice"),
    ("Daily newsletter", "clean.newsletter_prompt"),
    ("Sign up for push alerts and have the best analysis delivered to you", "clean.newsletter_prompt"),
    ("Gift Article", "clean.page_control"),
    ("Voiced by artificial intelligence.", "clean.page_control"),
    ("Read more about: Army, Ukraine war", "clean.page_control"),
    ("News|Russia-Ukraine war", "clean.page_control"),
    ("Do you have a story for The Daily Herald news team?", "clean.correction_footer"),
    ("This article appeared in the Europe section of the print edition under the headline Listening in",
     "clean.correction_footer"),
    ("Why you can trust The Daily Herald", "clean.correction_footer"),
    ("Simply sign up to the War in Ukraine digest, delivered to your inbox.", "clean.newsletter_prompt"),
    ("Find The Daily Herald on WhatsApp and stay up to date", "clean.share_line"),
    ("Follow our coverage of the war in Ukraine at https://example.org/hub/ukraine", "clean.share_line"),
    ("By AFP - Agence France Presse", "clean.dateline_byline"),
    ("READ MORE: Putin's 'meat grinder' tactics leave army short of officers, says UK intelligence", "clean.teaser_block"),
    ("Please use Chrome browser for a more accessible video player", "clean.page_control"),
    ("Listen to this story. Enjoy more audio on the app.", "clean.page_control"),
    ("Getty Images", "clean.photo_credit"),
    ("UKRAINIAN ARMED FORCES/AFP", "clean.photo_credit"),
    ("Support The Synthetic Herald on Patreon!", "clean.newsletter_prompt"),
    ("Want to support our work? Donate here.", "clean.newsletter_prompt"),
]


@pytest.mark.parametrize("line,reason", CHROME_LINES, ids=[c[0][:40] for c in CHROME_LINES])
def test_chrome_line_in_the_middle_of_an_article_is_removed_with_its_reason(params, line, reason):
    raw = f"{BODY_BEFORE}\n{line}\n{BODY_AFTER}\n"
    text, _, removed = clean_article(raw, params["clean"])
    assert [(r.reason, r.text) for r in removed] == [(reason, line)]
    assert text == f"{BODY_BEFORE}\n\n{BODY_AFTER}"


# Real sentences of an article that look like chrome: they contain quoted speech or a reporting
# clause, are too long to be a credit, or do not have the whole-paragraph shape of a prompt.
LOOKALIKES = [
    "Read more about it in the report, he said.",
    "Photo: the soldier's message was shared on Telegram, where it was viewed 2 million times.",
    "Subscribe to Putin's war, the soldier told his mother",
    "Follow the money on Telegram, the commander wrote to his men.",
    "Share this with everyone you know, she told her son.",
    "The soldier said he would share the photo with his wife on WhatsApp.",
    "Advertisements for military contracts promise bonuses of up to 2 million roubles.",
    "Cookies and tinned meat were all the unit had left, he wrote.",
    "Related units from the same brigade were moved north in the spring.",
    "Read more carefully, the recording suggests the call was made in March.",
    "Credit Suisse froze the accounts of several Russian officers last year.",
    "Photos of the destroyed column were published by the Ukrainian army.",
    "Video shows the soldier's unit retreating across a field near the river.",
    "The SBU wrote on Telegram that the call was intercepted near Bakhmut.",
    "Sign up for the army, the recruiter told the prisoners, and your sentence is gone.",
    "Join us on Telegram, the Russian officer urged his men in a voice message.",
    "He told his wife to subscribe to the Telegram channel of his brigade.",
    "Watch more TV, his mother replied.",
    "Correction officers at the penal colony said the men volunteered.",
    "Contact with the unit was lost on Tuesday.",
    "This article of the criminal code punishes desertion with up to 15 years.",
    "Copyright lawyers in Moscow say the recordings cannot be protected.",
    "Become a member of the assault unit and your debts are forgiven, the advert promised.",
    "“Share it on Facebook, on Telegram, everywhere,” she said.",
    "Read more: the soldier's letter was published in full by the agency.",
    "Pictured in the photo, the commander says, were men who had already died.",
    "The brigade depends on volunteers like you, the recruiter told him.",
    "Published on Telegram on Monday, the call lasts four minutes.",
    "Updated figures from the ministry show 1,020 casualties in a day.",
    "By the end of the call, 3 men had died, the soldier said.",
    "Save for a few shells, the battery had nothing left.",
    "Today at the front, they said, nobody sleeps.",
    "Support for the war is falling in the soldier's home town.",
    "Source material for the report came from four intercepted calls.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES, ids=[s[:40] for s in LOOKALIKES])
def test_real_sentence_that_looks_like_chrome_stays_intact(params, sentence):
    raw = f"{BODY_BEFORE}\n{sentence}\n{BODY_AFTER}\n"
    text, _, removed = clean_article(raw, params["clean"])
    assert removed == []
    assert text == f"{BODY_BEFORE}\n\n{sentence}\n\n{BODY_AFTER}"


def test_lookalike_stays_even_when_the_publisher_repeats_it(params):
    """Quoted speech and reporting clauses are protected from the repeated-line rule too."""
    quote = "“They are sending us to die,” the soldier said."
    raw = f"{BODY_BEFORE}\n{quote}\nRead more about it in the report, he said.\n"
    repeated = {line_key(quote), line_key("Read more about it in the report, he said.")}
    _, _, removed = clean_article(raw, params["clean"], repeated)
    assert removed == []


def test_teaser_block_in_the_middle_with_chrome_between_heading_and_headline(params):
    raw = (f"{BODY_BEFORE}\nRead more\nPhoto: AFP\nHow Russian conscripts are recruited from prisons\n"
           "Investigators found that recruiters visited at least forty colonies in the spring.\n"
           f"{BODY_AFTER}\n")
    text, _, removed = clean_article(raw, params["clean"])
    assert [r.reason for r in removed] == ["clean.teaser_block", "clean.photo_credit", "clean.teaser_block", "clean.teaser_block"]
    assert text == f"{BODY_BEFORE}\n\n{BODY_AFTER}"
    assert clean_article(text, params["clean"])[0] == text


def test_repeated_line_is_removed_only_when_short_and_listed(params):
    footer = "The Synthetic Herald is an independent newsroom funded by its readers."
    long_line = " ".join(["word"] * (params["clean"].repeated_line_max_words + 1)) + "."
    raw = f"{BODY_BEFORE}\n{footer}\n{long_line}\nShare this article\n{BODY_AFTER}\n"
    repeated = {line_key(footer), line_key(long_line), line_key("Share this article")}
    text, _, removed = clean_article(raw, params["clean"], repeated)
    # a chrome rule gives its own reason first; a long paragraph is never a repeated line
    assert [(r.reason, r.text) for r in removed] == [("clean.repeated_line", footer), ("clean.share_line", "Share this article")]
    assert long_line in text
    assert clean_article(raw, params["clean"])[2][0].reason == "clean.share_line"  # without the set: only chrome


def test_repeatable_lines_are_short_unprotected_and_normalised(params):
    raw = "  The  Synthetic Herald is FUNDED by its readers.\n“We eat once a day,” he said.\n" + "long " * 40 + "\n"
    assert repeatable_lines(raw, params["clean"]) == {"the synthetic herald is funded by its readers."}


def test_document_key_ignores_layout_only():
    a = "First paragraph.\nSecond paragraph.\n"
    assert document_key(a) == document_key("\r\n  First paragraph.  \r\n\r\n\r\nSecond paragraph.")
    assert document_key(a) != document_key("First paragraph. Second paragraph.")


# --- property: nothing is lost ------------------------------------------------------------------------------------
LINES = st.sampled_from(["Read more", "Related", "Photo: AP", "Share this article", "Advertisement", "Follow us on Telegram",
                         "READ MORE: Putin's generals hide losses", "Short Title Like Headline", "The front has barely moved.",
                         "“We have no boots,” the soldier said.", "Read more about it in the report, he said.",
                         "Sign up to our newsletter", "A blurb without quotes about another story.", "  ", ""])
RAW = st.lists(st.one_of(LINES, st.text(max_size=12)), max_size=25).flatmap(
    lambda lines: st.tuples(st.just(lines), st.lists(st.sampled_from(["\n", "\r\n", "\n\n", "\r"]), min_size=len(lines),
                                                     max_size=len(lines))))


@settings(max_examples=400, deadline=None)
@given(RAW, st.data())
def test_text_and_removed_spans_account_for_every_nonblank_raw_line(params, lines_and_breaks, data):
    lines, breaks = lines_and_breaks
    raw = "".join(line + brk for line, brk in zip(lines, breaks))
    candidates = sorted(repeatable_lines(raw, params["clean"]))
    repeated = set(data.draw(st.lists(st.sampled_from(candidates), unique=True))) if candidates else set()
    text, paragraphs, removed = clean_article(raw, params["clean"], repeated)
    pieces = sorted([(p["raw_start"], p["raw_end"], text[p["start"]:p["end"]]) for p in paragraphs]
                    + [(r.raw_start, r.raw_end, r.text) for r in removed])
    expected = [line.strip() for line in re.split(r"\r\n|\r|\n", raw) if line.strip()]
    assert [piece for _, _, piece in pieces] == expected  # every line once, in order, exactly as written
    assert all(raw[s:e] == piece for s, e, piece in pieces)  # offsets point at it in the raw text
    assert all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))  # no overlap
    assert text == "\n\n".join(text[p["start"]:p["end"]] for p in paragraphs)
    assert clean_article(text, params["clean"], repeated)[0] == text  # idempotent


def test_teaser_heading_after_a_teaser_block_starts_a_block_of_its_own(params):
    raw = (f"{BODY_BEFORE}\nMore on this story\nInside the units that listen to Russian radio\n"
           "Related topics\nRussia-Ukraine war\nUkraine\n")
    _, _, removed = clean_article(raw, params["clean"])
    assert [r.text for r in removed] == ["More on this story", "Inside the units that listen to Russian radio",
                                         "Related topics", "Russia-Ukraine war", "Ukraine"]
    assert {r.reason for r in removed} == {"clean.teaser_block"}


def test_the_article_after_a_list_of_teaser_headlines_stays(params):
    # a blurb belongs only under a single teaser headline; after a list of them the article goes on
    raw = ("A Russian soldier told his wife about the cold, according to a call released by Ukraine.\n"
           "Read More\n"
           "Drone strike on Kharkiv depot kills two\n"
           "EU agrees new package of sanctions on Russian fuel\n"
           "The agency named the soldier as Pavel Orlov, 31, from Tver, and said he had worked in Germany before the war.\n")
    text, _, removed = clean_article(raw, params["clean"])
    assert [r.text for r in removed] == ["Read More", "Drone strike on Kharkiv depot kills two",
                                         "EU agrees new package of sanctions on Russian fuel"]
    assert text.endswith("he had worked in Germany before the war.")


def test_no_blurb_is_taken_across_other_chrome(params):
    raw = ("A Russian soldier told his wife about the cold, according to a call released by Ukraine.\n"
           "RELATED ARTICLES\n"
           "Mother's fury as son is sent back to the front\n"
           "Share this article\n"
           "Orlov, a former driver from Tver, signed a contract with the army last spring, the agency said.\n")
    text, _, removed = clean_article(raw, params["clean"])
    assert "Orlov, a former driver" in text and len(removed) == 3


@pytest.mark.parametrize("line", [
    "By Monday, the soldiers had run out of water.",
    "April 8, 2026, was the day the second recording was released.",
    "12:40 was when the shelling began, the soldier said.",
    "Reporting from the front is dangerous, the editor said.",
    "Reporting by Meduza, published in May, found that the unit lost half its men",
    "Written by Tolstoy in 1855, the Sevastopol sketches describe the same fear",
])
def test_article_sentences_that_open_like_stamps_bylines_or_credit_lines_stay(params, line):
    raw = f"{BODY_BEFORE}\n{line}\n{BODY_AFTER}\n"
    text, _, removed = clean_article(raw, params["clean"])
    assert removed == [] and line in text


def test_short_lines_after_the_last_sentence_are_trailing_tags(params):
    raw = (f"{BODY_BEFORE}\n{BODY_AFTER}\nRussia\nWar in Ukraine\nid/phz\n")
    text, _, removed = clean_article(raw, params["clean"])
    assert [(r.reason, r.text) for r in removed] == [("clean.trailing_tags", "Russia"),
                                                    ("clean.trailing_tags", "War in Ukraine"),
                                                    ("clean.trailing_tags", "id/phz")]
    assert text.endswith(BODY_AFTER.strip())


def test_short_lines_before_the_last_sentence_or_with_quotes_stay(params):
    # a short line inside the article is not a tag; a short quoted line after the last sentence is speech
    raw = f"{BODY_BEFORE}\nIn Kupiansk\n{BODY_AFTER}\n“Come home”\n"
    text, _, removed = clean_article(raw, params["clean"])
    assert removed == [] and "In Kupiansk" in text and text.endswith("“Come home”")
