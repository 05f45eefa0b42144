"""Substring tests that run before costly patterns (the speed rounds' guards) must let every match
through: each guard's words are in every match of its pattern. Checked on every gold article and
on sentences written for the purpose (synthetic, new wording), so that an edit of a pattern that
forgets its guard fails here rather than dropping matches silently."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from interceptnews.transforms import attribution, calls, mentions

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ("The man on the recording is Private Oleg Sviridov of the 12th battalion. "
           "The soldier's name is Kirill. His mother's name was Vera. "
           "Investigators established that the voice belongs to Nikolai Vedernikov. "
           "The woman, identified only as Alina, speaks first. He gave his name as Artyom. "
           "As one officer put it, the call ends badly. As the ministry phrased it to reporters, "
           "the unit went to what the soldiers call “the meat grinder”. Ukraine released intercepted calls and "
           "recorded conversations, and leaked recordings followed. ")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The gold articles (every fixture folder with .gold.json files), and the sentences above."""
    return [WRITTEN] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").rglob("*.gold.json"))
                        for p in [p.with_name(p.name.removesuffix(".gold.json") + ".txt")]]


def anchored_matches(pattern: re.Pattern, text: str, before: int):
    """Matches of a pattern that ends at the end of its window ($), for windows ending where the rules
    search them: before a capital letter (a name), before a quote mark, and after a comma or a stop."""
    for m in re.finditer(r"(?=[A-Z\"“‘'«])|(?<=[.,]) ", text):
        found = pattern.search(text, max(0, m.start() - before), m.start())
        if found:
            yield found.group(0)


def test_every_match_holds_its_guard_words(texts):
    checks = [  # (pattern, the guard as a test of the matched text, anchored at its window's end)
        (mentions.DESCRIBED_IS, lambda s: "he" in s and ("is" in s or "was" in s)
         and any(w in s for w in attribution._DESCRIBED_PERSON_WORDS), False),
        (mentions.NAMED_AS, lambda s: any(w in s for w in mentions._NAMED_KEYS), False),
        (mentions.POSSESSOR_NAME, lambda s: "name" in s, False),
        (attribution._WHAT_X_CALLS, lambda s: "what" in s or "which" in s, True),
        (attribution._VOICE_BELONGS, lambda s: "belong" in s, True),
        (attribution._AS_X_PUT_IT, lambda s: "put" in s or "phrase" in s, True),
        (calls.BARE_PLURAL, lambda s: any(w in s for w in calls._BARE_PLURAL_NOUNS)
         and any(w in s for w in calls._BARE_PLURAL_PARTICIPLES), False),
    ]
    for pattern, guard, anchored in checks:
        seen = 0
        for text in texts:
            found = anchored_matches(pattern, text, 90) if anchored else (m.group(0) for m in pattern.finditer(text))
            for matched in found:
                seen += 1
                assert guard(matched), (pattern.pattern[:60], matched)
        assert seen, f"no match of {pattern.pattern[:60]!r}: the check would prove nothing"


def test_call_noun_matches_begin_with_their_word(texts):
    """calls.call_mentions looks for each call noun's pattern only where str.find finds its word."""
    sample = "call calls recall callsign conversation conversations intercept intercepts intercepted recording recordings " \
             "exchange exchanges tape tapes taped"
    for word, pattern in calls._CALL_NOUN_WORDS:
        found = [m.group(0) for text in [sample] + texts for m in pattern.finditer(text.lower())]
        assert found and all(matched.startswith(word) for matched in found), word
