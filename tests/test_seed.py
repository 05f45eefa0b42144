"""The one real article: every quote extracted with its speaker, chrome removed and audited."""
from __future__ import annotations

from conftest import SEED, annotate_text

# (quote starts with, speaker mention, resolved speaker, role, call number, method)
EXPECTED = [
    ("on principle", "A Russian soldier", "A Russian soldier", "soldier", 1, "cue_before"),
    ("reveals the brewing civil war", "Ukraine’s Military Intelligence", "Ukraine’s Military Intelligence", "intelligence_agency", None, "cue_before"),
    ("they [the Ministry of Defence] treat", "the soldier", "A Russian soldier", "soldier", 1, "cue_before"),
    ("Well, overall, it's ridiculous.", None, "A Russian soldier", "soldier", 1, "previous_speaker"),
    ("What? Good morning, Mom!", "he", "A Russian soldier", "soldier", 1, "cue_after"),
    ("Putin left the leading forces", "he", "A Russian soldier", "soldier", 1, "interrupted"),
    ("participate in Putin's elections", "He", "A Russian soldier", "soldier", 1, "cue_before"),
    ("If I live to see Putin's election", None, "A Russian soldier", "soldier", 1, "previous_speaker"),
    ("We’ll tear you apart.", "Ukrainian troops", "Ukrainian troops", "military_unit", 2, "cue_before"),
    ("It’s not quiet over there", "the wife", "his wife", "relative", 2, "cue_before"),
    ("We’ve got Khokhols", "The soldier", "a Russian soldier", "soldier", 2, "cue_before"),
    ("you’re f**ked", "They", "Ukrainian troops", "military_unit", 2, "cue_before"),
    ("we’ll tear you apart.", "They", "Ukrainian troops", "military_unit", 2, "cue_before"),
]


def test_every_seed_quote_has_its_speaker_role_and_call(params):
    text, article, quotes = annotate_text(SEED.read_text(encoding="utf-8"), params, "d4c8b5fb90b05146")
    got = [(q["text"], q["speaker_mention"], q["speaker"], q["speaker_role"],
            int(q["call_id"].rsplit("call", 1)[1]) if q["call_id"] else None, q["attribution_method"]) for q in quotes]
    assert len(got) == len(EXPECTED)
    for (qtext, *rest), (prefix, *expected) in zip(got, EXPECTED):
        assert qtext.startswith(prefix)
        assert rest == expected, qtext


def test_seed_call_one_soldier_and_call_two_soldier_are_different_people(params):
    _, _, quotes = annotate_text(SEED.read_text(encoding="utf-8"), params)
    first = next(q for q in quotes if q["text"].startswith("on principle"))
    second = next(q for q in quotes if q["text"].startswith("We’ve got Khokhols"))
    assert first["speaker"].lower() == second["speaker"].lower()
    assert first["speaker_start"] != second["speaker_start"]


def test_seed_multi_paragraph_quote_spans_three_paragraphs(params):
    text, _, quotes = annotate_text(SEED.read_text(encoding="utf-8"), params)
    q = next(q for q in quotes if q["text"].startswith("Well, overall"))
    assert q["spans_paragraphs"] and q["paragraph_end_index"] - q["paragraph_index"] == 2
    assert q["text"].endswith("like in tsarist Russia, right?") and len(q["segments"]) == 3


def test_seed_article_flags_and_intercept(params):
    _, article, quotes = annotate_text(SEED.read_text(encoding="utf-8"), params)
    kinds = {(f["kind"], f["text"]) for f in article["content_flags"]}
    assert {("censored_profanity", "b*tch"), ("censored_profanity", "f**ked"), ("slur", "Khokhols"),
            ("editorial_insertion", "[the Ministry of Defence]"), ("editorial_insertion", "[pejorative for Ukrainians]")} <= kinds
    assert article["reports_intercept"] and article["intercept_released_by"] == "Ukraine’s Military Intelligence"
    assert [c["mention"] for c in article["calls"]] == ["an intercepted phone call", "another intercepted call"]
    assert "slur" in next(q for q in quotes if q["text"].startswith("We’ve got Khokhols"))["flags"]


def test_seed_teaser_block_and_footer_are_gone_and_audited(params):
    from interceptnews.transforms.boilerplate import clean_article
    raw = SEED.read_text(encoding="utf-8")
    text, _, removed = clean_article(raw, params["clean"])
    assert [r.reason for r in removed] == ["clean.teaser_block"] * 4 + ["clean.correction_footer"] * 2
    for r in removed:
        assert r.text not in text and raw[r.raw_start:r.raw_end] == r.text
    # every other line of the raw text is in the clean text, unchanged
    removed_lines = {r.text for r in removed}
    kept = [line.strip() for line in raw.splitlines() if line.strip() and line.strip() not in removed_lines]
    assert text == "\n\n".join(kept)
