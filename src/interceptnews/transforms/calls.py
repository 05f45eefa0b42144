"""Does an article report an intercepted communication, who released it, and where each call begins.

A call is opened by the first qualifying mention ("an intercepted phone call", "a leaked
conversation") and by each later one marked as new ("another intercepted call", "a second
call"). Plain later mentions ("the call also reveals") continue the current call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import Mention

_NEW = r"another|second|third|fourth|fifth|separate|different|new|earlier|later|other|previous|latest|further"
CALL_MENTION = re.compile(
    rf"\b(?:(?P<new>{_NEW})\s+)?"
    r"(?P<qual>(?:(?:intercepted|leaked|recorded|tapped|bugged|eavesdropped)\s+(?:(?:an?|the)\s+)?)?(?:(?:phone|telephone|radio|audio|mobile|cellphone)\s+)?)"
    r"(?P<noun>calls?|conversations?|intercepts?|recordings?|communications?|exchanges?|chats?)\b",
    re.IGNORECASE,
)
INTERCEPT_WORD = re.compile(r"\bintercept(?:ed|s|ion|ions)?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Call:
    number: int
    start: int     # start of the sentence that introduces the call
    mention: tuple[int, int]


def _qualifies(m: re.Match) -> bool:
    noun = m.group("noun").lower()
    return bool(m.group("qual").strip()) or noun.startswith("intercept")


def find_calls(masked: str, sentence_start_of) -> list[Call]:
    calls: list[Call] = []
    for m in CALL_MENTION.finditer(masked):
        if not _qualifies(m) and not (calls == [] and False):
            if not (m.group("new") and calls and m.group("noun").lower() in ("call", "conversation")):
                continue
        plural = m.group("noun").lower().endswith("s") and not m.group("noun").lower().endswith("ss")
        is_new = bool(m.group("new")) and not plural
        if not calls or is_new:
            calls.append(Call(len(calls) + 1, sentence_start_of(m.start()), (m.start(), m.end())))
    return calls


def reports_intercept(masked: str, calls: list[Call]) -> bool:
    return bool(calls) or bool(INTERCEPT_WORD.search(masked))


def released_by(mentions: list[Mention], masked: str, calls: list[Call]) -> Mention | None:
    """The first intelligence agency named outside the quotes of an article that reports an intercept."""
    if not reports_intercept(masked, calls):
        return None
    agencies = [m for m in mentions if m.role == "intelligence_agency"]
    return agencies[0] if agencies else None


def call_at(calls: list[Call], pos: int) -> Call | None:
    current = None
    for c in calls:
        if c.start <= pos:
            current = c
    return current
