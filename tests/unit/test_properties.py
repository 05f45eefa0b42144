"""Property tests: random text and random marks never crash, offsets always hold, cleaning is idempotent."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import annotate_text
from interceptnews.transforms.boilerplate import clean_article

PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", " ", "\n", "\n\n", "he said", "the soldier says",
                          "His wife", "[sic]", "b*tch", "Putin's", "don't", ",", ".", ":", "intercepted call", "Read more",
                          "Photo: AP", "they", "she replied", "another call", "A Russian soldier", "—",
                          # triggers of the attribution rules: names, aliases, vocatives, listings, Q&A
                          "identified as Ivan Petrov", "named", " Anna Ivanova,", "his mother", "Mama,", "the SBU",
                          "Ukraine's Security Service", "according to", ", who says he is a driver,", "Q:", "A:",
                          "hundreds of intercepted calls", "In the first,", "asks", "the man", "the Russian", "One private"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_annotation_never_crashes_and_offsets_hold(params, raw):
    text, article, quotes = annotate_text(raw, params)
    ids = {q["quote_id"] for q in quotes}
    for q in quotes:
        assert text[q["start"]:q["end"]] == q["text"] and q["start"] < q["end"]
        for seg in q["segments"]:
            assert q["start"] <= seg["start"] < seg["end"] <= q["end"]
        for col in ("speaker_mention", "speaker", "cue"):
            if q[col] is not None:
                assert text[q[f"{col}_start"]:q[f"{col}_end"]] == q[col]
        assert q["parent_quote_id"] is None or q["parent_quote_id"] in ids
    for f in article["content_flags"]:
        assert text[f["start"]:f["end"]] == f["text"]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_cleaning_is_idempotent_and_audit_points_into_raw(params, raw):
    text, paragraphs, removed = clean_article(raw, params["clean"])
    for r in removed:
        assert raw[r.raw_start:r.raw_end] == r.text
    for p in paragraphs:
        assert text[p["start"]:p["end"]] == raw[p["raw_start"]:p["raw_end"]].replace("\r\n", "\n")
    again, _, _ = clean_article(text, params["clean"])
    assert again == text


PLAIN = st.sampled_from(["The front has barely moved.", "Officials declined to comment.", "It's Putin's war, critics say.",
                         "The '90s were different.", "A 12\" barrel was found."])
QUOTED = st.sampled_from(["“We have no boots,” the soldier said.", "His wife replied: \"Come home.\"",
                          "He called it a “meat grinder”.", "“They lie,” he says. “All of them.”"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PLAIN, QUOTED), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_quotes_do_not_depend_on_the_order_of_other_paragraphs(params, paragraphs, rnd):
    """Each paragraph closes its own quotes, so shuffling paragraphs only reorders the quotes."""
    shuffled = paragraphs[:]
    rnd.shuffle(shuffled)
    _, _, a = annotate_text("\n".join(paragraphs), params)
    _, _, b = annotate_text("\n".join(shuffled), params)
    assert sorted(q["text"] for q in a) == sorted(q["text"] for q in b)


def _mask_by_character(text, quotes):
    """The definition mask_quotes must keep: quote words -> x, quote marks -> spaces, newlines kept."""
    from interceptnews.transforms.attribution import _MARK_CHARS
    chars = list(text)
    for q in quotes:
        if q.depth:
            continue
        for i in range(max(q.open_pos, 0), min(q.close_end, len(text))):
            if chars[i] != "\n":
                chars[i] = " " if (i < q.start or i >= q.end) and chars[i] in _MARK_CHARS else "x"
    return "".join(chars)


@settings(max_examples=300)
@given(TEXT)
def test_masking_quotes_is_the_per_character_definition(params, raw):
    from interceptnews.transforms.attribution import mask_quotes
    from interceptnews.transforms.quotes import find_quotes
    text, paragraphs, _ = clean_article(raw, params["clean"])
    spans = [(p["start"], p["end"]) for p in paragraphs]
    quotes = find_quotes(text, spans)
    assert mask_quotes(text, quotes) == _mask_by_character(text, quotes)


# Words that make call mentions, in pieces that test the window before a call noun: long modifier
# runs, two-word determiners, line breaks, punctuation glued to a determiner, very long words.
CALL_PIECES = st.sampled_from(["the", "a", "an", "another", "dozens of", "two", "its", "(the", "intercepted", "leaked",
                               "phone", "radio", "call", "calls", "Call", "conversation", "recording", "tapes", "exchange",
                               "new", "second", "chilling", "brief", "x" * 70, "x" * 250, "callsign", "recalls", "-", ",", "."])
CALL_TEXT = st.lists(st.tuples(CALL_PIECES, st.sampled_from([" ", " ", "  ", "\n", "\t", ""])), max_size=40).map(
    lambda parts: "".join(word + space for word, space in parts))


@settings(max_examples=500)
@given(CALL_TEXT)
# two calls apart, then a noun after a long masked quote (few words in the look-back): once merged
# with both windows, not only the last one
@example("one two three four five six seven eight another intercepted call " + "w " * 10 + "the call "
         + "x" * 320 + " a recording")
def test_call_mentions_are_those_of_the_full_scan(text):
    """The windowed scan before call nouns finds exactly what the pattern finds over the whole text."""
    from interceptnews.transforms.calls import CALL_MENTION, call_mentions
    assert [m.span() for m in call_mentions(text)] == [m.span() for m in CALL_MENTION.finditer(text)]


LEXICON_WORDS = ["orc", "orcs", "khokhol", "damn", "goddamn", "shit", "shitty"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(LEXICON_WORDS + ["force", "Orcs", "SHIT", " ", "\n", "-", "'", "damned", "x"]), max_size=30)
       .map("".join))
def test_lexicon_flags_are_those_of_the_whole_lexicon_pattern(text):
    """Flags built from the lexicon words present in a text are those of the pattern of all the words."""
    import re
    from interceptnews.transforms.flags import content_flags
    words = tuple(LEXICON_WORDS)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    expected = [(m.start(), m.end()) for m in pattern.finditer(text.lower())]
    assert [(f["start"], f["end"]) for f in content_flags(text, words, ()) if f["kind"] == "slur"] == expected
