"""Attribute each quote to a speaker: cue verbs, pronoun and definite-NP resolution, dialogue turns.

Order of evidence for a quote (the first that applies wins; `attribution_method` records it):
  cue_after         '"...," he says.'   '"...," said the official.'   '..." according to X'
  interrupted       the second piece of '"A," he says. "B."' shares the first piece's speaker
  cue_before        'The soldier responds: "..."'   'saying that "..."' (subject of the clause)
  sentence_subject  '"Hungary ... last week called the sanctions "unrealistic"': the sentence's subject
  dialogue_turn     an unattributed quote paragraph in a two-person exchange: the other speaker
  previous_speaker  an unattributed quote paragraph continues the last speaker
  repeated_quote    a headline quote that the body quotes again takes the body quote's speaker
  none              nobody can be named from the text
Nested quotes are attributed the same way inside their parent's words.
Where the cascade falls back on salience alone, learned rankers (speaker_ranker.py) decide instead:
for a pronoun that is a cue verb's subject ('"...," he says') when no local evidence names its
person, and for a quote paragraph with no cue that the cascade gives to the last speaker
(params: annotate.rank_pronoun_speakers, annotate.rank_turn_speakers).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import compress, count
from operator import and_, itemgetter

from .lexicon import (AGENCY_ALIASES, PORTFOLIOS, PRONOUNS, NOT_NAMES, RANK_QUALIFIERS, BETWEEN_SUBJECT_AND_CUE, HEADS, MODIFIERS, TITLES, CHILD_HEADS, CHILD_VOCATIVES, KIN_CANONICAL, COPULAS, TIE_HEADS, VOCATIVE_KIN, CUE_VERBS, DETERMINERS, FRAGMENT_VERBS, FUNCTION_WORDS, GENERIC_HEADS, INSTITUTION_HEADS,
                      PERSON_HEADS)
from .mentions import (_NAMED_KEYS, _TOKEN_LOWER, _TOKEN_TEXT, APPOSITIVE, CALL_PLACES, DESCRIBED_IS, IDENTIFIED_AS, KIN_WORDS, PAREN_AFTER, description_role, NAMED_AS, POSSESSOR_NAME, Mention, Token, Words, find_mentions, find_names, token_starts,
                       name_after, name_before, name_gender, name_role, sentence_starts, tokenize)
from .quotes import QuoteSpan
from . import speaker_ranker

_ACCORDING = re.compile(r"[\s,;—–-]*according to\s+", re.IGNORECASE)
_SENTENCE_ACCORDING = re.compile(r"according to\s+", re.IGNORECASE)
# 'according to him,': an object pronoun as a source, and the subject pronoun it resolves like
_OBJECT_PRONOUN = re.compile(r"(him|her|them)\s*,")
_SUBJECT_OF_OBJECT = {"him": "he", "her": "she", "them": "they"}
# A short of/for phrase between a subject and its verb: " of the college ", " for the regional governor "
_OF_NP = re.compile(r"\s+((?:of|for)\s+(?:the|a|an|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+")
# Where a reported speaker's clause ends and another begins ('... have asked to transfer because "..."')
_CLAUSE_BREAK = re.compile(r"\b(?:because|since|although|though|while|whereas|as|so|but|and|when|after|before|until)\b|[;:—–(]")
# "identified the man / the soldier as ...": words for the voice on a call, not for a third person ("the commander")
_THE_VOICE_HEADS = frozenset(PERSON_HEADS | {"soldier", "serviceman", "fighter", "trooper", "occupier", "invader", "speaker",
                                            "caller", "voice", "conscript"})
# Verbs that only report speech ("claimed" also claims a bonus, "complained" a pain)
_PLAIN_SAYING = {"says", "said", "tells", "told", "writes", "wrote", "warns", "warned"}
_MAIN_REPORTING = {"says", "said", "tells", "told", "adds", "added", "writes", "wrote", "explains", "explained",
                   "claims", "claimed", "insists", "insisted", "complains", "complained", "warns", "warned"}
_ACCORDING_ANYWHERE = re.compile(r"\baccording to\s+", re.IGNORECASE)
# A word set off by commas at a clause edge inside a quote: "Maxim, what ...", "... lies, Mum."
_VOCATIVE = re.compile(r"(?:^|[.!?,]\s+|[\"“‘'«]\s*)([A-Z][a-z]+)(?=[,.!?])|(?<=,\s)([a-z]+)(?=[.!?])")
# Universal and negative quantifiers: "every man in his unit" is nobody a pronoun can refer back to
_QUANTIFIERS = frozenset({"every", "each", "any", "no"})


def _only_titles(gap: str) -> bool:
    """Nothing, or only titles, between an introduction and a name: "identified the officer as Captain ..."."""
    return all(w.lower().rstrip(".") in TITLES or w.lower().rstrip(".") in RANK_QUALIFIERS  # "as Senior Sergeant Artyom ...", "as Jr. Sgt. ..."
               or re.fullmatch(r"\d{1,3}-year-old", w) for w in gap.split())  # "as 24-year-old Aidys"


def _only_auxiliaries(gap: str) -> bool:
    """Nothing but auxiliaries and adverbs between a subject and its verb: "It has previously called"."""
    return "," not in gap and all(w.lower() in BETWEEN_SUBJECT_AND_CUE or w.lower().endswith("ly") for w in gap.split())


_NOUN_LIKE_CUES = {"calls", "call", "called", "calling", "answer", "answers", "posts", "posted", "reply", "cry"}
_NAMING_CUES = {"call", "calls", "called", "dub", "dubs", "dubbed", "term", "terms", "termed", "brand", "brands", "branded",
                "label", "labels", "labelled", "labeled"}
_WHAT_X_CALLS = re.compile(r"\b(?:what|which)\s+((?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:\w+ly\s+)?"
                           r"(call|calls|called|dub|dubs|dubbed|term|terms|termed)\s+(?:(?:it|them|the|a|an|its|their|his|her)\s+)?\s*$")
# 'X call it "..."', 'they called us "..."': the subject names something with the quoted term
_X_CALLS_IT = re.compile(r"\s(call|calls|called|dub|dubs|dubbed|term|terms|termed)\s+(?:it|them|us|him|her|me|this|that|these|those)\s+$")
_PARENTHETICAL_CUE = re.compile(r",\s+(notes|noted|says|said|adds|added|argues|argued|writes|wrote|claims|claimed|"
                                r"believes|suggests|suggested|warns|warned)\s+")
_PROGRESSIVE_AUX = {"is", "was", "were", "are", "am", "be", "been", "being", "kept", "keeps", "keep", "started", "starts",
                    "began", "begins", "stopped", "heard", "seen", "caught"}
_PAREN_ACRONYM = re.compile(r"\s*\([A-Za-z.]{2,10}\)")
_AND_KIN_AS = re.compile(rf"\band\s+((?:his|her|their|the)\s+{KIN_WORDS})\s+as\s+")
_WHO_THEN_CUE = re.compile(r",\s+who\s+(?:then\s+|later\s+|simply\s+)?$")
_SELF_IDENTIFIED = re.compile(r"\bwho\s+(?:identified|described|introduced|presented)\s+(?:herself|himself)\s+as\s+")
# a passive naming verb right before the quote, and its agent right after: 'labelled "foreign agents" by'
_PASSIVE_NAMING = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+|later\s+|also\s+|since\s+)?"
                             r"((?:labell?ed|branded|called|dubbed|termed|described|dismissed|denounced|condemned)(?:\s+as)?)\s+$")
_BY_AGENT = re.compile(r"\s+by\s+")
_PORTFOLIO = re.compile(r"\b(" + "|".join(sorted(PORTFOLIOS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _other_portfolio(a: str, b: str) -> bool:
    """Two ministries (or committees) named for different portfolios (spellings compared by their
    first five letters: defence / defense, emergency / emergencies)."""
    pa = _PORTFOLIO.search(a)
    if pa is None:
        return False  # (most mentions name no portfolio: b is not searched)
    pb = _PORTFOLIO.search(b)
    return pb is not None and pa.group(1).lower()[:5] != pb.group(1).lower()[:5]


_UNIT_OF_OFFICE = re.compile(r"\b(platoon|company|battalion|regiment|brigade|division|squad|detachment|battery)\s+"
                             r"(?:deputy\s+)?(?:commander|commanders|leader|chief)\b", re.IGNORECASE)


def _other_unit(a: str, b: str) -> bool:
    """Commanders of different echelons: "the battalion commander" is not "his company commander"."""
    ua = _UNIT_OF_OFFICE.search(a)
    if ua is None:
        return False  # (b is not searched)
    ub = _UNIT_OF_OFFICE.search(b)
    return ub is not None and ua.group(1).lower() != ub.group(1).lower()


# Words of which a match of DESCRIBED_IS holds one ("man" in "woman" and "serviceman" too)
_DESCRIBED_PERSON_WORDS = ("man", "soldier", "speaker", "caller", "voice", "suspect", "accused", "defendant")
_ANOTHER = re.compile(r"(?:another|one\s+other|a\s+(?:second|third|fourth)|a\s+different)\b", re.IGNORECASE)
_IN_THE_RECORDING = re.compile(r"(?:In|On)\s+the\s+(?:recording|call|audio|clip|tape|conversation|intercept)\b[^.;:!?\"“”]{0,80},\s*$")
_VOICE_BELONGS = re.compile(r"\bvoices?\b[^.;:\"“”]{0,60}\bbelong(?:s|ed)?\s+to\s+$")
_OTHER_CALL = re.compile(r"\b(?:first|earlier|other|previous)\s+(?:phone\s+)?call\b", re.IGNORECASE)
_ON_THE_CALL = re.compile(r"\b(?:on|in)\s+the\s+(?:" + "|".join(sorted(CALL_PLACES)) + r")$")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_WORD = re.compile(r"[\w’'-]+")


def _proper_words(text: str, head: str) -> set[str]:
    """Capitalised words of a body's name besides its head: {"altai", "social", "protection"}."""
    return {w.lower() for w in _CAPITALISED.findall(text)} - {"the", head, "ministry", "office", "service", "committee"}


_NAMED_IN_CALL = re.compile(r"\s+(?:(?:he|she|they)\s+)?(?:named|mentioned|mentions|names|referred\s+to)\b")
_WHO_NEXT = re.compile(r"\s+who\b")
_SIDES = re.compile(r"\b(russian|ukrainian)\b")
_PARTNER_HEADS = {"husband", "boyfriend", "fiancé", "fiance"}
_BRACKET_GLOSS = re.compile(r"\s*\[[^\]\n]{1,80}\]")  # an editor's gloss: "The zampolit [political officer]"
_FROM_A_BODY = re.compile(r"\b(?:from|at)\s+(?:the|a|an)\s+[a-z]")
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?([A-Z][\w-]+)")
_REPORTER_ASIDE = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|adds|recalled|recalls),\s+(?=[a-z])")
_KNOWN_AS = re.compile(r"\s*known\s+as\s+[^,.;:\n]{1,30},\s*")
# atomic groups: without them a Title Case line that is not a byline backtracks exponentially
_BYLINE = re.compile(r"(?:(?>[A-Z][\w’'.-]*|[\d:,./]+|at|by|and|of|the|on|in|for|am|pm)[ ,:|–-]*+){1,8}")
_KIN_OF_OWNER_ASKS = re.compile(rf"\b((?:[Tt]he\s+)?[\w-]+)['’]s\s+(?:\w+\s+)?(?:{KIN_WORDS}|partner)\s+(?:\w+\s+)?"
                                r"(?:asks|begs|urges|pleads|implores)\b")
_REPLY_CUES = {"replies", "replied", "answers", "answered", "responds", "responded"}
QUESTION_CUES = {"ask", "asks", "asked", "asking"}
# "A young man - the agency says he's a conscript - is calling his mother"
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—\n]{1,100}?\s+[-–—](?=\s)")
_INVERTED_CUES = {"said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "explains"}
_COMPLEMENTIZERS = {"that", "whether", "if", "because", "since", "after", "before", "while"}
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_LABEL = re.compile(r"([A-Za-z]+):\s*")
_WHO_CLAUSE = re.compile(r",\s+(?:who|which)\s[^,;:\n]{1,150},\s*")
_ASIDE = re.compile(r",\s+[^,.;:!?\n\"“”«»]{1,60},(?=\s)")
_PRONOUN_IS = re.compile(r"\b(he|she|He|She)\s+(?:is|was)\s+")  # "He is Kirill Shestakov, a ..."
# Time and manner phrases between a subject and its verb: "Hungary ... last week called", "claimed on Oct. 9"
_ADVERBIAL = re.compile(r"(?:(?:last|this|earlier this|late last|on|in|since|by)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
                        r"weekend|[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{4})|earlier|previously|publicly|repeatedly|already|"
                        r"also|again|often|long|in the past),?\s+")
_END_PUNCT = (",", ".", "!", "?", "…", "—", "–", ";", ":")
_LEAD_PUNCT = re.compile(r"[\s,;:—–-]*")


@dataclass
class Attribution:
    mention: Mention | None = None
    cue: tuple[int, int] | None = None
    method: str = "none"
    entity: int | None = None  # index into Attributor.entities
    # the entity was chosen by a learned ranker (speaker_ranker.py), for this quote or for the quote it
    # takes its speaker from (the first piece of an interrupted quote, a nested quote's parent)
    ranked: bool = False
    # how a top-level quote's cue pronoun was resolved (Attributor.pronoun_step: 'answer',
    # 'latest_speaker', ...), and whether a ranker's choice is the cascade's too: evidence for
    # speaker_confidence.py, not in the rows
    pronoun_step: str | None = None
    ranker_agrees: bool = False


@dataclass
class Entity:
    first: Mention
    role: str
    gender: str | None
    plural: bool
    # a name given later ("a Russian soldier identified as Oleg Kuzmin"), or an identifying
    # description ("an officer identified only as a senior lieutenant from ...") until a name comes
    name: Mention | None = None

    @property
    def canonical(self) -> Mention:
        """How the dataset names the speaker: the person's name when the text gives one, else the first full mention."""
        return self.name or self.first


_MARK_CHARS = set("\"“”„«»‘’'")


def _normal_words(text: str) -> str:
    """Lowercase words joined by single spaces, with a space on each side: for finding a quote's words inside another."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " " if re.search(r"[A-Za-z0-9]", text) else ""


def _with_quote_stops(masked: str, text: str, quotes: list[QuoteSpan]) -> str:
    """The masked text with a full stop at the closing mark of each quote that ends a sentence
    inside its marks ('... as "absurd." Ukraine has ...'), for sentence splitting only."""
    stops = [q.end for q in quotes if q.depth == 0 and q.close_mark and q.end < len(text)
             and text[q.start:q.end].rstrip()[-1:] in (".", "!", "?")]
    if not stops:
        return masked
    pieces, pos = [], 0
    for stop in sorted(stops):
        pieces += [masked[pos:stop], "."]
        pos = stop + 1
    return "".join(pieces) + masked[pos:]


def mask_quotes(text: str, quotes: list[QuoteSpan]) -> str:
    """The text with every top-level quote's words replaced by 'x' and its marks by spaces (so a
    word glued to a mark, 'Petrov“', stays a word of its own); newlines kept, offsets unchanged."""
    pieces, pos = [], 0
    for q in sorted((q for q in quotes if q.depth == 0), key=lambda q: q.open_pos):
        lo, hi = max(q.open_pos, 0, pos), min(q.close_end, len(text))
        if hi <= lo:
            continue
        start, end = min(max(q.start, lo), hi), min(max(q.end, lo), hi)
        pieces += [text[pos:lo], _mask_marks(text[lo:start]), _masked_words(text[start:end]), _mask_marks(text[end:hi])]
        pos = hi
    pieces.append(text[pos:])
    return "".join(pieces)


def _masked_words(words: str) -> str:
    """Every character but a newline as 'x' (a substitution pattern per character was slower)."""
    return "\n".join(["x" * len(line) for line in words.split("\n")]) if "\n" in words else "x" * len(words)


def _mask_marks(edge: str) -> str:
    """A quote's opening or closing mark: spaces for mark characters, x for anything else."""
    if edge in _MARK_CHARS:
        return " "  # one mark: nearly every edge (the generator below costs more than the set test)
    return "".join(" " if ch in _MARK_CHARS else "x" if ch != "\n" else ch for ch in edge)


# A quote's source named after it or around it: '", in the words of one official', 'as one officer put it to me, "'
_IN_THE_WORDS_OF = re.compile(r",?\s+in\s+the\s+words\s+of\s+")
_AS_X_PUT_IT = re.compile(r"\b[Aa]s\s+([^,.;:!?\n\"“”]{2,80}?)\s+(?:put|puts|phrased|phrases)\s+it\b(?:\s+to\s+(?:\w+\s+)?\w+)?(?:,|\s*$)")
# "As X reminded me: ", "As X told reporters, " before a quote
_AS_X_SAID = re.compile(r"[Aa]s\s+([^.;:!?\n\"“”]{2,140}?)\s+(reminded|told|warned|said|noted|wrote|explained|observed|remarked)"
                        r"(?:\s+(?:me|us|him|her|reporters|journalists))?\s*[,:]\s*$")
# A wire dateline before the lede's subject: "MOSCOW, May 6 (Reuters) - ", "KYIV, Ukraine (AP) — ", "(CNN) — "
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.]*(?: [A-Z\d][\w.]*)*)?\s*)?"
                       r"(?:\((?:Reuters|AP|AFP|CNN|dpa|UPI|Bloomberg)\)\s*)?[-–—]+\s+")
# Offices a definite description can refer back to a named official by: "the Ukrainian president"
_OFFICE_HEADS = frozenset({"president", "minister", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
                           "ambassador", "prosecutor", "ombudsman", "commissioner", "chairman", "chairwoman"})
# A live blog's time stamp line: "11:05", "15.42 GMT", "2:14 p.m. ET"
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|EET|ET|UTC))*")
# A message and its sender before a colon: "a call from the major:", "an order from the commander:"
_MESSAGE_FROM = re.compile(r"\b(?:an?|the|his|her|their|one)\s+(?:[a-z]+\s+)?(call|message|text|order|reply|answer|note|letter|"
                           r"warning|response|voice\s+message)\s+from\s+")
# Words inside a noun phrase the lexicon does not know: "The education department of the Alatyr district"
_NP_INNER_WORDS = frozenset({"of", "the", "for", "in", "on", "at", "to", "and", "a", "an"})
_BODY_HEADS = frozenset({"administration", "department", "bank", "government", "secretariat", "council", "commission",
                         "authorities", "office", "ministry", "service", "court", "parliament", "state", "officials",
                         "committee", "prosecutors", "police", "administrations"})
# Titles before a name after a quote: "Maj. Gen.", "Lt. Col.", "Senior Sergeant"
_TITLES_BEFORE_NAME = re.compile(r"(?:(?:" + "|".join(sorted((w.capitalize() for w in set(TITLES) | RANK_QUALIFIERS), key=len,
                                                               reverse=True)) + r")\b\.?\s+)+")
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|So|Then|Yet)\s+(?=[A-Za-z])")
# A named person's own relative in her sentence ("... was her husband's"), and the converse kin word
# the story used for her ("his wife")
_OWN_KIN = re.compile(r"\b(her|his)\s+(husband|son|brother|boyfriend|wife|daughter|sister)\b", re.IGNORECASE)
_CONVERSE_KIN = {("f", "husband"): ("wife",), ("f", "son"): ("mother", "mum", "mom"), ("f", "brother"): ("sister",),
                 ("f", "boyfriend"): ("girlfriend",), ("m", "wife"): ("husband",), ("m", "son"): ("father", "dad"),
                 ("m", "brother"): ("brother",), ("m", "daughter"): ("father", "dad"), ("f", "daughter"): ("mother", "mum", "mom")}
# An identification right after a description: "a soldier the SBU identified as ...", "a soldier, identified by HUR as"
_IDENTIFIED_AFTER = re.compile(r"(?:\s+(?:whom\s+|who\s+|that\s+)?(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:later\s+)?"
                               r"(?:identified|named)\s+as\b|,?\s+(?:later\s+)?identified\s+(?:by\s+[^,.;]{1,40}\s+)?as\b)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
# A time or place phrase before a sentence's subject: "Near the end of the call, ", "In it, ", "Before hanging up, "
_LEADING_ADVERBIAL = re.compile(r"(?:(?:In|At|On|Near|Before|After|Later|Earlier|During|Towards|Toward|Throughout|Halfway|Then|Now)"
                                r"\b[^,.;:!?\"“”«»\n]{0,50}"
                                # or a subordinate clause: "When Yulia Bortnikova began collecting money ... last autumn, she"
                                r"|(?:When|While|Since|Although|Though|Once|If)\b[^,.;:!?\"“”«»\n]{0,120}),\s+")
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# An aside between a subject and its verb: "Russian officials, for their part, routinely dismiss ..."
_FOR_THEIR_PART = re.compile(r",\s+(?:for\s+(?:its|their|his|her)\s+part|meanwhile|however|in\s+turn|too|though|in\s+a\s+statement)"
                             r",\s+")
# A person as the object of a preposition who is a source: "according to X", "spoke to X", "talked with X"
_INTERVIEWED = re.compile(r"\b(?:[Aa]ccording\s+to|spoke\s+(?:to|with)|talked\s+(?:to|with)|speaking\s+(?:to|with))\s+$")
# Sentence openers that are not a subject: "In March the ministry said ...", "Last week ..."
_NOT_A_SUBJECT = frozenset({"in", "on", "at", "last", "this", "that", "when", "after", "before", "while", "since", "but",
                            "and", "so", "yet", "then", "there", "here", "what", "why", "how", "if", "as", "for", "by",
                            "from", "with", "without", "during", "according", "asked", "speaking", "quote", "details",
                            "background", "source"})
# The quoting speaker as the subject of a nested quote's cue: 'I told them, "Hold the line"'
_SELF_CUE = re.compile(r"(?:^|[\s(])I\s+(?:(?:\w+ly|then|just|also|even|once|had|have|always|never|finally)\s+)*"
                       r"(said|say|told|tell|asked|ask|answered|replied|wrote|shouted|yelled|screamed|begged|warned)\b"
                       r"[^.!?\"“”‘’«»]{0,40}[,:]$")
# One or two plain verbs between a subject and "and" before a cue: "the commander comes (in) and says"
_PLAIN_VERBS = re.compile(r" ([a-z]+s|came|went|got|stood|walked)(?: [a-z]+)? ")
# The rest of a long description before its name: "A spokesman for Ukraine's coordination headquarters
# for the treatment of prisoners of war, Mykola Hrytsai, said"
_BODY_TAIL = re.compile(r"\s+(?:for|of|on)\s+[^,.;:!?\n\"“”]{1,80},\s")
# A name in apposition after a description, before the verb: "The agency's spokesman, Andriy Yusov, said"
_APPOSITIVE_NAME = re.compile(r",[ \t]+(?=[A-Z])")


_FIRST_CHARACTER = itemgetter(0)


def _has_cue_verb(tokens: list[Token]) -> bool:
    """Some token is a cue verb (a C-level set test over the lowered words, not a generator)."""
    return not CUE_VERBS.isdisjoint(map(_TOKEN_LOWER, tokens))


class Attributor:
    def __init__(self, text: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan],
                 max_attribution_words: int, previous_speaker_max_paragraphs: int, rank_pronouns: bool = False,
                 rank_turns: bool = False):
        self.text = text
        # the learned choice for cue-verb pronoun subjects (speaker_ranker.py) instead of the cascade's
        self.rank_pronouns = rank_pronouns
        # when a list: every decision the pronoun ranker could take, as (quote index, pronoun,
        # [(entity, features)], the cascade's entity, the cascade's test), for benchmarks/train_speaker_ranker.py
        self.pronoun_decisions: list | None = None
        self.rank_turns = rank_turns  # the same for quote paragraphs with no cue (speaker_ranker.rank_turn)
        # the same log for them: (quote index, [(entity, features)], the cascade's entity, its method)
        self.turn_decisions: list | None = None
        self.pronoun_step = "resolved_earlier"  # which test of _resolve_pronoun answered last
        self.mention_facts: dict[tuple[int, int], tuple] = {}  # speaker_ranker's memo per mention
        self.paragraphs = paragraphs
        self.paragraph_starts = [p[0] for p in paragraphs]
        self.quotes = quotes
        self.masked = mask_quotes(text, quotes)
        self.sentences = sentence_starts(_with_quote_stops(self.masked, text, quotes), paragraphs)
        self.words = Words(self.masked)  # the masked text's tokens, and those of its spans (Words.span)
        self.tokens = self.words.tokens
        self.token_starts = self.words.starts
        self.mentions = sorted(find_mentions(self.masked, tokens=self.tokens) + find_names(self.masked, self.tokens, self.token_starts),
                               key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]
        # Mentions under a universal or negative quantifier ("every man in his assault group", "no
        # officer") name nobody in particular, so no pronoun refers back to them; few articles have any.
        self._quantified_starts = frozenset(m.start for m in self.mentions if m.kind != "pronoun"
                                            and (t := self._token_before(m.start, m.start - 7))
                                            and t[0].lower in _QUANTIFIERS and self.masked[t[0].end:m.start] == " ")
        self.max_between = max_attribution_words
        self.max_gap = previous_speaker_max_paragraphs
        self.entities: list[Entity] = []
        self.mention_entity: dict[tuple[int, int], int] = {}
        self.results: list[Attribution] = []
        self.call_starts: list[int] = []  # set by the caller once calls are known
        self._possessors: list[Mention] | None = None
        self._headline_end_pos: int | None = None
        self._bylines: list[int] | None = None
        self._mention_ends_set: set[int] | None = None
        self._full_names: dict[str, list[tuple[int, int]]] | None = None
        self._subjects: dict[tuple[int, int, str], bool] = {}  # _is_subject's memo
        tops = [q for q in quotes if q.depth == 0]
        self.top_quote_starts = [q.open_pos for q in tops]
        self.top_quote_ends = [q.close_end for q in tops]
        self._top_opens_sorted = sorted(self.top_quote_starts)  # for _top_quote_opens_in

    # ---- entities -------------------------------------------------------------------------
    def _new_entity(self, m: Mention) -> int:
        role = name_role(self.masked, m, self.words) if m.kind == "name" else m.role
        self.entities.append(Entity(m, role, m.gender, m.plural))
        return len(self.entities) - 1

    @staticmethod
    def _pronoun_fits(pronoun: Mention, role: str, head: str, gender: str | None, plural: bool) -> bool:
        """he/she need one person of a compatible gender; they takes groups and institutions."""
        institution = head in INSTITUTION_HEADS  # "the SBU" is "it"/"they"; "an SBU spokesman" is "he"
        if pronoun.head == "it":
            return institution and not plural  # "It has dismissed the recordings as fakes": the ministry
        if pronoun.head == "they":
            return plural or institution
        if plural or institution:
            return False
        return gender is None or gender == pronoun.gender

    def _entity_of_prior_mention(self, prior: Mention) -> int:
        key = (prior.start, prior.end)
        if key not in self.mention_entity:
            self.mention_entity[key] = self.resolve(prior, register=False)
        return self.mention_entity[key]

    def resolve(self, m: Mention, register: bool = True) -> int | None:
        """Entity index for a mention: pronouns to the salient earlier speaker or mention,
        'the soldier' to the latest earlier mention with the same head, others to themselves."""
        key = (m.start, m.end)
        if key in self.mention_entity:
            return self.mention_entity[key]
        found: int | None = None
        before = self.mentions[:bisect.bisect_left(self.mention_starts, m.start)]
        alias = self._agency_alias(m, before) if m.head in AGENCY_ALIASES and m.kind != "pronoun" else None
        kin = self._same_relative(m, before) if (m.role == "relative" or m.head in TIE_HEADS) and not m.plural \
            and (m.kind in ("possessive", "definite") or m.kind == "bare" and m.head in KIN_CANONICAL) else None
        if alias is not None:
            found = self._entity_of_prior_mention(alias)
        elif kin is not None:
            found = self._entity_of_prior_mention(kin)
        elif m.kind == "pronoun":
            found = self._resolve_pronoun(m, before)
        elif m.kind == "definite":
            origin = _ORIGIN.search(m.text)
            own_name = _proper_words(m.text, m.head) if m.head in INSTITUTION_HEADS else set()
            same_head = [p for p in reversed(before) if p.head == m.head and p.kind != "pronoun"
                         and (p.start, p.end) != key and not self._predicative(p)
                         # "the soldier from Nizhny Novgorod" is not "a soldier from Chelyabinsk"
                         and not (origin and (other := _ORIGIN.search(p.text)) and other.group(1) != origin.group(1))
                         # "the head of the SBU" is not "the head of the Duma's defence committee"
                         and (m.head not in ("head", "chief") or p.text.lower() == m.text.lower())
                         # "the Russian justice ministry" is not "the defence ministry", nor "The Altai Ministry of
                         # Social Protection" (a body's own name) "the Defence Ministry"
                         and not _other_portfolio(m.text, p.text) and not _other_unit(m.text, p.text)
                         and not (own_name and not own_name <= set(_WORD.findall(p.text.lower())))]
            if m.head in GENERIC_HEADS and len(same_head) > 1:
                # "accounts to emerge from a Russian soldier of the killing": an indefinite after a preposition
                # is anyone of the kind; "the soldier" is the one the story introduced
                same_head = [p for p in same_head if not (p.kind == "indefinite" and self._object_of_preposition(p))] or same_head
            # "The soldier from Bashkortostan": the earlier soldier with those words, not merely the latest
            rest = m.text.lower().split()[1:]
            specific = [p for p in same_head if len(rest) > 1 and " ".join(rest) in p.text.lower()
                        or len(rest) > 1 and set(rest) - {m.head} <= set(p.text.lower().split())]
            if origin and m.head in PERSON_HEADS and not specific:
                # "the man from Saratov" after "a Russian soldier from the Saratov region": the place says who
                place = origin.group(1).lower()
                specific = [p for p in reversed(before) if p.kind != "pronoun" and not p.plural and (p.start, p.end) != key
                            and p.role in ("soldier", "civilian", "relative", "unknown")
                            and (o := _ORIGIN.search(p.text)) is not None and o.group(1).lower() == place]
            # "the man from the enlistment office", whom no earlier mention describes, is someone new
            someone_new = m.head in PERSON_HEADS and _FROM_A_BODY.search(m.text) is not None
            # "the other man" is not the latest "the man": the participant who is not the one last named
            contrasted = m.head in PERSON_HEADS and " other " in f" {m.text.lower()} "
            for prior in (specific or ([] if someone_new or contrasted else same_head))[:1]:
                found = self._entity_of_prior_mention(prior)
                if not specific and m.head in GENERIC_HEADS:
                    found = self._this_calls_soldier(m, prior.start) or found
            if found is None and contrasted:
                # "The other man laughs": the participant who did not speak last
                last = next((a.entity for a in reversed(self.results) if a.entity is not None), None)
                tops = [(j, q) for j, q in enumerate(self.quotes[:len(self.results)]) if q.depth == 0
                        and self.results[j].entity is not None]
                found = self._other_participant(tops, last) if tops and last is not None else None
                if found is not None and m.gender and self.entities[found].gender not in (None, m.gender):
                    found = None  # "the other man" is not the wife who just spoke
                if found is None and last is not None:
                    # "The officer, who speaks to another serviceman, says ..." then "the other man says":
                    # the person the call is with, though he has not spoken yet
                    found = self._mentioned_participant(m.start, last, gender=m.gender, described=True)
            if found is None and m.head in _OFFICE_HEADS and not m.plural:
                # "Volodymyr Zelensky has said ..." then "the Ukrainian president said": an office that no
                # earlier mention held is the official just named (in this or the previous paragraph)
                lo = self.paragraphs[max(self._paragraph_of(m.start) - 1, 0)][0]
                named = next((p for p in reversed(before) if p.start >= lo and p.kind == "name" and p.head == "<name>"
                              and (p.gender is None or m.gender is None or p.gender == m.gender)), None)
                if named is not None and (entity := self._entity_of_prior_mention(named)) is not None \
                        and self.entities[entity].role in ("official", "unknown"):
                    found = entity
                    self.entities[entity].role = "official"
            if found is None and m.head == "year-old":
                found = self._person_of_age(m, before)
            if found is None and m.head in PERSON_HEADS and not someone_new:
                # "the man", "the woman": the latest person of a compatible gender, speakers first
                found = self._latest_person(m, before)
            if found is None and m.head in GENERIC_HEADS and not someone_new:
                # "the soldier" after "a Russian paratrooper": the latest speaker, else mention, of that role;
                # in a later call's part of the story, that call's soldier before the earlier calls' speakers
                for att, q in zip(reversed(self.results), reversed(self.quotes[:len(self.results)])):
                    e = self.entities[att.entity] if att.entity is not None else None
                    if e and e.role == m.role and e.plural == m.plural:
                        found = self._this_calls_soldier(m, q.open_pos) or att.entity
                        break
                if found is None:
                    # an introduction ("A Russian soldier has been caught on tape") before a person
                    # defined by someone else ("his commander")
                    for kinds in (("indefinite", "bare", "name"), ("possessive",)):
                        prior = next((p for p in reversed(before) if p.kind in kinds and p.role == m.role
                                      and p.plural == m.plural), None)
                        if prior is not None:
                            found = self._entity_of_prior_mention(prior)
                            break
                if found is None and not m.plural:
                    # the headline's owner: "Putin soldier's wife begs him ..." / "HUR said the soldier, ..."
                    owner = next((p for p in self._headline_possessors() if p.role == m.role and p.end <= m.start), None)
                    if owner is not None:
                        found = self._entity_of_prior_mention(owner)
        elif m.kind == "indefinite" and not _ANOTHER.match(m.text) and (bare := self._bare_headline_twin(m, before)) is not None:
            # a headline's "Russian soldier" and the lede's "A Russian soldier" are one person ("another
            # soldier" is someone else)
            found = self._entity_of_prior_mention(bare)
        elif m.kind == "indefinite" and not _ANOTHER.match(m.text) and (intro := self._lede_twin(m, before)) is not None:
            # the headline's "A Russian soldier called his wife" and the standfirst's "a Russian sergeant says"
            found = self._entity_of_prior_mention(intro)
        elif m.kind == "indefinite" and self.masked[max(0, m.start - 2):m.start] == ", " and not self._followed_by_cue(m) \
                and (owner := name_before(self.masked, m.start - 2, max(0, m.start - 60), self.words)) is not None \
                and owner.head != "<place>":
            # appositive: "Vitaliy Marchenko, a spokesman for ...": the same person as the name (not "released
            # by Ukraine, a Russian gunner talks to ...": a place)
            found = self._entity_of_prior_mention(owner)
        elif m.kind == "name":
            full = self._full_name_before(m.text.split()[-1], m.start)
            if full is not None and " " in m.text and self.text[full[0]:full[1]].split()[0] != m.text.split()[0]:
                full = None  # "Rinat Galiullin" after "Timur Galiullin": a father, not the son
            if full is None and " " not in m.text and m.head == "<name>":
                # "Zelensky: 'We will not give up'" in an entry title above "Volodymyr Zelensky has said":
                # the full name the story gives later
                full = self._full_name_after(m.text, m.end)
            if full and full != (m.start, m.end):
                s0, e0 = full
                first = Mention(s0, e0, self.text[s0:e0], "<name>", "unknown", name_gender(self.text[s0:e0]), False, "name")
                found = self._entity_of_prior_mention(first)
            else:
                low = m.text.lower()
                for prior in reversed(before):
                    if prior.text.lower() == low and (prior.start, prior.end) != key:
                        found = self._entity_of_prior_mention(prior)
                        break
                if found is None and " " not in m.text:
                    # a first name alone after the full name: "Hanna said" after "Hanna Kovalenko"
                    full_first = next((p for p in before if p.kind == "name" and len(p.text.split()) == 2
                                       and p.text.split()[0] == m.text), None)
                    if full_first is not None:
                        found = self._entity_of_prior_mention(full_first)
        elif m.kind == "bare" and (twin := self._headline_block_person(m, before)) is not None:
            found = self._entity_of_prior_mention(twin)
        elif m.kind in ("possessive", "bare"):
            low = m.text.lower()
            for prior in reversed(before):
                if (prior.text.lower() == low
                        # "Ukraine's military intelligence" after "Ukraine's military intelligence agency"
                        or m.role == "intelligence_agency" and prior.role == m.role
                        and prior.text.lower().startswith(low + " ")) and (prior.start, prior.end) != key:
                    found = self._entity_of_prior_mention(prior)
                    break
        if found is None and m.kind == "indefinite" and m.role == "soldier" and not m.plural \
                and _IDENTIFIED_AFTER.match(self.masked, m.end) \
                and (protagonist := self._call_protagonist(m.start)) is not None and protagonist.start < m.start \
                and (entity := self.resolve(protagonist)) is not None and self.entities[entity].name is None \
                and self.entities[entity].role == m.role:
            # "In the call, a soldier the SBU identified as Maksim Dorokhov describes ...": the call's soldier,
            # introduced again to be named, not a new one
            found = entity
        if found is None and m.kind == "indefinite" and m.head == "man" and not m.plural \
                and _IN_THE_RECORDING.match(self.masked, self._sentence_start(m.start), m.start) \
                and (protagonist := self._call_protagonist(m.start)) is not None and protagonist.start < m.start \
                and (entity := self.resolve(protagonist)) is not None and self.entities[entity].gender in ("m", None) \
                and not self.entities[entity].plural:
            # "In the recording, which lasts four minutes, a man describes ...": the voice on the call, the
            # soldier the story already introduced, not someone new
            found = entity
        if found is None and m.kind != "pronoun":
            found = self._new_entity(m)
        elif found is not None and (m.kind == "indefinite" or m.kind in ("possessive", "definite") and m.role == "relative") \
                and not self._predicative(m):
            first = self.entities[found].first
            if first.kind == "bare" and first.text.lower() == first.head and not first.plural and first.start > 0 \
                    and (m.kind == "indefinite" or first.role == "relative"):
                # a summary line's bare "Soldier says ..." or "... tells mum" is not a full mention: the
                # story's "a Russian soldier from the Ulyanovsk region" or "his mum" names the person
                # (the first such mention: "told his mum" before "His horrified mum gasped")
                self.entities[found].first = m if m.kind == "indefinite" else next(
                    (p for p in self.mentions if first.end <= p.start <= m.start and p.kind == "possessive"
                     and p.head == m.head and not self._predicative(p)), first)
        if found is not None and m.kind != "pronoun":
            entity = self.entities[found]
            if entity.role == "unknown" and m.kind == "name":
                entity.role = name_role(self.masked, m, self.words)  # a later mention may carry the title
            if entity.gender is None and m.kind == "name" and m.gender is not None and not entity.plural:
                entity.gender = m.gender  # "his partner" named Alina: "he" is not her
        self.mention_entity[key] = found
        return found

    _PREPOSITIONS = {"for", "of", "to", "by", "with", "from", "against", "in", "on", "at", "near", "about", "into", "under"}

    def _object_of_preposition(self, m: Mention) -> bool:
        """A noun phrase right after a preposition (a lowercase adjective may come between: 'in east London')."""
        toks = self._tok(self.masked, max(0, m.start - 30), m.start)[-2:]
        if not toks or self.masked[toks[-1].end:m.start].strip():
            return False
        if toks[-1].lower in self._PREPOSITIONS:
            return True
        return len(toks) == 2 and toks[0].lower in self._PREPOSITIONS and toks[1].text.islower() \
            and toks[1].lower not in DETERMINERS and toks[1].lower not in FUNCTION_WORDS \
            and not self.masked[toks[0].end:toks[1].start].strip(" ")  # not "in which a soldier said"

    def _full_names_of(self, surname: str) -> list[tuple[int, int]]:
        """Spans of the full names ending with `surname`, indexed once per article."""
        if self._full_names is None:
            self._full_names = self._index_full_names()
        return self._full_names.get(surname, [])

    def _full_name_before(self, surname: str, pos: int) -> tuple[int, int] | None:
        """full_name_before on the masked text."""
        return next((span for span in self._full_names_of(surname) if span[1] <= pos), None)

    def _full_name_after(self, surname: str, pos: int) -> tuple[int, int] | None:
        """The first full name ending with `surname` after `pos`."""
        return next((span for span in self._full_names_of(surname) if span[0] >= pos), None)

    def _index_full_names(self) -> dict[str, list[tuple[int, int]]]:
        """Last word -> spans of the names of two or three capitalised words ending with it, in
        text order, in one pass over the tokens (what mentions.full_name_before finds word by word)."""
        index: dict[str, list[tuple[int, int]]] = {}
        toks, text = self.tokens, self.masked
        capitalised = list(map(str.isupper, map(_FIRST_CHARACTER, map(_TOKEN_TEXT, toks))))
        # a name ends with a capitalised word after another: only those words are visited (C-level maps)
        for i in compress(count(1), map(and_, capitalised[1:], capitalised)):
            tok = toks[i]
            first = i
            while first > 0 and i - first < 2:
                prev = toks[first - 1]
                gap = text[prev.end:toks[first].start]
                initial = len(prev.text) == 1 and gap[:1] == "." and len(gap) == 2 and gap[1].isspace()
                if not capitalised[first - 1] or not (initial or len(gap) == 1 and gap.isspace()) \
                        or len(prev.text) == 1 and not initial:
                    break
                first -= 1
            if first == i:
                continue
            words = [t.lower for t in toks[first:i]]
            lead = words[0]
            if words[-1].endswith(("'s", "’s")):
                continue  # "Radio Svoboda's Donbas": an owner, then what it owns, not a person's name
            if (lead in TITLES or lead in FUNCTION_WORDS or lead in DETERMINERS or lead in HEADS) and len(words) == 2 and words[1] not in NOT_NAMES:
                span = (toks[first + 1].start, tok.end)  # "Major Stanislav Orekhov", "For Marta Ilnytska", "Lawyer Irina Galkina"
            elif lead not in FUNCTION_WORDS and lead not in DETERMINERS and lead not in TITLES and lead not in HEADS and words[-1] not in NOT_NAMES:
                span = (toks[first].start, tok.end)
            else:
                continue  # "In February Irina called": a month, not a first name
            index.setdefault(tok.text, []).append(span)
        return index

    def _followed_by_cue(self, m: Mention) -> bool:
        """'released by Kyiv, a Russian sergeant says ...': a new clause's subject, not an appositive."""
        nxt = self._token_after(m.end, m.end + 30)
        return bool(nxt) and nxt[0].lower in CUE_VERBS and not self.masked[m.end:nxt[0].start].strip()

    def _predicative(self, m: Mention) -> bool:
        """'he is a conscript': a description of someone already mentioned, not a new person."""
        prev = self._token_before(m.start, m.start - 20)
        if self.masked[m.end:m.end + 1] == " " and self.masked[m.end + 1:m.end + 2].isupper():
            return False  # "as Captain Dmitry Lozhkin": a title before a name
        return bool(prev) and prev[0].lower in COPULAS and not self.masked[prev[0].end:m.start].strip()

    def _merge_entity(self, drop: int, keep: int) -> None:
        """Every mention resolved so far to `drop` now stands for `keep` (names are linked before any quote
        is attributed, so no result holds `drop` yet)."""
        for key, entity in self.mention_entity.items():
            if entity == drop:
                self.mention_entity[key] = keep
        if self.entities[keep].role in ("civilian", "unknown"):
            self.entities[keep].role = self.entities[drop].role  # "a Russian woman" who is his mother: a relative

    def _same_relative(self, m: Mention, before: list[Mention]) -> Mention | None:
        """'his mother', 'the soldier's mother', 'the mother' within one call are one person: the
        first mention of that kin word since the call began (the first call's part starts the article)."""
        lo = self._call_region_start(m.start)
        head = KIN_CANONICAL.get(m.head, m.head)
        if head in CHILD_HEADS:
            # the soldier's own son: "A Russian soldier pleaded with his teenage son ..." / "the son replies"
            own = next((p for p in before + [m] if p.start >= lo and KIN_CANONICAL.get(p.head, p.head) == head
                        and self._soldiers_child(p)), None)
            if own is not None:
                return own if own is not m else None
        if head in CHILD_HEADS or head in _PARTNER_HEADS and m.text.lower().startswith("her "):
            # (and "her husband, Sergei Pershin": the soldier, seen from the wife he called)
            # "the son says", "he tells his son": the soldier of this call, seen from his parent
            return next((p for p in before if p.start >= lo and p.role == "soldier" and not p.plural
                         and p.kind in ("indefinite", "name", "bare")
                         and p.gender != "f"), None)  # (every kin word here is a man's: not "a nurse")
        for prior in before:
            if prior.start >= lo and prior.kind != "pronoun" and KIN_CANONICAL.get(prior.head, prior.head) == head \
                    and (prior.start, prior.end) != (m.start, m.end):
                return prior
        return None

    def _soldiers_child(self, p: Mention) -> bool:
        """"his son" whose "his" is a soldier (the nearest earlier noun phrase of its sentence is one),
        or "A Russian soldier's eight-year-old son"."""
        if p.kind != "possessive":
            return False
        owner_words = re.split(r"['’]s\s", p.text.lower(), maxsplit=1)
        if len(owner_words) == 2 and any(HEADS.get(w, ("",))[0] == "soldier" for w in owner_words[0].split()):
            return True
        if not p.text.lower().startswith("his "):
            return False
        lo = self._sentence_start(p.start)
        owner = next((o for o in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, p.start)])
                      if o.kind != "pronoun"), None)
        return owner is not None and owner.start >= lo and owner.role == "soldier" and not owner.plural

    @staticmethod
    def _agency_alias(m: Mention, before: list[Mention]) -> Mention | None:
        """The first earlier mention of the agency an acronym stands for ("the SBU" -> "Ukraine's Security Service")."""
        country, phrases = AGENCY_ALIASES[m.head]
        other = "russia" if country == "ukrain" else "ukrain"
        candidates = [p for p in before if p.role == "intelligence_agency" and p.kind != "pronoun"
                      and other not in p.text.lower() and any(ph in p.text.lower() for ph in phrases)]
        # the full name first ("The Security Service of Ukraine"), even after a headline's bare acronym
        full = [p for p in candidates if p.text.lower().removeprefix("the ") not in AGENCY_ALIASES]
        return (full or candidates or [None])[0]

    def _other_than(self, pronoun: Mention, excluded: int | None, before_pos: int) -> int | None:
        """The latest mention before `before_pos` (this or the previous paragraph) that fits the
        pronoun and is not the excluded entity: the person a speaker reports about."""
        lo = self.paragraphs[max(self._paragraph_of(before_pos) - 1, 0)][0]
        for prior in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, before_pos)]):
            if prior.start < lo:
                break
            if prior.kind != "pronoun" and self._pronoun_fits(pronoun, prior.role, prior.head, prior.gender, prior.plural) \
                    and (pronoun.head != "she" or prior.gender == "f" or prior.kind == "name" and prior.gender is None):
                entity = self._entity_of_prior_mention(prior)
                if entity != excluded:
                    return entity
        # further back in the call's part of the story: someone reported about who has not spoken there
        # ('his company commander gathered the men in a basement' ... '"He read it like a weather forecast: ..."')
        spoken = {a.entity for a in self.results if a.entity is not None}
        region = self._call_region_start(before_pos)
        for prior in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, lo)]):
            if prior.start < region:
                break
            if prior.kind not in ("pronoun", "name") and not prior.plural and prior.role in ("soldier", "official") \
                    and self._pronoun_fits(pronoun, prior.role, prior.head, prior.gender, prior.plural) \
                    and (pronoun.head != "she" or prior.gender == "f"):
                entity = self._entity_of_prior_mention(prior)
                if entity != excluded and entity not in spoken:
                    return entity
        return None

    def _voice_on_call(self, pos: int) -> Mention | None:
        """The person heard on the call: "The young man on the recording" in the call's part of the
        article, else the call's first soldier."""
        lo = self._call_region_start(pos)
        heard = next((p for p in self.mentions if lo <= p.start < pos and p.head in ("man", "woman", "voice")
                      and not p.plural and _ON_THE_CALL.search(p.text)), None)
        return heard or self._call_protagonist(pos)

    def _call_region_start(self, pos: int) -> int:
        """Start of the part of the article about the call at `pos` (the first call's part starts the
        article: the headline and lede introduce its soldier)."""
        opened = [c for c in self.call_starts if c <= pos]
        return opened[-1] if len(opened) > 1 else 0

    def _this_calls_soldier(self, m: Mention, chosen: int) -> int | None:
        """'the soldier' in a later call's part of the story, when the antecedent chosen for it (at
        `chosen`) lies before that part: the soldier that call introduced, if any."""
        if m.role != "soldier" or m.plural or chosen >= (region := self._call_region_start(m.start)):
            return None
        protagonist = self._call_protagonist(m.start)
        return self._entity_of_prior_mention(protagonist) if protagonist is not None and protagonist.start >= region else None

    def _call_protagonist(self, pos: int) -> Mention | None:
        """The first singular soldier introduced (indefinite, bare or named) in the call region before pos."""
        lo = self._call_region_start(pos)
        return next((p for p in self.mentions[bisect.bisect_left(self.mention_starts, lo):] if p.start < pos
                     and p.kind in ("indefinite", "bare") and p.role == "soldier" and not p.plural
                     and p.head not in ("commander", "commanders", "officer")), None)

    def _person_in_parent(self, q: QuoteSpan, pronoun: Mention) -> int | None:
        """The latest person the parent quote mentions before a nested quote, fitting its pronoun."""
        parent = self.quotes[q.parent]
        seg = next((s for s in parent.segments if s[0] <= q.start <= s[1]), None)
        if seg is None:
            return None
        # the parent's words before the nested quote, then the two quotes before the parent ('"Call the
        # commander," his mother says. / "I call him every day. He says, ..."')
        earlier = [o for o in self.quotes[:q.parent] if o.depth == 0][-2:]
        spans = [(seg[0], pronoun.start)] + [(a, b) for o in reversed(earlier) for a, b in reversed(o.segments)]
        for lo, hi in spans:
            for m in reversed(find_mentions(self.text, lo, hi)):
                if m.kind in ("pronoun", "possessive") or m.plural or m.role not in ("soldier", "official", "civilian") \
                        or not self._pronoun_fits(pronoun, m.role, m.head, m.gender, m.plural):
                    continue
                return self.resolve(m)
        return None

    def _answerer(self, m: Mention) -> int | None:
        """'"Are you hurt?" his brother asks.' then '"My ears are ringing," he replies.': the pronoun of a
        reply to a question asked in the previous paragraph is the other participant, not the asker."""
        if m.kind != "pronoun" or m.head not in ("he", "she") or not self.results:
            return None
        tops = [(j, q) for j, q in enumerate(self.quotes[:len(self.results)]) if q.depth == 0 and self.results[j].entity is not None]
        if not tops:
            return None
        j, last = tops[-1]
        p = self._paragraph_of(m.start)
        p0 = self.paragraphs[p][0]
        if any(x.kind == "indefinite" and not x.plural and x.role not in ("intelligence_agency", "military_unit")
               for x in self.mentions[bisect.bisect_left(self.mention_starts, p0):bisect.bisect_left(self.mention_starts, m.start)]):
            # 'In another, a paratrooper tells his mother ... "...," he says.': a person introduced in this
            # paragraph is the new topic, not the one a question in the last paragraph was put to
            return None
        if last.paragraph_end_index == p - 1 and self.text[last.start:last.end].rstrip().endswith("?"):
            asker = self.results[j].entity
            other = self._other_participant(tops, asker)
        else:
            asker = self._narrated_asker(m, p)
            if asker is None or not self._private(asker):
                return None
            # (entity indices: 0 is an answer, so no "or" chain)
            # the first of these the pronoun fits (a woman who spoke last is not "he")
            for other in (self._possessor_of_asker(p), self._other_participant(tops, asker), self._call_partner(tops, asker),
                          self._mentioned_participant(self.paragraphs[p - 1][0], asker)):
                if other is not None:
                    e = self.entities[other]
                    if self._pronoun_fits(m, e.role, e.first.head, e.gender, e.plural):
                        return other
            return None
        if other is None:
            return None
        e = self.entities[other]
        if self._pronoun_fits(m, e.role, e.first.head, e.gender, e.plural):
            return other
        return None

    @property
    def _mention_ends(self) -> set[int]:
        """End offsets of all mentions: an appositive follows one ("Another prisoner, a former inmate who ...")."""
        if self._mention_ends_set is None:
            self._mention_ends_set = {p.end for p in self.mentions}
        return self._mention_ends_set

    def _byline_paragraphs(self) -> list[int]:
        """Indices of short paragraphs that are a byline or a timestamp, found once per article (the
        pattern takes at most 8 words and is costly on other lines, so longer ones are skipped first)."""
        if self._bylines is None:
            self._bylines = [k for k, (a, b) in enumerate(self.paragraphs[:12]) if k and b - a <= 80
                             and len(self.text[a:b].split()) <= 8 and _BYLINE.fullmatch(self.text[a:b].strip())]
        return self._bylines

    def _headline_end(self) -> int:
        """End of the headline block: the headline and the standfirst or bullet lines under it, the
        paragraphs before the first one that ends like a sentence (found once per article)."""
        if self._headline_end_pos is None:
            self._headline_end_pos = self._find_headline_end()
        return self._headline_end_pos

    def _find_headline_end(self) -> int:
        k = 0
        while k + 1 < len(self.paragraphs) and k < 4 and not self.text[self.paragraphs[k + 1][0]:self.paragraphs[k + 1][1]] \
                .rstrip().endswith((".", "!", "?", "”", '"')):
            k += 1
        return self.paragraphs[k][1]

    def _headline_possessors(self) -> list[Mention]:
        """People named only as possessors in the headline block: "Russian marine's mother says ...",
        "refugee who recognised her home in Russian soldier’s call" (bare, determiner-less)."""
        if self._possessors is None:
            self._possessors = []
            hi = self._headline_end()
            for i, tok in enumerate(self.tokens):
                if tok.start >= hi:
                    break
                base = tok.lower[:-2] if tok.lower.endswith(("'s", "’s")) else None
                if base not in HEADS or HEADS[base][0] not in ("soldier", "relative", "civilian") or HEADS[base][2]:
                    continue
                first = i
                while first > 0 and i - first < 2 and (self.tokens[first - 1].text[0].isupper() or self.tokens[first - 1].lower in MODIFIERS) \
                        and self.tokens[first - 1].lower not in DETERMINERS and self.masked[self.tokens[first - 1].end:self.tokens[first].start] == " ":
                    first -= 1
                if first > 0 and self.tokens[first - 1].lower in DETERMINERS and self.masked[self.tokens[first - 1].end:self.tokens[first].start] == " ":
                    continue  # "the soldier's mother": not a headline's bare person
                s0, e0 = self.tokens[first].start, tok.end - 2
                role, gender, plural = HEADS[base]
                self._possessors.append(Mention(s0, e0, self.text[s0:e0], base, role, gender, plural, "bare"))
        return self._possessors

    def _lede_twin(self, m: Mention, before: list[Mention]) -> Mention | None:
        """Headline, standfirst and lede introduce the story's protagonist again and again with an
        indefinite description: an indefinite subject of the same role in an earlier paragraph of the
        opening, before any quote and any second call, is the same person ("another soldier" is not)."""
        if m.plural or m.role not in ("soldier", "relative") or m.text.split()[0].lower() != "a" and m.text.split()[0].lower() != "an":
            return None
        p = self._paragraph_of(m.start)
        headline_end = self._headline_end()
        # the first quote of the story proper (a fragment in the lede, 'dismissed as "a Ukrainian fake"', is not)
        first_quote = next((q.open_pos for q in self.quotes if q.depth == 0 and q.open_pos >= headline_end
                            and (self.text[q.start:q.end].rstrip().endswith(_END_PUNCT)
                                 or q.open_pos == self.paragraphs[q.paragraph_index][0])), len(self.text))
        if not self._is_subject(m):
            # 'a soldier and his sister on the price of leave' (headline) / 'a conversation between a Russian soldier
            # and his sister' (lede): the headline's one indefinite person with this head, before any quote
            sides = set(_SIDES.findall(m.text.lower()))
            twins = [x for x in before if x.end <= headline_end and x.kind == "indefinite" and x.head == m.head
                     and x.role == m.role and not x.plural and self._paragraph_of(x.start) < p
                     and not (sides and set(_SIDES.findall(x.text.lower())) - sides)]  # not "a Ukrainian soldier"
            if self.text[self.paragraphs[0][0]:self.paragraphs[0][1]].rstrip().endswith((".", "”", '"')) \
                    or re.search(r"\b(?:fellow|other|another|second)\b", m.text.lower()):
                return None  # no headline above a lede; "a fellow marine" is someone else
            return twins[0] if len(twins) == 1 and m.start < first_quote and p <= 4 + len(self._byline_paragraphs()) else None
        # bylines and timestamps under the headline ("Callum Rix, Foreign News Reporter", "Today at 16:42") do not count
        bylines = sum(1 for k in self._byline_paragraphs() if k < p)
        if m.start <= first_quote and sum(1 for c in self.call_starts if c <= m.start) <= 1:
            # the headline's very words again, however much summary and captions stand between:
            # "A Russian soldier says ..." (headline) / "A Russian soldier says the officers ..." (lede)
            same = next((x for x in before if x.end <= headline_end and x.kind == "indefinite"
                         and x.text.lower() == m.text.lower() and self._is_subject(x)), None)
            if same is not None:
                return same
        if p > 3 + bylines or m.start > first_quote or sum(1 for c in self.call_starts if c <= m.start) > 1:
            return None
        headline_people = [x for x in before if x.kind == "bare" and x.end <= headline_end] + self._headline_possessors()
        for prior in sorted(headline_people, key=lambda x: x.start) + before:
            if p == 3 + bylines and not set(m.text.lower().split()[1:]) <= set(prior.text.lower().split()) \
                    and self._object_of_preposition(prior):
                # past the lede, a more specific description ("a mobilised soldier from Bashkortostan") is a new
                # person after a generic one ("a recording of a Russian soldier calling home")
                continue
            sides = _SIDES.findall(prior.text.lower()), _SIDES.findall(m.text.lower())
            if sides[0] and sides[1] and sides[0] != sides[1]:
                continue  # "a Ukrainian platoon commander" is not "a Russian soldier"
            if prior.role == m.role and not prior.plural and self._paragraph_of(prior.start) < p and prior.start < m.start and (
                    prior.kind == "bare" and prior.end <= headline_end
                    or prior.kind == "indefinite" and prior.text.split()[0].lower() in ("a", "an") and self._is_subject(prior)):
                return prior
        return None

    def _headline_block_person(self, m: Mention, before: list[Mention]) -> Mention | None:
        """A standfirst's bare "Soldier describes ..." under the headline's "Russian infantryman tells
        ...": the headline's person of the same role, when the headline block names only one."""
        if not self.paragraphs or m.text.lower() != m.head or m.plural or m.end > self._headline_end() \
                or self.text[self.paragraphs[0][0]:self.paragraphs[0][1]].rstrip().endswith((".", "”", '"')):
            return None
        same_role = [p for p in before if p.kind == "bare" and p.role == m.role and not p.plural]
        # the headline's owner counts too: "Putin soldier's desperate call home" over "... shows conscript begging"
        same_role = sorted(same_role + [p for p in self._headline_possessors() if p.end <= m.start and p.role == m.role
                                        and not p.plural], key=lambda p: p.start)
        return same_role[0] if len({p.text.lower() for p in same_role}) == 1 else None

    def _possessor_of_asker(self, p: int) -> int | None:
        """'Samsonov’s mother asks ...': the named person whose relative asks, in paragraph p - 1."""
        p_start, p_end = self.paragraphs[p - 1]
        owner = _KIN_OF_OWNER_ASKS.search(self.masked[p_start:p_end])
        if owner is None:
            return None
        s0, e0 = p_start + owner.start(1), p_start + owner.end(1)
        if owner.group(1)[:1].isupper() and not owner.group(1).lower().startswith("the "):
            span = self._full_name_before(owner.group(1), s0)  # "Samsonov’s mother": Yegor Samsonov
            if span is None:
                return None
            name = Mention(span[0], span[1], self.text[span[0]:span[1]], "<name>", "unknown",
                           name_gender(self.text[span[0]:span[1]]), False, "name")
            return self._entity_of_prior_mention(name)
        described = next((m for m in find_mentions(self.masked, s0, e0) if m.start == s0 and m.end == e0), None)
        return self.resolve(described, register=False) if described is not None else None  # "the soldier’s mother"

    def _narrated_asker(self, m: Mention, p: int) -> int | None:
        """'His father asks how many men have come back.' then '"Two of eleven," he replies.': the
        asker of a question told in the reporter's words in the previous paragraph, when the pronoun
        is the subject of a cue verb ('Before the call ends, his mother asks whether she can send
        anything.' then '"Socks," he says.')."""
        verb = self._token_after(m.end, m.end + 20)
        if not verb or verb[0].lower not in CUE_VERBS or p == 0 or self.masked[m.end:verb[0].start].strip():
            return None
        p_start, p_end = self.paragraphs[p - 1]
        if self._top_quote_opens_in(p_start, p_end) and not self.masked[p_start:p_end].strip()[:1].isalpha():
            return None  # a dialogue line; narration with an embedded fragment may still ask
        last_sentence = max(p_start, self._sentence_start(max(p_end - 1, p_start)))
        att = self._cue_before(self.masked, last_sentence, p_end, self.mentions)
        cue = self.masked[att.cue[0]:att.cue[1]].lower() if att is not None and att.cue else ""
        # a question, or a plea to the other ("the soldier's mother begs him to think of the children")
        to_other = re.match(r"\s+(?:him|her)\b", self.masked[att.cue[1]:att.cue[1] + 6]) if att is not None and att.cue else None
        if att is None or att.mention is None or att.mention.kind == "pronoun" or cue not in QUESTION_CUES and not to_other \
                or self._subordinate_subject(att.mention):
            return None  # (not 'Svetlana said her son told her ...': the asker is the sentence's subject)
        asker = self._entity_of_prior_mention(att.mention)
        if verb[0].lower not in _REPLY_CUES and asker is not None:
            # with a plain "he says", only when the asker cannot be "he": "his mother asks ... he says"
            gender = self.entities[asker].gender
            if gender is None or gender == m.gender:
                return None
        return asker

    def _bare_headline_twin(self, m: Mention, before: list[Mention]) -> Mention | None:
        """The headline's determiner-less person ("Russian soldier", "Occupier complains: ...") when
        this is the same words with an article, or the story's first person of the same role."""
        if not self.paragraphs or self.text[self.paragraphs[0][0]:self.paragraphs[0][1]].rstrip().endswith((".", "”", '"')):
            return None  # the first paragraph is a lede, not a headline
        words = m.text.lower().split()[1:]
        headline_end = self._headline_end()
        bare = [p for p in before if p.kind == "bare" and p.end <= headline_end and p.role not in ("intelligence_agency", "military_unit")]
        bare = sorted(bare + [p for p in self._headline_possessors() if p.end <= m.start], key=lambda p: p.start)
        for prior in bare:
            twin = prior.text.lower().split()
            if twin == words or twin == words[:len(twin)] and twin[-1] == m.head:  # "Russian soldier" / "A Russian soldier fighting near Siversk"
                return prior
        same_role = [p for p in bare if p.role == m.role and not p.plural]
        # the first person of the role the story introduces (not a group, "two soldiers from the same
        # brigade", nor someone defined by others, "their general")
        first_of_role = next((p for p in before if p.start >= headline_end and p.role == m.role
                              and p.kind in ("indefinite", "name", "bare") and not p.plural), None)
        same_head = [p for p in bare if p.head == m.head and not p.plural]
        if len(same_head) == 1 and first_of_role is None and not m.plural \
                and not m.text.lower().startswith(("another ", "a second ", "one other ")) \
                and not any(p.start >= headline_end and p.head == m.head and not p.plural and p.kind in ("indefinite", "name")
                            for p in before):
            return same_head[0]  # "mobilised teacher" in the headline, "A Russian history teacher" in the lede
        if len(same_role) == 1 and first_of_role is None and not m.plural:
            return same_role[0]
        return None

    def _person_of_age(self, m: Mention, before: list[Mention]) -> int | None:
        """'the 36-year-old' after 'Maxim Shilov, 36,' or 'a 36-year-old sapper': that person."""
        age = re.match(r"\D*(\d+)-year-old", m.text)
        if age is None:
            return None
        n = age.group(1)
        for prior in reversed(before):
            if prior.kind == "pronoun":
                continue
            if re.match(rf",\s+{n}\b", self.masked[prior.end:prior.end + 6]) or f"{n}-year-old" in prior.text:
                return self._entity_of_prior_mention(prior)
        return None

    def _latest_person(self, m: Mention, before: list[Mention]) -> int | None:
        """'the man', 'the woman', 'the 36-year-old': the latest speaker, else mention, of a compatible
        gender in this call. For "the man", relatives come last: the text names the soldier's father
        or brother by the kin word; "the woman" in a soldier's call is usually his relative."""
        boundary = max((c for c in self.call_starts if c <= m.start), default=0)
        for not_kin, exact in ((True, True), (True, False), (False, True), (False, False)):
            if exact and not m.gender or not_kin and m.gender == "f":
                continue
            def fits(role: str, head: str, gender: str | None, plural: bool) -> bool:
                gender = gender or ("m" if role == "soldier" else None)  # the men in these calls are soldiers
                return not plural and head not in INSTITUTION_HEADS and role not in ("military_unit", "intelligence_agency") \
                    and not (not_kin and role == "relative") \
                    and (gender == m.gender if exact else gender is None or m.gender is None or gender == m.gender)
            for att, q in zip(reversed(self.results), reversed(self.quotes[:len(self.results)])):
                e = self.entities[att.entity] if att.entity is not None and q.depth == 0 else None
                if q.start >= boundary and e and fits(e.role, e.first.head, e.gender, e.plural):
                    return att.entity
            # the subject of a recent sentence before any later mention: "a Russian company commander tells a
            # subordinate ..." / '"...," the man says': the one who tells
            recent = self.paragraphs[max(self._paragraph_of(m.start) - 1, 0)][0]
            for subjects_only in (True, False):
                for prior in reversed(before):
                    if subjects_only and prior.start < recent:
                        break
                    if prior.kind not in ("pronoun", "definite") and fits(prior.role, prior.head, prior.gender, prior.plural) \
                            and (not subjects_only or self._is_subject(prior)):
                        return self._entity_of_prior_mention(prior)
        return None

    def _resolve_pronoun(self, m: Mention, before: list[Mention]) -> int | None:
        """Salience first: in news a pronoun subject of a cue verb is nearly always a recent speaker;
        then the nearest compatible mention, subjects first. Both are looked for inside the current
        call's part of the article before the whole article ("In a second call, a soldier tells his
        wife ... He says"). "she" looks for an explicitly female person before one of unknown gender."""
        boundary = max((c for c in self.call_starts if c <= m.start), default=0)
        if self._quantified_starts:
            before = [p for p in before if p.start not in self._quantified_starts]
        # A person introduced as a subject since the last quote, in this or the previous paragraph,
        # comes first: 'Maksym takes off his headphones. "...," he says.' and 'Oleksiy Hrytsenko, a
        # military analyst, said ... "...," he said.' A new person is introduced to be quoted next.
        p = self._paragraph_of(m.start)
        lo = self.paragraphs[max(p - 1, 0)][0]
        for q, att in zip(reversed(self.quotes[:len(self.results)]), reversed(self.results)):
            if q.depth == 0 and q.close_end <= m.start:
                # the quote's own sentence may introduce its speaker: 'Halyna Kostiuk, ..., said the "lies" ...'
                lo = max(lo, self._sentence_start(q.open_pos))
                break
        reply = self._answerer(m)
        if reply is not None:
            self.pronoun_step = "answer"
            return reply
        if m.head == "she":
            # "When I asked an SBU spokeswoman ..., she was briefly silent": a woman named in this sentence
            s0 = self._sentence_start(m.start)
            for prior in reversed(before):
                if prior.start < s0:
                    break
                if prior.kind in ("indefinite", "definite", "name") and prior.gender == "f" and not prior.plural:
                    self.pronoun_step = "woman_in_sentence"
                    return self._entity_of_prior_mention(prior)
        for prior in reversed(before):
            if prior.start < lo:
                break
            appositive = APPOSITIVE.match(self.masked, prior.end)
            if appositive and appositive.end() > m.start:
                continue  # 'his company commander, a major he calls a "b*stard",': "he" is not the commander
            if self._subordinate_subject(prior):
                continue  # 'saying that a comrade had deserted': a subordinate clause's subject is not the topic
            if prior.kind != "pronoun" and self._is_subject(prior) \
                    and self._pronoun_fits(m, prior.role, prior.head, prior.gender, prior.plural) \
                    and (m.head != "she" or prior.gender == "f" or prior.kind == "name" and prior.gender is None):
                self.pronoun_step = "subject_since_quote"
                return self._entity_of_prior_mention(prior)
        if m.head in ("he", "she"):
            # 'CNN spoke to Ruslan at a detention facility. "...," he said.': a person named in the sentence
            # just before (after the last quote), whose name says the pronoun's gender; the first such
            # name, as the subject usually comes first
            s0 = self._sentence_start(m.start)
            prev0 = self._sentence_start(max(s0 - 1, 0))
            if prev0 >= lo:
                gender = "m" if m.head == "he" else "f"
                named = next((p for p in before if prev0 <= p.start < s0 and p.kind == "name" and not p.plural
                              and p.gender == gender and (not self._object_of_preposition(p)
                                                          or _INTERVIEWED.search(self.masked, max(0, p.start - 25), p.start))),
                             None)  # not 'threatened to write to Vladimir Putin himself'; but 'according to Yuliia Hrytsenko'
                if named is not None:
                    self.pronoun_step = "name_in_previous_sentence"
                    return self._entity_of_prior_mention(named)
        if m.head == "she":
            # 'A lawyer who works with soldiers' families ... told The Insider that she ...': a person of
            # unstated gender introduced as the subject in this sentence
            s0 = self._sentence_start(m.start)
            for prior in reversed(before):
                if prior.start < s0:
                    break
                if prior.kind in ("indefinite", "definite") and prior.gender is None and not prior.plural \
                        and prior.role not in ("intelligence_agency", "military_unit", "soldier") \
                        and prior.head not in INSTITUTION_HEADS and self._is_subject(prior):
                    self.pronoun_step = "ungendered_subject_in_sentence"
                    return self._entity_of_prior_mention(prior)
        if m.head == "she":
            # 'Shalamov tells his wife that ... "They promise," she says.': no subject fits, so the person of
            # that gender the narration just mentioned (the one talked to), before speakers from elsewhere
            for prior in reversed(before):
                if prior.start < lo:
                    break
                if prior.kind in ("possessive", "indefinite", "name", "definite") and prior.gender == m.gender \
                        and not prior.plural and prior.role in ("relative", "civilian", "soldier"):
                    self.pronoun_step = "woman_in_narration"
                    return self._entity_of_prior_mention(prior)
        for exact in ((True, False) if m.head == "she" else (False,)):
            for lo in dict.fromkeys((boundary, 0)):
                for att, q in zip(reversed(self.results), reversed(self.quotes[:len(self.results)])):
                    e = self.entities[att.entity] if att.entity is not None and q.depth == 0 else None
                    if q.start >= lo and e and (not exact or e.gender == m.gender) \
                            and self._pronoun_fits(m, e.role, e.first.head, e.gender, e.plural):
                        self.pronoun_step = "latest_speaker"
                        return att.entity
                for prior in reversed(before):
                    if prior.start >= lo and prior.kind != "pronoun" and (not exact or prior.gender == m.gender) \
                            and self._is_subject(prior) and self._pronoun_fits(m, prior.role, prior.head, prior.gender, prior.plural):
                        self.pronoun_step = "latest_subject"
                        return self._entity_of_prior_mention(prior)
                if exact and lo == boundary and boundary > 0:
                    # "she" in a call between a soldier and "his wife": the woman the call is with, before a
                    # woman from elsewhere in the story
                    woman = next((p for p in reversed(before) if p.start >= lo and p.kind != "pronoun" and p.gender == "f"
                                  and not p.plural and p.role in ("relative", "civilian", "unknown")), None)
                    if woman is not None:
                        self.pronoun_step = "woman_in_call"
                        return self._entity_of_prior_mention(woman)
                if lo == boundary and boundary > 0:
                    # the person this call introduced ("posted a call from a mobilised tractor driver")
                    for prior in before:
                        if prior.start >= lo and prior.kind in ("indefinite", "name") and (not exact or prior.gender == m.gender) \
                                and self._pronoun_fits(m, prior.role, prior.head, prior.gender, prior.plural):
                            self.pronoun_step = "call_introduction"
                            return self._entity_of_prior_mention(prior)
            # last resort: the nearest compatible mention in any position
            for prior in reversed(before):
                if prior.kind != "pronoun" and (not exact or prior.gender == m.gender) \
                        and self._pronoun_fits(m, prior.role, prior.head, prior.gender, prior.plural):
                    self.pronoun_step = "nearest_mention"
                    return self._entity_of_prior_mention(prior)
        if self.paragraphs and m.end <= self._headline_end() and len(self.paragraphs) > 1:
            # a headline's pronoun before anyone is named ("... as he rages '...'"): the first person
            # the standfirst or lede makes a subject
            hi = self.paragraphs[min(len(self.paragraphs) - 1, 4)][1]
            for later in self.mentions[bisect.bisect_right(self.mention_starts, m.start):]:
                if later.start >= hi:
                    break
                if later.kind != "pronoun" and later.role in ("soldier", "relative", "civilian", "unknown") \
                        and self._is_subject(later) and self._pronoun_fits(m, later.role, later.head, later.gender, later.plural):
                    self.pronoun_step = "headline_lede"
                    return self._entity_of_prior_mention(later)
        self.pronoun_step = "none"
        return None

    def _subordinate_subject(self, prior: Mention) -> bool:
        """The subject of a subordinate clause, not of the sentence: 'saying that a comrade had deserted',
        and with no "that", 'the soldier said the company quartermaster had billed him' (a name counts
        as a topic wherever it stands)."""
        before = self._token_before(prior.start, prior.start - 20)
        return bool(before) and prior.kind != "name" and (
            before[0].lower in _COMPLEMENTIZERS
            or before[0].lower in _INVERTED_CUES and not self.masked[before[0].end:prior.start].strip()
            and self._is_subject(prior) and self.masked[prior.end:prior.end + 1] == " "
            and self.masked[prior.end + 1:prior.end + 2].islower())

    def _is_subject(self, m: Mention) -> bool:
        """_subject_test, remembered per mention: a pure function of the mention's span and kind over
        the article's fixed text, tokens and mentions, asked again for the same mention by many cues
        and pronouns."""
        key = (m.start, m.end, m.kind)
        found = self._subjects.get(key)
        if found is None:
            found = self._subjects[key] = self._subject_test(m)
        return found

    def _subject_test(self, m: Mention) -> bool:
        """Followed by a verb-like word: "a Russian serviceman tells", not "his brother, who"; an
        appositive or an age may stand between: "Oleksiy Hrytsenko, a military analyst, said"."""
        end = m.end
        if m.kind != "pronoun" and self._appositive_of_name(m):
            return False  # 'Lt. Serhii Dovbysh, deputy commander of a drone battalion fighting nearby, said': the name speaks
        if m.start == self._sentence_start(m.start) and re.match(r"\s+who\b", self.masked[end:end + 5]):
            return True  # 'The conscript who saw no point in digging trenches was blunter still'
        appositive = APPOSITIVE.match(self.masked, end) or _DASH_ASIDE.match(self.masked, end)
        if appositive:
            end = appositive.end()
        elif (named := _APPOSITIVE_NAME.match(self.masked, end)) and (name := self._name_starting_at(named.end())) is not None:
            end = name.end  # "The agency's spokesman, Andriy Yusov, said"
        if m.kind == "name" and self.masked[m.start - 2:m.start] == ", " and self.masked[end:end + 2] == ", " \
                and (cue := self._token_after(end + 2, end + 40)) and cue[0].lower in CUE_VERBS and cue[0].start == end + 2:
            return True  # the name in apposition: "A spokeswoman for the administration, Natalia Humeniuk, said"
        nxt = self._token_after(end, end + 40)
        if nxt and self._in_quote(nxt[0].start):
            return False  # 'his commander “sells places”': the quoted words are not the reporter's verb
        prev = self._token_before(m.start, m.start - 30)
        if prev and prev[0].lower in _INVERTED_CUES and not self.masked[prev[0].end:m.start].strip():
            return True  # an inverted subject: "..., said Jakub Nowicki, a researcher at ..."
        if prev and prev[0].lower in CUE_VERBS | {"to", "by", "with"} and not self.masked[prev[0].end:m.start].strip():
            return False  # an object: 'calls his platoon commander a "b*tch"', 'told his wife'
        if m.kind != "pronoun" and prev and prev[0].lower == "and" and not self.masked[prev[0].end:m.start].strip() \
                and (pronoun := self._token_before(prev[0].start, prev[0].start - 6)) and pronoun[0].lower in ("he", "she") \
                and not self.masked[pronoun[0].end:prev[0].start].strip():
            return False  # "he and one other medic sort the wounded": the person the story follows is the subject
        if m.kind == "indefinite" and _WHO_NEXT.match(self.masked, end, end + 5) \
                and not (self.masked[m.start - 2:m.start] == ", " and m.start - 2 in self._mention_ends) \
                and not (prev and self.masked[prev[0].end:m.start].strip() == "" and prev[0].lower in self._PREPOSITIONS):
            return True  # 'In one call, a Russian soldier who says he is in a basement tells his wife ...'
        return bool(nxt) and not self.masked[end:nxt[0].start].strip() and nxt[0].text[0].islower() \
            and nxt[0].lower not in (FUNCTION_WORDS - {"is", "was", "has", "had", "will", "would", "also", "then"}) \
            and nxt[0].lower not in DETERMINERS

    def _appositive_of_name(self, m: Mention) -> bool:
        """Inside the appositive of a sentence-initial name: "Oleh Zhdanov, a military analyst," or
        "Oleksandra Matviichuk, the head of the Kyiv-based Center for Civil Liberties, which won ...,"."""
        s0 = self._sentence_start(m.start)
        i = bisect.bisect_left(self.mention_starts, s0)
        name = self.mentions[i] if i < len(self.mentions) else None
        if name is None or name.kind != "name" or name.end >= m.start or not _only_titles(self.masked[s0:name.start]):
            return False
        appositive = APPOSITIVE.match(self.masked, name.end)
        return bool(appositive) and appositive.end() >= m.end

    def _according_source(self, lo: int, hi: int) -> Mention | None:
        """The source after 'according to' at `lo`: a mention, or an object pronoun ('According to him,'),
        taken as the subject pronoun it stands for so that it resolves like one."""
        m = self._mention_at(lo, hi)
        if m is None and (pronoun := _OBJECT_PRONOUN.match(self.masked, lo, hi)) is not None:
            head = _SUBJECT_OF_OBJECT[pronoun.group(1).lower()]
            gender, plural = PRONOUNS[head]
            m = Mention(pronoun.start(1), pronoun.end(1), pronoun.group(1), head, "unknown", gender, plural, "pronoun")
        return m

    def _mention_at(self, lo: int, hi: int) -> Mention | None:
        """The mention (or name) that starts at `lo` and ends by `hi`."""
        return next((m for m in self._mentions_in(lo, hi) if m.start == lo), None) or name_after(self.masked, lo, hi, self.words)

    def _name_starting_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.mention_starts, pos)
        while i < len(self.mentions) and self.mentions[i].start == pos:
            if self.mentions[i].kind == "name":
                return self.mentions[i]
            i += 1
        return None

    # ---- context helpers ------------------------------------------------------------------
    def _tok(self, text: str, lo: int, hi: int) -> list[Token]:
        """tokenize(text, lo, hi), from the cached tokens when `text` is the masked article (the
        common case: cue look-ups run many times per article)."""
        if text is not self.masked:
            return tokenize(text, lo, hi)
        i = bisect.bisect_left(self.token_starts, lo)
        if i > 0 and self.tokens[i - 1].end > lo:
            return self.words.span(text, lo, hi)  # lo cuts a word: tokenize(text, lo, hi) as before
        j = bisect.bisect_left(self.token_starts, hi)
        if j > 0 and self.tokens[j - 1].end > hi:
            return self.words.span(text, lo, hi)  # hi cuts a word
        return self.tokens[i:j]

    def _token_after(self, pos: int, limit: int) -> list[Token]:
        """[the first token of the masked text starting at or after pos and ending by limit], or []."""
        i = bisect.bisect_left(self.token_starts, pos)
        return [self.tokens[i]] if i < len(self.tokens) and self.tokens[i].end <= limit else []

    def _token_before(self, pos: int, lo: int) -> list[Token]:
        """[the last token of the masked text ending by pos and starting at or after lo], or []."""
        i = bisect.bisect_left(self.token_starts, pos) - 1
        return [self.tokens[i]] if i >= 0 and self.tokens[i].start >= lo and self.tokens[i].end <= pos else []

    def _top_quote_opens_in(self, lo: int, hi: int) -> bool:
        """A top-level quote opens in [lo, hi) (a bisection, not a walk over every quote)."""
        i = bisect.bisect_left(self._top_opens_sorted, lo)
        return i < len(self._top_opens_sorted) and self._top_opens_sorted[i] < hi

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.top_quote_starts, pos) - 1
        return i >= 0 and pos < self.top_quote_ends[i]

    def _paragraph_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.paragraph_starts, pos) - 1, 0)

    def _sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentences, pos) - 1
        return self.sentences[i] if i >= 0 else 0

    def _sentence_end(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentences, pos)
        return self.sentences[i] if i < len(self.sentences) else len(self.text)

    def _prev_top(self, idx: int) -> int | None:
        """Index of the last top-level quote before quote `idx`."""
        for j in range(idx - 1, -1, -1):
            if self.quotes[j].depth == 0:
                return j
        return None

    def _next_top_start(self, idx: int) -> int | None:
        for j in range(idx + 1, len(self.quotes)):
            if self.quotes[j].depth == 0:
                return self.quotes[j].open_pos
        return None

    # ---- cue patterns ---------------------------------------------------------------------
    def _mentions_in(self, lo: int, hi: int, pool: list[Mention] | None = None) -> list[Mention]:
        """Mentions inside [lo, hi), without one nested in a longer mention that ends with it
        ("The mother of a Russian marine" says: the mother speaks, not the marine)."""
        if pool is None or pool is self.mentions:
            # the article's mentions are sorted by start: jump to lo, stop at hi (the hot path)
            mentions, found = self.mentions, []
            i, n = bisect.bisect_left(self.mention_starts, lo), len(self.mentions)
            while i < n and mentions[i].start < hi:
                if mentions[i].end <= hi:
                    found.append(mentions[i])
                i += 1
        else:
            found = [m for m in pool if m.start >= lo and m.end <= hi]
        # only mentions sharing an end can nest that way: with distinct ends (the usual case) nothing
        # is dropped, and the quadratic filter is skipped
        if len(found) < 2 or len({m.end for m in found}) == len(found):
            return found
        return [m for m in found if not any(o.end == m.end and o.start < m.start for o in found)]

    def _cue_after(self, text: str, lo: int, hi: int, pool: list[Mention]) -> Attribution | None:
        """'"...," he says' / '"...," said the official' / '"..." according to X' right after the quote."""
        lead = _LEAD_PUNCT.match(text, lo).end()
        acc = _ACCORDING.match(text, lo)
        if acc:
            ms = self._mentions_in(acc.end(), hi, pool)
            m = ms[0] if ms and ms[0].start == acc.end() else name_after(text, acc.end(), hi, self.words)
            if m:
                return Attribution(m, (acc.start() + text[acc.start():acc.end()].lower().index("according"), acc.end() - 1), "cue_after")
        tokens = self._tok(text, lead, hi)[:8]
        if not tokens or tokens[0].start != lead:
            return None
        # inverted: said the official / says Andriy Yusov
        if tokens[0].lower in CUE_VERBS and len(tokens) > 1:
            after = tokens[0].end
            ms = [m for m in self._mentions_in(after, hi, pool) if not text[after:m.start].strip()]
            m = ms[0] if ms else name_after(text, after, hi, self.words)
            if m:
                # "said Sky News military analyst Professor Alan Rennick": the name that ends the phrase
                clause_end = next((i for i in range(after, hi) if text[i] in ",.;:!?\n"), hi)
                names = [n for n in self._mentions_in(after + 1, clause_end) if n.kind == "name" and n.end == clause_end]
                if names and names[0].start > m.start and len(self._tok(text, after, names[0].start)) <= 9:
                    m = names[0]
                return Attribution(m, (tokens[0].start, tokens[0].end), "cue_after")
        # subject first: he says / the soldier's mother told reporters / Yusov said
        ms = [m for m in self._mentions_in(lead, hi, pool) if m.start == lead]
        m = ms[0] if ms else None
        if m is None and (titles := _TITLES_BEFORE_NAME.match(text, lead)) is not None:
            m = name_after(text, titles.end(), hi, self.words)  # '"...," Maj. Gen. Arkady Severtsev, a ministry spokesman, said'
            if m is not None and m.start != titles.end():
                m = None
        if m is None:
            for n, tok in enumerate(tokens[1:7], start=1):  # "defence analyst Colonel Mark Reddie told"
                if tok.lower in CUE_VERBS:
                    m = name_before(text, tokens[n - 1].end, lead, self.words)
                    break
        if m is None:
            return None
        # "ministry spokesman Major General Leonid Ryabov said": the described person's name is the speaker
        named = None
        if m.kind != "name":
            named = name_after(text, m.end + 1, hi, self.words) if text[m.end:m.end + 1] == " " else None
            if named is None and text[m.end:m.end + 1] == " ":
                rest = self._tok(text, m.end, hi)[:3]
                k = 0
                while k < len(rest) and rest[k].lower in TITLES:
                    k += 1
                if 0 < k < len(rest):
                    named = name_after(text, rest[k].start, hi, self.words)
        if named is None and m.kind != "name" and text[m.end:m.end + 2] == ", ":
            # '"...," the soldier, Yevgeny Krasnoperov, 41, told her': the name in apposition
            candidate = name_after(text, m.end + 2, hi, self.words)
            if candidate is not None and candidate.start == m.end + 2 and text[candidate.end:candidate.end + 1] == ",":
                named = candidate
        end = (named or m).end
        aside = APPOSITIVE.match(text, end)  # "Senior Lieutenant Olena Hrytsai, the brigade's press officer, told"
        if aside and (named or m.kind == "name"):
            end = aside.end()
        for tok in self._tok(text, end, hi)[:4]:
            if tok.lower in CUE_VERBS:
                if text[tok.end:tok.end + 2].strip().startswith(":") \
                        and self.text[max(0, lo - 4):lo].rstrip("\"”’'»“ ")[-1:] in (".", "!", "?"):
                    return None  # '..." A woman then replies: "...': the new sentence introduces the next quote
                return Attribution(named or m, (tok.start, tok.end), "cue_after")
            if tok.lower not in BETWEEN_SUBJECT_AND_CUE and not tok.lower.endswith("ly"):
                break
        return None

    def _cue_before(self, text: str, lo: int, hi: int, pool: list[Mention]) -> Attribution | None:
        """The last cue verb before the quote in its sentence, and its subject."""
        tokens = self._tok(text, lo, hi)
        # the cue verbs' indices, found by C-level maps (most words are none); the last that qualifies is the cue
        cue_indices = list(compress(count(), map(CUE_VERBS.__contains__, map(_TOKEN_LOWER, tokens))))
        cue_i, ends = None, None
        for i in reversed(cue_indices):
            t = tokens[i]
            if t.lower not in _NOUN_LIKE_CUES:
                cue_i = i
                break
            # "calls" and "called" are verbs only after their subject ("he calls them"); "picks calls that are" is a noun
            if ends is None:
                ends = {m.end for m in self._mentions_in(lo, hi, pool)}
            if any(_only_auxiliaries(text[e:t.start]) for e in ends if e <= t.start):
                cue_i = i
                break
        if cue_i is None:
            return None
        # 'a paratrooper tells his wife what his battalion commander said: "..."': the quote is the
        # main clause's report, so the cue is the main verb, not the one in the "what" clause.
        # But 'sent to what commanders call the "pit"' names a thing: the naming verb's subject speaks.
        earlier = [i for i in cue_indices if i < cue_i and tokens[i].lower not in ("calls", "called")]
        if earlier and tokens[cue_i].lower not in _NAMING_CUES and any(t.lower in ("what", "how") for t in tokens[earlier[-1] + 1:cue_i]):
            cue_i = earlier[-1]
        cue = tokens[cue_i]
        if cue.lower == "saying" and cue_i > 1 and tokens[cue_i - 1].lower == "as":
            # 'RIA quoted an unnamed defence ministry source as saying ...': the one quoted speaks
            quoted = next((m for m in reversed(self._mentions_in(lo, tokens[cue_i - 1].start, pool))
                           if not text[m.end:tokens[cue_i - 1].start].strip()), None)
            verb = self._tok(text, max(lo, quoted.start - 20), quoted.start)[-1:] if quoted is not None else []
            if verb and verb[0].lower in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
                return Attribution(quoted, (cue.start, cue.end), "cue_before")
        # a participle clause shares the sentence's subject: 'A reservist from Omsk spends most of a
        # call to his brother complaining that ...' (not 'his brother', the object before it)
        if cue.lower.endswith("ing") and cue_i > 0 and tokens[cue_i - 1].lower not in _PROGRESSIVE_AUX:
            subject = next((m for m in self._mentions_in(lo, cue.start, pool)
                            if m.start == self._sentence_start(m.start) and (m.kind != "pronoun" or m.head in ("he", "she"))
                            and self._is_subject(m)), None)  # not "It begins with the wife commenting, saying: ..."
            if subject is not None:
                return Attribution(subject, (cue.start, cue.end), "cue_before")
        # a verb coordinated with an earlier one shares its subject: 'She said the losses were offset
        # by a flow of recruits, but warned that ...'
        k = cue_i
        while k > 0 and (tokens[k - 1].lower in BETWEEN_SUBJECT_AND_CUE or tokens[k - 1].lower.endswith("ly")):
            k -= 1
        if k > 1 and tokens[k - 1].lower in ("and", "but"):
            main = self._main_reporter(text, lo, tokens[k - 1].start, pronouns=True, pool=pool)
            if main is not None:
                return Attribution(main.mention, (cue.start, cue.end), "cue_before")
            # 'the commander comes and says, "..."': a subject, one plain verb, "and", the cue
            first = next(iter(self._mentions_in(lo, tokens[k - 1].start, pool)), None)
            verbs = _PLAIN_VERBS.fullmatch(text, first.end, tokens[k - 1].start) if first is not None else None
            if verbs is not None and first.kind != "pronoun" and verbs.group(1) not in FUNCTION_WORDS:
                return Attribution(first, (cue.start, cue.end), "cue_before")
        ms = self._mentions_in(lo, cue.start, pool)
        # a named subject with its appositive and a "known as" aside: "Andriy Chernenko, a spokesman for
        # Ukraine's military intelligence agency, known as HUR, told AFP" (not the agency inside)
        for m in ms:
            if m.kind != "name":
                continue
            aside = APPOSITIVE.match(text, m.end)
            if aside:
                known = _KNOWN_AS.match(text, aside.end())
                rest = known.end() if known else aside.end()
                if not text[rest:cue.start].strip() and known:
                    return Attribution(m, (cue.start, cue.end), "cue_before")
        # adjacent subject: "He then says", "Intelligence has said", "Yusov said"
        # or with an appositive or a short aside between: "Halyna Kostiuk, Ukraine's deputy defence
        # minister, said", "His wife, audibly crying, begs:"
        for m in reversed(ms[-3:]):
            gap = text[m.end:cue.start]
            between = self._tok(text, m.end, cue.start)
            if text[m.start - 1:m.start] == "[" or "]" in gap[:1]:
                continue  # a gloss in an editor's brackets is not the subject: "The zampolit [deputy commander] told us"
            acronym = _PAREN_ACRONYM.match(gap) or _BRACKET_GLOSS.match(gap)
            if acronym:  # "The Russian Ministry of Defense (MoD) claimed", "The zampolit [political officer] said"
                gap = gap[acronym.end():]
                between = self._tok(text, m.end + acronym.end(), cue.start)
            if all(t.lower in BETWEEN_SUBJECT_AND_CUE or t.lower.endswith("ly") for t in between) and "," not in gap:
                if self._object_of_preposition(m):
                    break  # 'builder fighting for Putin tells': Putin is not the subject
                return Attribution(m, (cue.start, cue.end), "cue_before")
            aside = APPOSITIVE.match(text, m.end) or _ASIDE.match(text, m.end)
            if aside and not text[aside.end():cue.start].strip():
                return Attribution(m, (cue.start, cue.end), "cue_before")
            if m.kind in ("definite", "indefinite") and not m.plural and (of_np := _OF_NP.fullmatch(text, m.end, cue.start)) \
                    and not any(w in BETWEEN_SUBJECT_AND_CUE or w.endswith("ly") for w in of_np.group(1).lower().split()[2:]):
                # "the press service of the college said": the subject is the whole noun phrase
                whole = Mention(m.start, of_np.end(1), self.text[m.start:of_np.end(1)], m.head, m.role, m.gender, m.plural, m.kind)
                return Attribution(whole, (cue.start, cue.end), "cue_before")
            if not gap.startswith(","):
                break
        # the relative pronoun's antecedent: '... the rifleman told his mother, who replied: "..."'
        who = _WHO_THEN_CUE.search(text, max(lo, cue.start - 40), cue.start)
        if who is not None:
            antecedent = next((m for m in reversed(ms) if m.end == who.start()), None)
            if antecedent is not None and antecedent.kind != "pronoun":
                return Attribution(antecedent, (cue.start, cue.end), "cue_before")
        # a relative clause between: "the soldier, who says he is a driver, describes ..."
        for m in reversed(ms[-4:]):
            if _WHO_CLAUSE.fullmatch(text, m.end, cue.start):
                return Attribution(m, (cue.start, cue.end), "cue_before")
        # an appositive with a prepositional phrase in it: "Taras Levchenko, a spokesman for the service, told"
        for m in reversed(ms[-6:]):
            aside = APPOSITIVE.match(text, m.end)
            if aside and not text[aside.end():cue.start].strip() and not any(
                    o.start > m.end and o.end <= aside.end() and text[o.start - 2:o.start] == ", " and self._is_subject(o)
                    for o in ms):
                return Attribution(m, (cue.start, cue.end), "cue_before")
        name = name_before(text, cue.start, lo, self.words)
        if name is not None and self._object_of_preposition(name):
            name = None  # 'who spent three years on building sites in east London has told'
        if name is None:
            # "Moscow has repeatedly dismissed": a name, auxiliaries, the cue
            k = cue_i
            while k > 0 and (tokens[k - 1].lower in BETWEEN_SUBJECT_AND_CUE or tokens[k - 1].lower.endswith("ly")):
                k -= 1
            if k < cue_i and k > 0:
                name = name_before(text, tokens[k].start, lo, self.words)
                if name is not None and self._object_of_preposition(name):
                    name = None
        if name:
            return Attribution(name, (cue.start, cue.end), "cue_before")
        # a surname opening the sentence: "Kuzmin begins by asking: ..."
        first = tokens[0] if tokens else None
        if first is not None and first.start == self._sentence_start(first.start) and first.text[0].isupper() \
                and not ms and len(tokens) > 1 and tokens[1].text[0].islower() and tokens[1].lower not in FUNCTION_WORDS:
            name = name_after(text, first.start, first.end, self.words)
            if name and self._full_name_before(name.text.split()[-1], name.start):
                return Attribution(name, (cue.start, cue.end), "cue_before")
        # subject of the clause: the nearest mention followed by a verb-like word
        for m in reversed(ms):
            nxt = self._tok(text, m.end, cue.end)[:1]
            prv = self._tok(text, max(lo, m.start - 25), m.start)[-1:]
            if prv and not text[prv[0].end:m.start].strip() and prv[0].text.islower() and prv[0].lower not in FUNCTION_WORDS \
                    and prv[0].lower not in DETERMINERS and prv[0].lower not in CUE_VERBS:
                continue  # an object: 'ordering wounded soldiers back into an assault'
            if nxt and not text[m.end:nxt[0].start].strip() and nxt[0].text[0].islower() and nxt[0].lower not in FUNCTION_WORDS - {"is", "are", "was", "were", "has", "have", "had", "will", "would", "also", "then"}:
                return Attribution(m, (cue.start, cue.end), "cue_before")
        # inverted before: 'said the official: "..."' (not 'tells girlfriend "..."': an object)
        after = [] if cue.lower not in _INVERTED_CUES else [m for m in self._mentions_in(cue.end, hi, pool)
                 if not text[cue.end:m.start].strip() and not text[m.end:hi].strip(" ,:—–-")]
        if after:
            return Attribution(after[0], (cue.start, cue.end), "cue_before")
        return Attribution(None, (cue.start, cue.end), "cue_before")

    # ---- main -----------------------------------------------------------------------------
    def caller_introductions(self) -> tuple[tuple[int, int], ...]:
        """Spans of new callers: an indefinite soldier who is the subject of a sentence that also
        names whom he speaks to ("a Russian soldier asks his father", "One paratrooper told his
        brother"). Used to separate calls in articles that report several."""
        found = []
        for i, m in enumerate(self.mentions):
            if m.kind != "indefinite" or m.role != "soldier" or m.plural or self._predicative(m) or not self._is_subject(m):
                continue
            end = self._sentence_end(m.end)
            if any(o.start > m.end and o.start < end and o.kind == "possessive" and (o.role == "relative" or o.head in TIE_HEADS)
                   for o in self.mentions[i + 1:i + 6]):
                found.append((m.start, m.end))
        return tuple(found)

    def _link_names(self) -> None:
        """Attach names given to a described person: "his mother Tamara Belova", "HUR representative
        Oleh Savchenko", "The squaddie, named by the SBU as Maxim Belov", "a soldier identified as
        Oleg Kuzmin". The name and the description become one entity, named by the name."""
        for i, m in enumerate(self.mentions):
            if m.kind == "indefinite" and not m.plural:
                self._link_description(i, m)
            if m.kind in ("possessive", "indefinite") and not m.plural and (m.start, m.end) not in self.mention_entity \
                    and self.masked[m.start - 3:m.start] == "as " \
                    and (self_named := _SELF_IDENTIFIED.search(self.masked, max(0, m.start - 60), m.start)) \
                    and self_named.end() == m.start:
                # "a woman who identified herself as Alekseyev's mother, Galina Alekseyeva,": one person
                subject = next((p for p in reversed(self.mentions[:i]) if p.end <= self_named.start()
                                and not self.masked[p.end:self_named.start()].strip()), None)
                if subject is not None and subject.kind != "pronoun" and (subject.start, subject.end) not in self.mention_entity:
                    entity = self.resolve(m)  # the relative she names herself as may be known already ("his mother")
                    if entity is not None:
                        self.mention_entity[(subject.start, subject.end)] = entity
            if m.kind in ("possessive", "indefinite") and not m.plural and (m.start, m.end) not in self.mention_entity \
                    and self.masked[m.start - 3:m.start] in ("is ", "as ") \
                    and (copula := self._described_is(m.start)) and copula.end() == m.start:
                # "The woman on the call is his older sister, Faith Chebet": the call's person is the relative
                subject = next((p for p in self.mentions[:i] if p.start == copula.start(1)), None)
                entity = self.resolve(subject) if subject is not None else None
                if entity is not None:
                    kin = self._same_relative(m, self.mentions[:i]) if m.role == "relative" else None
                    if kin is not None and kin.kind != "name" and (kin_entity := self.resolve(kin)) is not None \
                            and kin_entity != entity and self.entities[kin_entity].name is None \
                            and self.entities[kin_entity].gender in (None, self.entities[entity].gender):
                        # the story's earlier "the mother" is this woman too: one person from now on
                        self._merge_entity(kin_entity, entity)
                    self.mention_entity[(m.start, m.end)] = entity
            if m.kind != "name":
                continue
            described = None
            prev = self.mentions[i - 1] if i else None
            gap = self.masked[prev.end:m.start] if prev is not None and prev.end <= m.start else None
            identified = self._identified_as(m)
            pronoun_is = _PRONOUN_IS.search(self.masked, max(0, m.start - 12), m.start)
            if len(m.text.split()) == 1 and self._full_name_before(m.text, m.start):
                continue  # a surname after its full name ("Colonel Hrytsenko" after "Col. Viktor Hrytsenko"): resolve links it
            copula = self._described_is(m.start)
            if copula and _only_titles(self.masked[copula.end():m.start]):
                # "the man is Alexei Ignatyev", "the speaker is Private Ivan Chupin": the call's person
                described = next((p for p in self.mentions[:i] if p.start == copula.start(1)), None) \
                    or Mention(copula.start(1), copula.end(1), self.text[copula.start(1):copula.end(1)], "man", "soldier", "m",
                               False, "definite")
            elif gap == " " and prev.kind not in ("pronoun", "name") and not prev.plural \
                    and not (prev.text[0].isupper() and _only_titles(prev.text)
                             and (IDENTIFIED_AS.search(self.masked, max(0, prev.start - 60), prev.start)
                                  or NAMED_AS.search(self.masked, max(0, prev.start - 90), prev.start))):
                # ("Sergeant" in "identified the man as Sergeant Gennady Tolmachev" is his title, not the description)
                described = prev
            elif gap is not None and gap != ", " and self.masked[m.start - 2:m.start] == ", " \
                    and self.masked[m.end:m.end + 1] == "," \
                    and (long_desc := next((p for p in reversed(self.mentions[max(0, i - 4):i]) if p.end <= m.start
                                            and p.kind in ("indefinite", "definite", "possessive") and not p.plural
                                            and p.role in ("official", "other", "intelligence_agency", "military_unit")
                                            and p.head not in INSTITUTION_HEADS
                                            and _BODY_TAIL.fullmatch(self.masked[p.end:m.start])), None)) is not None:
                described = long_desc  # "A spokesman for Ukraine's coordination headquarters for the treatment of prisoners of war, Mykola Hrytsai, said"
            elif gap == ", " and prev.kind not in ("pronoun", "name") and not prev.plural and self.masked[m.end:m.end + 1] in (",", ".") \
                    and (prev.role in ("relative", "soldier", "civilian")
                         or prev.role in ("official", "other") and prev.head not in INSTITUTION_HEADS and prev.kind != "bare"
                         # "A spokesperson for the Southern Defence Forces, Yurii Hlibko, said": a body's spokesperson
                         or prev.head in _SPOKESPEOPLE and prev.kind != "bare"):
                described = prev  # "Alekseyev's mother, Galina Alekseyeva, said", "Estonia's foreign minister, Kaarel Rebane, told"
            elif identified and _only_titles(self.masked[identified.end():m.start]):
                # "identified the soldier as Ruslan Gaidamak", "we identified him as ..."
                inside = [p for p in self.mentions[:i] if identified.start(1) <= p.start and p.end <= identified.end(1)]
                described = inside[-1] if inside else None
                if described is None and (re.match(r"the\s+(?:speaker|caller|voice)\b", identified.group(1), re.IGNORECASE)
                                          or identified.group(1).lower() == "him" and len(self.call_starts) <= 1
                                          # "identified the disgruntled grunt as Yegor Malakhov": a word the
                                          # lexicon lacks, for a person with a full name, in a story of one call
                                          or identified.group(1).lower().startswith("the ") and len(self.call_starts) <= 1
                                          and len(m.text.split()) >= 2):
                    # "identified the speaker as Denis Alekseyev", "was able to identify him as Daniil" (in a
                    # story of one call): the voice the story began with
                    described = self._voice_on_call(m.start)
                if described is not None and _NAMED_IN_CALL.match(self.masked, described.end):
                    # "identified the man named in the call as Nikolai Sorokin": someone the call mentions,
                    # not its speaker; the name stands for a person of its own
                    continue
            elif self.masked.find("name", max(0, m.start - 90), m.start) != -1 \
                    and (owner := POSSESSOR_NAME.search(self.masked, max(0, m.start - 90), m.start)) \
                    and _only_titles(self.masked[owner.end():m.start]):
                g = 1 if owner.group(1) else 2
                head = owner.group(g).split()[-1].lower()
                if head in HEADS:
                    role, gender, plural = HEADS[head]
                    described = Mention(owner.start(g), owner.end(g), self.text[owner.start(g):owner.end(g)], head, role, gender,
                                        plural, "definite")
            elif (kin_as := _AND_KIN_AS.search(self.masked, max(0, m.start - 40), m.start)) \
                    and _only_titles(self.masked[kin_as.end():m.start]):
                # "identified the man as Oleg Zavyalov, ..., and his son as Kirill": the second person named
                described = next((p for p in self.mentions[:i] if p.start == kin_as.start(1)), None)
            elif self.masked.find("belong", max(0, m.start - 90), m.start) != -1 \
                    and _VOICE_BELONGS.search(self.masked, max(0, m.start - 90), m.start):  # (a substring test first)
                # "established that the voice belongs to Nikolai Vedernikov": the voice heard on the call
                described = self._voice_on_call(m.start)
            elif pronoun_is and pronoun_is.end() == m.start:
                # "He is Kirill Shestakov, a 31-year-old former security guard"
                described = next((p for p in self.mentions[:i] if p.start == pronoun_is.start(1)), None)
            else:
                intro = self._last_named_as(m.start)
                if intro and _only_titles(self.masked[intro.end():m.start]):
                    lo = self._sentence_start(intro.start())
                    candidates = [p for p in self.mentions[:i] if lo <= p.start and p.end <= intro.start()
                                  and p.kind != "name" and not p.plural and p.role != "intelligence_agency"]
                    # a description first; else the pronoun subject ("She asked to be identified only by her first name, Svetlana")
                    described = ([p for p in candidates if p.kind != "pronoun"] or candidates or [None])[-1]
            if described is None and m.gender is not None and m.start == self._sentence_start(m.start) \
                    and (kin := _OWN_KIN.search(self.masked, m.end, self._sentence_end(m.end))) is not None \
                    and (kin.group(1).lower() == "her") == (m.gender == "f"):
                # "Tatyana Shestakova confirmed that the voice was her husband's": she is the call's "his wife"
                converse = _CONVERSE_KIN.get((m.gender, kin.group(2).lower()), ())
                candidates = [p for p in self.mentions[:i] if p.kind == "possessive" and p.head in converse
                              and p.text.lower().startswith("his ")]
                entities = {self.resolve(p) for p in candidates}
                if len(entities) == 1 and None not in entities and self.entities[next(iter(entities))].name is None:
                    described = candidates[0]
            if described is None:
                continue
            if described.kind == "definite" and described.head in GENERIC_HEADS and described.gender != "f" \
                    and described.role in ("soldier", "civilian"):
                # "HUR identified the man as Sergeant Gennady Tolmachev": the soldier this call is about,
                # not merely the latest man mentioned
                protagonist = self._call_protagonist(described.start)
                if protagonist is not None:
                    described = protagonist
            elif described.kind == "definite" and described.role == "soldier" and identified \
                    and (protagonist := self._call_protagonist(described.start)) is not None \
                    and protagonist.head == described.head:
                # "The SBU later identified the medic as Roman Ustyugov" after "A Russian army medic ... one other
                # medic": the medic whose call it is, not the latest one mentioned
                described = protagonist
            elif described.kind == "definite" and described.role == "soldier" \
                    and not any(p.head == described.head and p.kind != "pronoun" for p in self.mentions[:i] if p.end <= described.start) \
                    and (protagonist := self._call_protagonist(described.start)) is not None \
                    and re.search(rf"\b{re.escape(described.head[:4])}", self.masked[protagonist.start:self._sentence_end(protagonist.start)]):
                # "HUR identified the driver as ..." after "a soldier who drives a supply van": a description
                # the story never used before, drawn from what it said of the call's soldier
                described = protagonist
            entity = self.resolve(described)
            if entity is not None and (m.start, m.end) not in self.mention_entity:
                self.mention_entity[(m.start, m.end)] = entity
                if gap == " " and prev is not described and prev.kind == "bare" and " " not in prev.text:
                    self.mention_entity[(prev.start, prev.end)] = entity  # the title before the name: "the captain" later
                if self.entities[entity].name is None or self.entities[entity].name.kind != "name":
                    self.entities[entity].name = m
                if self.entities[entity].gender is None and m.gender is not None and not self.entities[entity].plural:
                    self.entities[entity].gender = m.gender
                # "Colonel Ivan Dudko, a spokesman for the SBU": the description beats the rank
                self.entities[entity].role = description_role(self.masked, m) or self.entities[entity].role

    def _described_is(self, pos: int) -> re.Match | None:
        """DESCRIBED_IS.search(self.masked, max(0, pos - 60), pos): "the man on the recording is". Substring
        tests first (the pattern, begun by \\b, is tried at every position of the window): a match holds
        "he" ("[Tt]he"), "is" or "was", and one of the person words."""
        lo = max(0, pos - 60)
        window = self.masked[lo:pos]
        if "he" not in window or "is" not in window and "was" not in window \
                or not any(map(window.__contains__, _DESCRIBED_PERSON_WORDS)):
            return None
        return DESCRIBED_IS.search(self.masked, lo, pos)

    def _last_named_as(self, pos: int) -> re.Match | None:
        """The last introduction of a name within 90 characters before pos: "The woman, whom he calls by name
        in the recording, was identified only as Alina" is introduced by "identified only as", not "whom he calls"."""
        lo = max(0, pos - 90)
        window = self.masked[lo:pos]
        if not any(map(window.__contains__, _NAMED_KEYS)):
            return None  # (every introduction holds one of these words: a substring test before the pattern, tried at every position)
        found = None
        for found in NAMED_AS.finditer(self.masked, lo, pos):
            pass
        return found

    def _link_description(self, i: int, m: Mention) -> None:
        """'an officer identified by the agency only as a senior lieutenant from the Chelyabinsk
        region': the identifying description names the person (until a real name is given)."""
        intro = self._last_named_as(m.start)
        if intro is None or intro.end() != m.start or not intro.group(0).lower().startswith(("identified", "known")):
            return
        prev = next((p for p in reversed(self.mentions[:i]) if p.end <= intro.start()), None)
        if prev is not None and (prev.role == "intelligence_agency" or prev.head in INSTITUTION_HEADS):
            # "a man HUR identified as a sergeant ...": the agency identifies; the man before it is described
            k = self.mentions.index(prev)
            prev = self.mentions[k - 1] if k and not self.masked[self.mentions[k - 1].end:prev.start].strip() else None
            gap_end = self.mentions[k].start
        else:
            gap_end = intro.start()
        if prev is None or prev.kind in ("pronoun", "name") or prev.plural or self.masked[prev.end:gap_end].strip():
            return
        entity = self.resolve(prev)
        if entity is not None and (m.start, m.end) not in self.mention_entity:
            self.mention_entity[(m.start, m.end)] = entity
            if self.entities[entity].name is None:
                self.entities[entity].name = m

    def attribute_all(self) -> list[Attribution]:
        self._link_names()
        for idx, q in enumerate(self.quotes):
            att = self._nested(idx, q) if q.depth else self._top(idx, q)
            if not q.depth and att.method in speaker_ranker.TURN_METHODS and (self.rank_turns or self.turn_decisions is not None):
                cascade = att.entity
                att.entity, att.ranked = self._ranked_turn_speaker(idx, att)
                att.ranker_agrees = att.entity == cascade
            if att.mention is not None and att.entity is None:
                self.pronoun_step = "resolved_earlier"  # kept when resolve() answers from its memo
                att.entity = self.resolve(att.mention)
                if not q.depth and att.mention.kind == "pronoun" and att.method in speaker_ranker.RANKED_METHODS \
                        and (self.rank_pronouns or self.pronoun_decisions is not None):
                    cascade = att.entity
                    att.entity, att.ranked = self._ranked_pronoun_speaker(idx, att.mention, att.entity)
                    att.pronoun_step, att.ranker_agrees = self.pronoun_step, att.entity == cascade
                if q.depth and att.mention.kind == "pronoun":
                    # 'The sergeant showed us once. Then he said: "Go ..."': the person the parent quote names
                    inner = self._person_in_parent(q, att.mention)
                    if inner is not None:
                        att.entity = inner
                if q.depth and att.mention.kind != "pronoun" and att.entity is not None:
                    self._name_by_first_occurrence(att.entity, att.mention)
                if q.depth and att.mention.kind == "pronoun" and att.entity == self.results[q.parent].entity:
                    # inside a quote, "she said" is never the quote's own speaker (she would say "I")
                    att.entity = self._other_than(att.mention, self.results[q.parent].entity, self.quotes[q.parent].open_pos)
            self.results.append(att)
        self._drop_title_case_names()
        self._repeated_headline_quotes()
        self._name_the_last_speaker()
        self._headline_speaker_named_in_body()
        return self.results

    def _name_by_first_occurrence(self, entity: int, m: Mention) -> None:
        """'"But what did the doctor say?" his mother asks.' then '"The doctor said, 'Hold a rifle'"': a
        person first described inside a quote and found by a nested quote's cue is named, like every
        speaker, by the first occurrence of that description, wherever it stands."""
        e = self.entities[entity]
        if e.first != m or e.name is not None or m.kind == "name":
            return  # a person the reporter's text (or a name) already introduces
        first = re.compile(rf"(?<!\w){re.escape(m.text)}(?!\w)", re.IGNORECASE).search(self.text, 0, m.start)
        if first is not None:
            e.first = Mention(first.start(), first.end(), first.group(0), m.head, m.role, m.gender, m.plural, m.kind)

    def _ranked_turn_speaker(self, idx: int, att: Attribution) -> tuple[int | None, bool]:
        """The speaker of a cueless quote paragraph, and whether the ranker chose it."""
        if self.turn_decisions is not None:
            self.turn_decisions.append((idx, speaker_ranker.turn_candidate_features(self, idx, att.entity, att.method),
                                        att.entity, att.method))
        if not self.rank_turns or att.method not in speaker_ranker.RANKED_TURN_METHODS:
            return att.entity, False
        return speaker_ranker.rank_turn(self, idx, att.entity, att.method), True

    def _ranked_pronoun_speaker(self, idx: int, pronoun: Mention, cascade: int | None) -> tuple[int | None, bool]:
        """The person of a cue verb's pronoun subject, and whether the ranker chose it."""
        if self.pronoun_decisions is not None:
            self.pronoun_decisions.append((idx, pronoun, speaker_ranker.candidate_features(self, idx, pronoun, cascade, self.pronoun_step),
                                           cascade, self.pronoun_step))
        if not self.rank_pronouns or self.pronoun_step not in speaker_ranker.RANKED_STEPS:
            return cascade, False
        chosen = speaker_ranker.rank(self, idx, pronoun, cascade, self.pronoun_step)
        self.mention_entity[(pronoun.start, pronoun.end)] = chosen  # later readers of this pronoun agree
        return chosen, True

    def _identified_as(self, m: Mention) -> re.Match | None:
        """'identified the soldier as' / 'named him as' ending within 60 characters before the name m
        (a substring test first: the pattern needs "identif..." or "name..." in that window)."""
        window = self.masked[max(0, m.start - 60):m.start]
        if "identif" not in window and "name" not in window:
            return None
        return IDENTIFIED_AS.search(self.masked, max(0, m.start - 60), m.start)

    def _name_the_last_speaker(self) -> None:
        """'"...," he says. / The SBU identified him as Roman Telegin': a name given to "him" or "her"
        after a quote names that quote's speaker, when nothing named him before (the pronoun is
        resolved only now that the quotes have their speakers)."""
        naming = {id(e.name) for e in self.entities if e.name is not None}
        speaking = {a.entity for a in self.results if a.entity is not None}
        for m in self.mentions:
            if m.kind != "name":
                continue
            identified = self._identified_as(m)
            if identified is None or not _only_titles(self.masked[identified.end():m.start]):
                continue
            holder = self.mention_entity.get((m.start, m.end)) if id(m) in naming else None
            described = identified.group(1).lower()
            if described in ("him", "her") and holder is None:
                gender = "m" if described == "him" else "f"
            elif described.startswith("the ") and re.split(r"\s+(?:in|on)\s+the\s+", described)[0].split()[-1] in _THE_VOICE_HEADS \
                    and holder is not None \
                    and holder not in speaking and not self.entities[holder].plural:
                # 'The SBU identified the man as Denis Shalamov' after his quotes, when "the man" was
                # taken (before any quote had a speaker) for someone who never speaks: the speaker
                gender = self.entities[holder].gender
            else:
                continue
            j = next((j for j in range(len(self.results) - 1, -1, -1) if self.quotes[j].depth == 0
                      and self.quotes[j].close_end <= m.start and self.results[j].entity is not None), None)
            if j is None or _OTHER_CALL.search(self.masked, self._sentence_start(m.start), m.start):
                continue  # not "used the phone number from the first call ... to identify him"
            # a person introduced in this or the previous sentence, after that quote, is "him" ('The
            # second call was between a soldier and his wife. HUR identified him as ...'); else the
            # speaker of the quote right before
            lo = max(self.quotes[j].close_end, self._sentence_start(max(0, self._sentence_start(m.start) - 1)))
            # (or the subject of the sentence before: 'The soldier says boats only cross at night. The Navy
            # identified him as ...')
            newer = [p for p in self.mentions if lo <= p.start < identified.start()
                     and (p.kind in ("indefinite", "name") or p.kind == "definite" and self._is_subject(p))
                     and not p.plural and p.role in ("soldier", "civilian", "relative")
                     and (gender is None or p.gender in (gender, None))]
            if not newer and self._paragraph_of(m.start) - self.quotes[j].paragraph_end_index > 1:
                continue
            if newer:
                last = self._entity_of_prior_mention(newer[0])
            else:
                # the latest speaker of the quotes just before whom the words fit ("Don't sign anything,
                # Artyom," his mother answered / "The S.B.U. identified the soldier as Artyom ...": the son)
                p_lo = self.quotes[j].paragraph_index - 3
                last = next((e for k in range(j, -1, -1) if self.quotes[k].depth == 0 and self.quotes[k].paragraph_index >= p_lo
                             and (e := self.results[k].entity) is not None and self._private(e)
                             and (gender is None or self.entities[e].gender in (gender, None)) and not self.entities[e].plural),
                            self.results[j].entity)
            entity = self.entities[last]
            if (entity.name is None or entity.name.kind != "name") and self._private(last) \
                    and (gender is None or entity.gender in (gender, None)) and not entity.plural:
                entity.name = m
    def _drop_title_case_names(self) -> None:
        """In a Title Case headline ("'Nobody Goes for the Bodies': Intercepted Call Reveals ...") every
        word is capitalised, so a "name" found there is only words: no speaker, unless the body names
        the same person."""
        if not self.paragraphs:
            return
        p_start, p_end = self.paragraphs[0]
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", self.masked[p_start:p_end]) if len(w) > 3]
        if len(words) < 5 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
            return
        body = self.masked[p_end:]
        for idx, q in enumerate(self.quotes):
            att = self.results[idx]
            if q.paragraph_index == 0 and att.mention is not None and att.mention.kind == "name" \
                    and att.mention.start < p_end and att.mention.text not in body:
                self.results[idx] = Attribution()

    def _headline_speaker_named_in_body(self) -> None:
        """'"Nobody cares about us": Putin's soldier begs wife' over a body that introduces 'a Russian
        soldier' and names him ('The SBU identified him as Anton Gromov'): a headline speaker who
        appears nowhere in the body is the person of that role the body introduces first, when the
        body names that person (else the headline's words stay the speaker's name, as the first mention)."""
        if len(self.paragraphs) < 2:
            return
        headline_end = self.paragraphs[0][1]  # the headline line (a standfirst under it may name the person)
        in_body = {entity for (start, _), entity in self.mention_entity.items() if start >= headline_end and entity is not None}
        in_body |= {a.entity for q, a in zip(self.quotes, self.results) if q.start >= headline_end and a.entity is not None}
        for idx, q in enumerate(self.quotes):
            att = self.results[idx]
            if q.depth or q.end > headline_end or att.entity is None or att.entity in in_body:
                continue
            e = self.entities[att.entity]
            if e.name is not None or e.plural or e.first.start >= headline_end:
                continue
            body = sorted((o.first.start, k) for k, o in enumerate(self.entities) if k in in_body and o.first.start >= headline_end
                          and o.role == e.role and not o.plural)
            if body:
                first = self.entities[body[0][1]]
                if first.name is not None and first.name.kind == "name" and (e.gender is None or first.gender in (None, e.gender)):
                    att.entity = body[0][1]

    def _repeated_headline_quotes(self) -> None:
        """A headline quote that the body quotes again ("'Our feet are black': Russian soldiers
        complain ..." then '"Our feet are black. Three guys ...," he says') has the body quote's
        speaker, unless the headline itself named one person."""
        headline_end = self._headline_end() if self.paragraphs else 0
        for idx, q in enumerate(self.quotes):
            if q.depth or q.end > headline_end:
                continue
            att = self.results[idx]
            if att.entity is not None and not self.entities[att.entity].plural:
                continue
            words = _normal_words(self.text[q.start:q.end])
            if len(words.split()) < 2:
                continue  # a one-word headline term ('Mum') is not a repeated quote
            # the tightest body quote with those words: a nested order ("walk the field first", said by the
            # lieutenant inside the soldier's quote) rather than the quote around it
            twins = [j for j in range(idx + 1, len(self.quotes)) if self.quotes[j].start > headline_end
                     and self.results[j].entity is not None
                     and words in _normal_words(self.text[self.quotes[j].start:self.quotes[j].end])]
            if twins:
                j = min(twins, key=lambda j: (self.quotes[j].end - self.quotes[j].start, j))
                self.results[idx] = Attribution(None, None, "repeated_quote", self.results[j].entity,
                                                self.results[j].ranked)

    def _top(self, idx: int, q: QuoteSpan) -> Attribution:
        text = self.masked
        open_pos, close_end = q.open_pos, q.close_end  # (properties, read many times below)
        p_start, p_end = self.paragraphs[q.paragraph_end_index]
        after_hi = self._next_top_start(idx)
        after_hi = p_end if after_hi is None or after_hi > p_end else after_hi
        sentence_lo = max(self._sentence_start(open_pos), self.paragraphs[q.paragraph_index][0])
        lead_in = text[sentence_lo:open_pos].strip()
        # Words embedded in the reporter's sentence ('said the recordings exposed the "lies" Moscow
        # tells') belong to the sentence's reporting subject, not to a clause that follows them.
        words = self.text[q.start:q.end]
        embedded = lead_in != "" and not lead_in.endswith((":", ",")) and (
            not words.rstrip().endswith(_END_PUNCT) or words[:1].islower())  # 'because "at least there they pay."'

        # 'she answers: "Then write a complaint." He just laughs.': the introducing cue is the evidence
        introduced = lead_in.endswith((":", ",")) and _has_cue_verb(tokenize(lead_in[-60:])[-4:])
        headline = self._headline_speaker(q) if q.paragraph_index == 0 or self._entry_title(q) else None
        if headline is not None:
            return headline
        label = self._turn_label(q)
        if label is not None:
            return label
        # '"like two schoolboys comparing detentions", in the words of one Ukrainian official' and
        # 'as one of the brigade's officers put it to me, "good for the public"': the person named
        if (words_of := _IN_THE_WORDS_OF.match(text, close_end)) is not None:
            m = self._mention_at(words_of.end(), after_hi)
            if m is not None:
                cue_start = words_of.start() + words_of.group(0).index("in")
                return Attribution(m, (cue_start, cue_start + len(words_of.group(0).strip(", \t\n"))), "cue_after")
        elif (text.find("put", sentence_lo, open_pos) != -1 or text.find("phrase", sentence_lo, open_pos) != -1) \
                and (put_it := _AS_X_PUT_IT.search(text, sentence_lo, open_pos)) is not None:  # (its verb first, by a substring test)
            m = self._mention_at(put_it.start(1), put_it.end(1))
            if m is not None and m.end == put_it.end(1):
                return Attribution(m, (put_it.start(), put_it.start() + 2), "cue_before")
        elif (as_said := _AS_X_SAID.match(text, sentence_lo, open_pos)) is not None:
            # 'As Professor Alan Whitcombe, who teaches journalism ethics, reminded me: "..."'
            titles = _TITLES_BEFORE_NAME.match(text, as_said.start(1))
            m = self._mention_at(titles.end() if titles else as_said.start(1), as_said.end(1))
            rest = text[m.end:as_said.end(1)] if m is not None else ""
            if m is not None and (not rest.strip() or (c := APPOSITIVE.match(rest) or _WHO_CLAUSE.match(rest)) and c.end() >= len(rest.rstrip())):
                return Attribution(m, (as_said.start(2), as_said.end(2)), "cue_before")
        # (the agent first: a cheap match that mostly fails, before a pattern tried at every position)
        if embedded and (agent := _BY_AGENT.match(text, close_end)) \
                and (by := _PASSIVE_NAMING.search(text, max(sentence_lo, open_pos - 40), open_pos)):
            # 'Its organisers were later labelled "foreign agents" by the Russian justice ministry': the agent
            m = self._mention_at(agent.end(), after_hi)
            if m is not None:
                return Attribution(m, (by.start(1), by.end(1)), "cue_before")
        if embedded:
            relayed = _REPORTER_ASIDE.search(text, sentence_lo, open_pos)
            if relayed:
                # 'The enlistment office in Angarsk, she said, told her it had "no information"': the
                # aside names who relayed it; the subject before it said the words
                subject = next((m for m in self._mentions_in(sentence_lo, relayed.start())
                                if m.start == sentence_lo and m.end == relayed.start()), None)
                if subject is not None:
                    return Attribution(subject, None, "sentence_subject")
            aside = _PARENTHETICAL_CUE.search(text, sentence_lo, open_pos)
            if aside:
                m = self._mention_at(aside.end(), open_pos)
                if m is not None and text[m.end:m.end + 1] == ",":
                    # 'Some of them, notes a European intelligence official, are "too perfect"'
                    return Attribution(m, (aside.start(1), aside.end(1)), "cue_after")
            # 'sent to what commanders call the "pit"', 'what Moscow calls its "special military operation"'
            what_lo = max(sentence_lo, open_pos - 80)
            naming = _WHAT_X_CALLS.search(text, what_lo, open_pos) if text.find("what", what_lo, open_pos) != -1 \
                or text.find("which", what_lo, open_pos) != -1 else None  # (its first word by a substring test first)
            if naming:
                m = self._mention_at(naming.start(1), naming.end(1))
                if m is not None and m.end == naming.end(1):
                    return Attribution(m, (naming.start(2), naming.end(2)), "cue_before")
            # "According to HUR, cases of "friendly fire" have ...", "According to him, the shotgun ..."
            acc = _SENTENCE_ACCORDING.match(text, sentence_lo)
            if acc:
                m = self._according_source(acc.end(), open_pos)
                if m:
                    # 'According to him, the commander has promised that ... "first in line"': the words are
                    # what the clause's own subject says, which the source only reports
                    comma = text.find(",", m.end, open_pos)
                    inner = None
                    if comma >= 0:
                        clause = comma + 1
                        while clause < open_pos and text[clause].isspace():
                            clause += 1
                        inner = self._sentence_subject(clause, open_pos)
                    if inner is not None:
                        return Attribution(inner, None, "sentence_subject")
                    return Attribution(m, (acc.start(), acc.start() + len("according to")), "cue_before")
            # 'Orekhov also says several men have asked to transfer because "..."': when the nearest cue's
            # subject sits inside what an earlier reporting verb reports, the main reporter speaks
            att = self._cue_before(text, sentence_lo, open_pos, self.mentions)
            if att and att.mention:
                before_subject = self._token_before(att.mention.start, att.mention.start - 20)
                if before_subject and before_subject[0].lower in _MAIN_REPORTING | {"that"}:
                    if self.masked[att.cue[0]:att.cue[1]].lower() in _PLAIN_SAYING \
                            and not _CLAUSE_BREAK.search(text, att.cue[1], open_pos):
                        # 'a soldier tells his mother that his commander ... told them to keep it "for
                        # yourself"': the words are what the reported speaker said, in his own clause
                        return att
                    main = self._main_reporter(text, sentence_lo, open_pos)
                    if main is not None and main.mention is not att.mention:
                        return main
                    if before_subject[0].lower == "that" and self.masked[att.cue[0]:att.cue[1]].lower() not in _MAIN_REPORTING:
                        # 'a call in which a Russian soldier told his wife that his commander had demanded
                        # ... "far from the zero line"': the reporter of the "that" clause
                        outer = self._cue_before(text, sentence_lo, before_subject[0].start, self.mentions)
                        if outer and outer.mention and self.masked[outer.cue[0]:outer.cue[1]].lower() in _MAIN_REPORTING:
                            return outer
                return att
        # (embedded words got here only when that same cue search, a pure function of the span, found
        # no subject: it would find none again)
        if introduced and not embedded:
            att = self._cue_before(text, sentence_lo, open_pos, self.mentions)
            if att and att.mention:
                return att
        if lead_in.endswith(",") and (acc := _SENTENCE_ACCORDING.match(text, sentence_lo)):
            # 'According to Dmitry Peskov, the Kremlin spokesman, "the operation continues"': the source
            # and nothing but its appositive before the quote ('According to her, "...')
            m = self._according_source(acc.end(), open_pos)
            if m is not None and (text[m.end:open_pos].strip() == ","
                                  or (ap := APPOSITIVE.match(text, m.end)) and not text[ap.end():open_pos].strip()):
                return Attribution(m, (acc.start(), acc.start() + len("according to")), "cue_before")
        if embedded:
            # 'Hungary, which has delayed ..., last week called new sanctions "unrealistic"': words
            # embedded in a sentence with no reporting cue belong to the subject that opens it
            subject = self._sentence_subject(sentence_lo, open_pos) or self._unlisted_subject(sentence_lo, open_pos)
            if subject is not None:
                return Attribution(subject, None, "sentence_subject")
        if lead_in.endswith(":") and not introduced:
            # 'The soldier from Bashkortostan ends his call with a request: "..."': the sentence's subject
            # ('Sen. Mark Dellinger (R-Neb.), a member of ..., shared the clip with the message: "..."')
            named = name_after(text, sentence_lo, open_pos, self.words)
            titled = named is not None and bool(self._tok(text, sentence_lo, named.start)) \
                and self._tok(text, sentence_lo, named.start)[0].lower in TITLES
            if named is not None and titled and len(named.text.split()) >= 2 \
                    and not self._tok(text, sentence_lo, named.start)[1:] \
                    and self._sentence_subject(sentence_lo, open_pos, any_verb=True) is not None:
                return Attribution(named, None, "cue_before")
            opener = _LEADING_CONJUNCTION.match(text, sentence_lo)  # 'But the soldier hit back: "..."'
            first = opener.end() if opener else sentence_lo
            subject = next((m for m in self._mentions_in(sentence_lo, open_pos)
                            if m.start == first and (m.kind != "pronoun" or m.head in ("he", "she"))
                            and self._is_subject(m)), None)  # 'He cuts her off: "Mama, ..."' 
            if subject is not None:
                return Attribution(subject, None, "cue_before")
        att = self._cue_after(text, close_end, after_hi, self.mentions)
        if att and att.mention:
            return att
        prev_idx = self._prev_top(idx)
        prev = self.quotes[prev_idx] if prev_idx is not None else None
        prev_att = self.results[prev_idx] if prev_idx is not None else None
        first_p_start = self.paragraphs[q.paragraph_index][0]
        # A cue of its own before the quote, after the previous quote and its attribution:
        # '"A," he says. His wife replies: "B."'
        lo = max(self._sentence_start(open_pos), first_p_start)
        if prev is not None and prev.close_end > lo:
            lo = prev.close_end
        if prev_att is not None and prev_att.cue and prev_att.cue[1] > lo and prev_att.cue[1] < q.start:
            lo = prev_att.cue[1]
        if prev is not None and prev.paragraph_end_index == q.paragraph_index and prev_att.method == "cue_after" \
                and prev_att.cue and prev.close_end <= prev_att.cue[0] < q.start \
                and self._sentence_end(prev_att.cue[1]) >= open_pos and not text[lo:open_pos].rstrip().endswith((":", ",")):
            # '"A," the soldier says in the recording, which the agency posted on Monday. "B."': the rest of
            # the cue's sentence, however long, only describes it (not '..., who replied: "B."')
            return Attribution(prev_att.mention, prev_att.cue, "interrupted", prev_att.entity, prev_att.ranked)
        att = self._cue_before(text, lo, open_pos, self.mentions)
        if att and att.mention:
            return att
        if prev is not None and prev.paragraph_end_index == q.paragraph_index:
            gap = text[prev.close_end:open_pos]
            if (prev_att.method == "cue_after" and prev_att.cue and prev.close_end <= prev_att.cue[0] < q.start
                    and len(tokenize(gap)) <= self.max_between):
                return Attribution(prev_att.mention, prev_att.cue, "interrupted", prev_att.entity, prev_att.ranked)
            if prev_att.entity is not None and prev.close_end >= self._sentence_start(open_pos) \
                    and prev_att.method in ("cue_before", "same_sentence"):
                # several quoted fragments under one cue: 'He brands the war a "circus" and the generals "clowns"'
                return Attribution(None, prev_att.cue, "same_sentence", prev_att.entity, prev_att.ranked)
        if text[first_p_start:open_pos].strip() == "":
            return self._unattributed_paragraph(idx, q)
        # '... "reduced to a third of its strength" since January, according to Pylypenko, who ...'
        acc = _ACCORDING_ANYWHERE.search(text, close_end, min(self._sentence_end(close_end), after_hi))
        if acc:
            ms = self._mentions_in(acc.end(), after_hi)
            m = ms[0] if ms and ms[0].start == acc.end() else name_after(text, acc.end(), after_hi, self.words)
            if m:
                return Attribution(m, (acc.start(), acc.start() + len("according to")), "cue_after")
        return Attribution(None, att.cue if att else None, "none")

    def _unattributed_paragraph(self, idx: int, q: QuoteSpan) -> Attribution:
        """A paragraph that is only a quote: the next turn of a dialogue, or the same speaker going on.

        It is the other participant's turn when the quote addresses the last speaker ("The telly
        lies, Mum"), answers a question, asks one, or follows a turn that was itself inferred this
        way; otherwise the last speaker goes on. The other participant must already have spoken in
        this call, and both must be private people (soldiers, relatives, civilians)."""
        lead_in = self._lead_in_paragraph(q)
        if lead_in is not None:
            return lead_in
        tops = [(j, self.quotes[j]) for j in range(idx) if self.quotes[j].depth == 0 and self.results[j].entity is not None]
        if not tops:
            return Attribution()
        j, last = tops[-1]
        if q.paragraph_index - last.paragraph_end_index > self.max_gap:
            return Attribution()
        last_att = self.results[j]
        speaker = last_att.entity
        other = self._other_participant(tops, speaker)
        addressed = self._addressed(q)
        words = self.text[q.start:q.end]
        short_line = len(words.split()) <= 20 and q.paragraph_end_index == q.paragraph_index
        # a short question right after a statement: "Lord. And the doctors don't say anything?"
        asks_back = short_line and words.rstrip().endswith("?") and not self.text[last.start:last.end].rstrip().endswith("?") \
            and q.paragraph_index - last.paragraph_end_index <= 1
        if other is None and (speaker in addressed or _SECOND_PERSON.search(words) and "?" in words and short_line or asks_back):
            # "Sometimes, Mama." after the mother's question, "Can you find a microwave?" after the
            # soldier's words: the person the last speaker is talking to
            other = self._mentioned_participant(q.open_pos, speaker)
        if other is not None and q.paragraph_index - last.paragraph_end_index <= 1:
            words = self.text[q.start:q.end]
            if speaker in addressed or other not in addressed and (
                    self.text[last.start:last.end].rstrip().endswith("?") or words.rstrip().endswith("?")
                    or last_att.method == "dialogue_turn"
                    # the last turn was a bare dialogue line ('"Then don't go out," his wife answers.')
                    or self._dialogue_line(last) and last.paragraph_end_index == q.paragraph_index - 1
                    # a reply that speaks to the last speaker: 'His wife begs him: "..."' / "I'm telling you the truth."
                    or _SECOND_PERSON.search(words) and last.paragraph_end_index == q.paragraph_index - 1):
                return Attribution(None, None, "dialogue_turn", other)
        return Attribution(None, None, "previous_speaker", speaker)

    def _sentence_subject(self, lo: int, hi: int, any_verb: bool = False) -> Mention | None:
        """The noun phrase or name that opens the sentence at `lo`, when its verb follows it (after
        an appositive, a relative clause, time phrases or auxiliaries) before `hi`."""
        text = self.masked
        if (dateline := _DATELINE.match(text, lo, hi)) is not None:
            lo = dateline.end()  # "MOSCOW, May 6 (Reuters) - The Kremlin on Monday dismissed as ..."
        m = self._mention_at(lo, hi)
        if m is None and (opener := _LEADING_ADVERBIAL.match(text, lo, hi)) is not None:
            m = self._mention_at(opener.end(), hi)  # "Near the end of the call, Korobov promises Alina that ..."
        if m is not None and m.kind == "name" and m.text.endswith(("'s", "’s")):
            return None  # "Ukraine's human rights commissioner ...": the owner is not the subject
        if m is None or m.plural and m.kind == "bare" and m.role != "military_unit" and len(m.text.split()) < 2:
            return None  # "Soldiers call it ...": a generic group, not a source ("Russian military bloggers" are)
        pos = m.end
        paren = PAREN_AFTER.match(text, pos)
        if paren:  # "Sen. Karen Whitlock (D-Minn.), who met ...", "The Ministry of Defense (MoD) claimed"
            pos = paren.end()
        clause = APPOSITIVE.match(text, pos) or _WHO_CLAUSE.match(text, pos) or _DASH_ASIDE.match(text, pos) \
            or _FOR_THEIR_PART.match(text, pos)
        if clause and clause.end() > hi:
            # 'Russia, which calls its invasion a "special military operation", has not commented':
            # the words sit inside the subject's own relative clause
            if not re.match(r",\s+(?:who|which)\s", text[pos:pos + 10]):
                return None
        else:
            if clause:
                pos = clause.end()
            while (adverbial := _ADVERBIAL.match(text, pos)) or text[pos:pos + 1] == " ":
                pos = adverbial.end() if adverbial else pos + 1
            verb = self._token_after(pos, hi)
            if not verb or verb[0].start != pos or not verb[0].text[0].islower() or verb[0].lower in DETERMINERS \
                    or verb[0].lower in FUNCTION_WORDS - {"is", "was", "has", "had", "have", "will", "would"}:
                return None
        if any_verb:
            return m
        # the subject must say something: 'Drones have turned the "grey zone" into ...' is the reporter's term
        # ("calls" and "called" only as verbs: after the subject, "which" or auxiliaries, not in
        # "intercepted calls of conscripts" or "the call sign")
        tokens = self._tok(text, m.end, hi)
        if clause and clause.end() > hi:
            tokens, pos = tokens[1:], tokens[0].end + 1  # after "which": its verb
        for i, t in enumerate(tokens):
            if t.lower not in FRAGMENT_VERBS:
                continue
            if t.lower not in _NOUN_LIKE_CUES:
                return m
            k = i
            while k > 0 and (tokens[k - 1].lower in BETWEEN_SUBJECT_AND_CUE or tokens[k - 1].lower.endswith("ly")):
                k -= 1
            if k == 0 and not text[m.end:tokens[0].start].strip(" ,") or k > 0 and tokens[k - 1].lower in ("which", "who", "that") \
                    or tokens[k].start == pos:
                return m
        return None

    def _unlisted_subject(self, lo: int, hi: int) -> Mention | None:
        """'The Tomsk regional administration said ... that the payments were "..."': the noun phrase that
        opens the sentence, though the lexicon knows no head in it, before a verb that puts words in a
        subject's mouth (after auxiliaries and adverbs, or a ", which ...," clause)."""
        text = self.masked
        if (dateline := _DATELINE.match(text, lo, hi)) is not None:
            lo = dateline.end()
        tokens = self._tok(text, lo, min(hi, lo + 200))
        if not tokens or not tokens[0].text[0].isupper() or tokens[0].lower in PRONOUNS or tokens[0].lower in _NOT_A_SUBJECT:
            return None
        np_end, skip_to, skipped = None, -1, 0
        for i, t in enumerate(tokens[:30]):
            if t.start < skip_to:
                skipped += 1  # (the clause's words do not count towards the distance to the verb)
                continue
            gap = text[tokens[i - 1].end:t.start] if i and t.start != skip_to else ""
            if gap.strip() == ",":
                clause = _WHO_CLAUSE.match(text, tokens[i - 1].end) or APPOSITIVE.match(text, tokens[i - 1].end)
                if clause is None or np_end is not None or i > 10:
                    return None
                np_end, skip_to = i, clause.end()  # the noun phrase ends before its clause: "The Bank of Russia, which ..., said"
                continue
            if gap.strip():
                return None
            if i - skipped - (np_end or 0) > 12:
                return None
            if i and t.lower in FRAGMENT_VERBS:
                k = i
                while k > 0 and (tokens[k - 1].lower in BETWEEN_SUBJECT_AND_CUE or tokens[k - 1].lower.endswith("ly")):
                    k -= 1
                if t.lower in _NOUN_LIKE_CUES - {"called"} and k == i or any(w.lower in COPULAS for w in tokens[k:i]):
                    return None  # "intercepted calls", or a passive: 'These recordings are hailed as a "turning point"'
                end = min(k, np_end) if np_end is not None else k
                words = tokens[:end]
                if not words or any(w.lower in FUNCTION_WORDS - _NP_INNER_WORDS or w.lower in PRONOUNS for w in words) \
                        or words[-1].lower in _NP_INNER_WORDS or words[-1].lower in DETERMINERS:
                    return None
                named = next((n for n in self._mentions_in(words[0].start, words[-1].end)
                              if n.kind == "name" and n.end == words[-1].end and n.start > words[0].start
                              and (office := [w for w in words if w.end <= n.start]) and office[-1].text.islower()
                              and office[-1].lower not in FUNCTION_WORDS), None)  # (not "The Bank of Volga Credit")
                if named is not None:
                    return named  # "Ukraine's human rights commissioner Oksana Voronyuk said": the name after the office
                head = words[-1].lower
                role = "official" if head in _BODY_HEADS or any(w.lower in _BODY_HEADS - {"state"} for w in words) else "other"
                return Mention(words[0].start, words[-1].end, self.text[words[0].start:words[-1].end], head, role, None,
                               head.endswith("s") and not head.endswith("ss"), "definite" if words[0].lower == "the" else "bare")
            if np_end is None and t.lower in FUNCTION_WORDS - _NP_INNER_WORDS - BETWEEN_SUBJECT_AND_CUE:
                return None
        return None

    def _main_reporter(self, text: str, lo: int, hi: int, pronouns: bool = False,
                       pool: list[Mention] | None = None) -> Attribution | None:
        """The first subject of the sentence directly followed by a reporting verb: 'X (also) says ...',
        'In the recording, X says ...'. Pronouns are skipped unless `pronouns`."""
        for m in self._mentions_in(lo, hi, pool):
            if m.kind == "pronoun" and not pronouns:
                continue
            aside = APPOSITIVE.match(text, m.end)  # "Anna Kowalska, a researcher at ..., said"
            for tok in self._tok(text, aside.end() if aside and aside.end() < hi else m.end, hi)[:3]:
                if tok.lower in _MAIN_REPORTING or tok.lower in CUE_VERBS and tok.lower not in _NOUN_LIKE_CUES:
                    return Attribution(m, (tok.start, tok.end), "cue_before")
                if tok.lower not in BETWEEN_SUBJECT_AND_CUE and not tok.lower.endswith("ly"):
                    break
            return None  # only the first mention of the sentence can be its main subject
        return None

    def _turn_label(self, q: QuoteSpan) -> Attribution | None:
        """A transcript turn: 'Soldier: "Mum, don't cry."', 'MOTHER: "..."': the label names the speaker,
        as "the soldier" would."""
        p_start = self.paragraphs[q.paragraph_index][0]
        label = _LABEL.fullmatch(self.masked, p_start, q.open_pos)
        if label is None:
            # 'Quote from the occupier: "..."': a label that is a noun phrase, with no verb
            lead = self.masked[p_start:q.open_pos]
            if not lead.rstrip().endswith(":") or len(lead.split()) > 6 or _has_cue_verb(tokenize(lead)):
                return None
            ms = [m for m in self._mentions_in(p_start, q.open_pos) if m.kind != "pronoun"]
            if ms and not self.masked[ms[-1].end:q.open_pos].strip(" :"):
                return Attribution(ms[-1], None, "cue_before")
            return None
        word = label.group(1).lower()
        if word == "quote":
            # Ukrainska Pravda's "Details: The soldier ... says ..." then "Quote: "...""
            return self._lead_in_paragraph(q) or self._details_subject(q)
        if word in HEADS:
            role, gender, plural = HEADS[word]
            m = Mention(label.start(1), label.end(1), self.text[label.start(1):label.end(1)], word, role, gender, plural, "definite")
            return Attribution(m, None, "cue_before")
        return None

    def _details_subject(self, q: QuoteSpan) -> Attribution | None:
        """'Details: His mother asks whether ... had any training.' then 'Quote: "..."': the answer is the
        other participant's; 'Details: ... The soldier objects.' then 'Quote: "..."': that sentence's
        subject speaks, though its verb is no reporting cue (and the paragraph may hold a fragment)."""
        if q.paragraph_index == 0:
            return None
        p_start, p_end = self.paragraphs[q.paragraph_index - 1]
        lo = max(p_start, self._sentence_start(max(p_end - 1, p_start)))
        if (label := _LABEL.match(self.masked, lo, p_end)) is not None and label.group(1).lower() == "details":
            lo = label.end()
        att = self._cue_before(self.masked, lo, p_end, self.mentions)
        if att is not None and att.mention is not None and self.masked[att.cue[0]:att.cue[1]].lower() in QUESTION_CUES \
                and att.mention.start == lo and (asker := self.resolve(att.mention)) is not None:
            answerer = self._mentioned_participant(lo, asker)
            return Attribution(None, None, "dialogue_turn", answerer) if answerer is not None else None
        subject = self._sentence_subject(lo, p_end, any_verb=True)
        return Attribution(subject, None, "cue_before") if subject is not None and subject.kind != "pronoun" else None

    def _entry_title(self, q: QuoteSpan) -> bool:
        """A live blog's entry title: a short paragraph that is only 'Name: "quote"' (no full stop
        outside the quote), under a time stamp ('11:05')."""
        p = q.paragraph_index
        p_start, p_end = self.paragraphs[p]
        return p > 0 and q.paragraph_end_index == p and p_end - p_start <= 120 and q.close_end >= p_end - 1 \
            and _TIME_STAMP.fullmatch(self.text[self.paragraphs[p - 1][0]:self.paragraphs[p - 1][1]].strip()) is not None

    def _headline_speaker(self, q: QuoteSpan) -> Attribution | None:
        """Headlines (and a live blog's entry titles) attribute with a colon and no verb: "Russian tankman:
        'We have no fuel'"."""
        p_start, p_end = self.paragraphs[q.paragraph_index]
        if len(self.paragraphs) < 2 or q.paragraph_index == 0 and self.text[p_start:p_end].rstrip().endswith((".", "!", "?")):
            return None
        lead = self.masked[p_start:q.open_pos]
        if not lead.rstrip().endswith(":") or _has_cue_verb(tokenize(lead)):
            return None  # "Russian paratrooper says of commanders: ..." has a verb: the usual rules apply
        ms = [m for m in self._mentions_in(p_start, q.open_pos) if m.kind != "pronoun"]
        if ms and not lead[ms[-1].end - p_start:].strip(" :"):
            return Attribution(ms[-1], None, "cue_before")
        named = name_after(self.masked, p_start, q.open_pos, self.words) if not ms else None
        if named is not None and named.start == p_start and not lead[named.end - p_start:].strip(" :"):
            return Attribution(named, None, "cue_before")  # "Zelensky: 'We will not give up Pokrovsk'"
        # "Russian paratrooper in intercepted call: '...'": the headline's first person
        people = [m for m in ms if m.role in ("soldier", "relative", "civilian") and m.start == p_start]
        if people:
            return Attribution(people[0], None, "cue_before")
        return None

    def _lead_in_paragraph(self, q: QuoteSpan) -> Attribution | None:
        """'the soldier ... describes how his crew abandoned their vehicle.' followed by a paragraph
        that is only a quote: the quote is what the previous paragraph's last sentence announces.
        Only when that paragraph has no quote of its own (else it is a dialogue)."""
        p = q.paragraph_index - 1
        if p < 0:
            return None
        p_start, p_end = self.paragraphs[p]
        if self._top_quote_opens_in(p_start, p_end):
            return None
        last_sentence = max(p_start, self._sentence_start(max(p_end - 1, p_start)))
        att = self._cue_before(self.masked, last_sentence, p_end, self.mentions)
        if att is None or att.mention is None or att.mention.kind == "pronoun" and att.mention.start != last_sentence:
            return None
        if self.masked[att.cue[0]:att.cue[1]].lower() in QUESTION_CUES:
            return None  # 'His wife asks him whether ...': the quote that follows is the answer
        return att

    def _mentioned_participant(self, pos: int, speaker: int, gender: str | None = None,
                               described: bool = False) -> int | None:
        """The latest private person mentioned in this call before `pos` who is not `speaker`; of a
        compatible `gender`, and (`described`) by a determiner or a name, not a bare noun ("civilian
        clothes") nor a title."""
        boundary = max((c for c in self.call_starts if c <= pos), default=0)
        for prior in reversed(self.mentions[:bisect.bisect_left(self.mention_starts, pos)]):
            if prior.start < boundary:
                break
            if prior.kind == "pronoun" or prior.plural or prior.role not in ("soldier", "relative", "civilian") \
                    or described and prior.kind == "bare" \
                    or gender is not None and prior.gender is not None and prior.gender != gender:
                continue
            entity = self._entity_of_prior_mention(prior)
            if entity is not None and entity != speaker and (described or self._private(entity)):
                return entity
        return None

    def _dialogue_line(self, q: QuoteSpan) -> bool:
        """A paragraph that is the quote and at most a short attribution, after it or before it with a
        colon ('The friend replies: "..."')."""
        p_start, p_end = self.paragraphs[q.paragraph_end_index]
        # the paragraph's first quote: a split line ('"A," she says. "B."') is a dialogue line too
        first = next((o for o in self.quotes if o.depth == 0 and o.paragraph_index == q.paragraph_index), q)
        lead_in = self.masked[self.paragraphs[q.paragraph_index][0]:first.open_pos].strip()
        if lead_in and not (lead_in.endswith(":") and len(lead_in.split()) <= 5):
            return False
        pieces, pos = [], p_start
        for o in self.quotes:
            if o.depth == 0 and o.close_end > p_start and o.open_pos < p_end:
                pieces.append(self.masked[pos:max(pos, o.open_pos)])
                pos = max(pos, o.close_end)
        pieces.append(self.masked[pos:p_end])
        outside = " ".join(pieces)
        if len(outside.split()) <= 5:
            return True
        # a longer attribution in one clause after the opening quote: '"...," his mother says, her voice
        # breaking.' / '"...," she says in the recording, which HUR says it intercepted in March.'
        return not lead_in and len(outside.split()) <= 25 and _SENTENCE_BREAK.search(outside.strip().rstrip(".!?")) is None \
            and _has_cue_verb(tokenize(outside)[:4])

    def _private(self, entity: int) -> bool:
        return self.entities[entity].role in ("soldier", "relative", "civilian", "unknown")

    def _other_participant(self, tops: list[tuple[int, QuoteSpan]], speaker: int) -> int | None:
        """The latest earlier speaker in this call who is not `speaker`, if both are private people."""
        if not self._private(speaker):
            return None
        j, last = tops[-1]
        boundary = max((c for c in self.call_starts if c <= last.start), default=0)
        for j2, q2 in reversed(tops[:-1]):
            if q2.start < boundary or last.paragraph_index - q2.paragraph_end_index > 4:
                return None
            e = self.results[j2].entity
            if e != speaker:
                return e if self._private(e) else None
        return None

    def _call_partner(self, tops: list[tuple[int, QuoteSpan]], asker: int) -> int | None:
        """'At the end of the call, Alina asks when he might get leave.' then '"...," he says.', after an
        analyst's quotes: the one who answered the asker's own latest quote (or whom it answered)."""
        own = [k for k, (j, _) in enumerate(tops) if self.results[j].entity == asker]
        if not own:
            return None
        k = own[-1]
        for n in (k + 1, k - 1):
            if 0 <= n < len(tops) and (e := self.results[tops[n][0]].entity) != asker and self._private(e) \
                    and abs(tops[n][1].paragraph_index - tops[k][1].paragraph_index) <= 1:
                return e
        return None

    def _addressed(self, q: QuoteSpan) -> set[int]:
        """Entities a quote speaks to: a vocative name ("Maxim, what are you saying?") or kin word ("Mum")."""
        words = {(m.group(1) or m.group(2)).lower() for m in _VOCATIVE.finditer(self.text[q.start:q.end])}
        found = set()
        for i, e in enumerate(self.entities):
            names = {w.lower() for w in e.canonical.text.split()} if e.canonical.kind == "name" else set()
            if words & names or KIN_CANONICAL.get(e.first.head, e.first.head) in {VOCATIVE_KIN.get(w) for w in words}:
                found.add(i)
            elif words & CHILD_VOCATIVES and e.role == "soldier":
                found.add(i)  # "son", "sonny", "my boy": the soldier is spoken to by a parent
        return found

    def _nested(self, idx: int, q: QuoteSpan) -> Attribution:
        parent = self.quotes[q.parent]
        seg = next(s for s in parent.segments if s[0] <= q.start <= s[1])
        pool = find_mentions(self.text, seg[0], seg[1])
        lo = max(seg[0], max((s for s in sentence_starts(self.text, [seg]) if s < q.start), default=seg[0]))
        lead_in = self.text[lo:q.open_pos].rstrip()
        # 'The company commander said, "A." Nobody asked us': a cue that introduces the nested quote
        # is its evidence, before any cue after it
        introduced = lead_in.endswith((":", ",")) and _has_cue_verb(tokenize(lead_in[-60:])[-4:])
        sender = _MESSAGE_FROM.search(self.text, max(lo, q.open_pos - 80), q.open_pos)
        if sender is not None:
            # 'got a call from the major: "You like writing?"': the sender says it
            m = next((p for p in pool if p.start == sender.end() and self.text[p.end:q.open_pos].strip() == ":"), None)
            if m is not None:
                return Attribution(m, (sender.start(1), sender.end(1)), "cue_before")
        before = self._cue_before(self.text, lo, q.open_pos, pool) if introduced else None
        if before and before.mention:
            return before
        if introduced and (own := _SELF_CUE.search(lead_in)) is not None:
            # 'I told them, "Hold it"': the one who says the outer quote says the nested one
            return Attribution(None, (lo + own.start(1), lo + own.end(1)), "cue_before", self.results[q.parent].entity)
        att = self._cue_after(self.text, q.close_end, seg[1], pool)
        if att and att.mention:
            return att
        att = before if introduced else self._cue_before(self.text, lo, q.open_pos, pool)
        if att and att.mention:
            return att
        naming = _X_CALLS_IT.search(self.text, max(lo, q.open_pos - 60), q.open_pos)
        if naming is not None:
            # '"... The officers call it 'education'"': the term is theirs, not the quoting speaker's
            m = next((p for p in reversed(pool) if p.end <= naming.start() and not self.text[p.end:naming.start()].strip()), None)
            if m is not None and m.kind != "pronoun":
                return Attribution(m, (naming.start(1), naming.end(1)), "cue_before")
        words = self.text[q.start:q.end]
        if len(words.split()) <= 4 and not words.rstrip().endswith(_END_PUNCT):
            # a scare-quoted word inside a quote ("the 'zeroing' team") is the quoting speaker's own word
            return Attribution(None, None, "inherited", self.results[q.parent].entity, self.results[q.parent].ranked)
        return att or Attribution()
