"""Quote spans: the conventions of real newswire, on small inline texts."""
from __future__ import annotations

from interceptnews.transforms.quotes import find_quotes


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def quotes_in(text: str):
    return find_quotes(text, paragraphs_of(text))


def test_multi_paragraph_quote_is_one_utterance():
    text = '"We are tired. Nobody sleeps.\n\n"The food is gone.\n\n“They lie to us,” he said.'
    qs = quotes_in(text)
    assert len(qs) == 1
    q = qs[0]
    assert (q.paragraph_index, q.paragraph_end_index) == (0, 2)
    assert text[q.start:q.end] == 'We are tired. Nobody sleeps.\n\n"The food is gone.\n\n“They lie to us,'
    assert [text[s:e] for s, e in q.segments] == ["We are tired. Nobody sleeps.", "The food is gone.", "They lie to us,"]
    assert not q.unclosed


def test_interrupted_quote_gives_two_spans():
    text = '“Watch more TV,” he says. “Putin left the forces in Moscow.”'
    assert [text[q.start:q.end] for q in quotes_in(text)] == ["Watch more TV,", "Putin left the forces in Moscow."]


def test_straight_and_curly_marks_mixed_in_one_quote():
    text = 'She said: "It is not quiet over there, is it?” Then she hung up.'
    (q,) = quotes_in(text)
    assert (q.open_mark, q.close_mark, text[q.start:q.end]) == ('"', "”", "It is not quiet over there, is it?")


def test_nested_single_quotes_are_found_and_apostrophes_are_not():
    text = "“They tell him ‘you’re finished’ and that 'we'll tear you apart.' Putin's men don't care.”"
    qs = quotes_in(text)
    nested = [text[q.start:q.end] for q in qs if q.depth == 1]
    assert nested == ["you’re finished", "we'll tear you apart."]
    assert all(q.parent == 0 for q in qs if q.depth == 1)


def test_plural_possessive_and_decade_are_not_quotes():
    text = "“The soldiers' wives remember the '90s,” she said."
    assert [q.depth for q in quotes_in(text)] == [0]


def test_unclosed_quote_ends_at_its_paragraph():
    text = '"This never closes, he said.\n\nThe next paragraph is the reporter\'s.\n\n"A new quote."'
    qs = quotes_in(text)
    assert [text[q.start:q.end] for q in qs] == ["This never closes, he said.", "A new quote."]
    assert qs[0].unclosed and not qs[1].unclosed


def test_guillemets():
    text = "He wrote: «We will not retreat.»"
    (q,) = quotes_in(text)
    assert text[q.start:q.end] == "We will not retreat."


def test_text_without_quotes_has_none():
    assert quotes_in("An official briefing with no quotations at all.\n\nIt's Putin's war.") == []


def test_inch_marks_are_not_quotes():
    text = 'The 6\'2" sergeant carried a 12" barrel. “We have no shells,” he said.'
    assert [text[q.start:q.end] for q in quotes_in(text)] == ["We have no shells,"]


def test_quote_ending_in_a_number_still_closes():
    text = '"The count was 12," he said. "Then 40."'
    assert [text[q.start:q.end] for q in quotes_in(text)] == ["The count was 12,", "Then 40."]


def test_doubled_apostrophe_style():
    text = "The soldier said: ''We are not coming back,'' and hung up. He didn't call again."
    assert [text[q.start:q.end] for q in quotes_in(text)] == ["We are not coming back,"]


def test_single_marks_as_primary_quotes_with_double_marks_nested():
    text = "‘They told us “you will die here”,’ the conscript said. ‘I don’t believe them.’"
    qs = quotes_in(text)
    assert [(text[q.start:q.end], q.depth) for q in qs] == [
        ("They told us “you will die here”,", 0), ("you will die here", 1), ("I don’t believe them.", 0)]


def test_primary_single_quotes_continue_over_paragraphs():
    text = "‘We walked all night.\n\n‘Nobody came,’ he said."
    (q,) = quotes_in(text)
    assert q.paragraph_end_index == 1 and [text[s:e] for s, e in q.segments] == ["We walked all night.", "Nobody came,"]


def test_german_style_marks_nest_inside_guillemets():
    text = "«The medic came. He says, „Nobody leaves for a cold.“ Two of us can't stand,» the soldier said."
    qs = quotes_in(text)
    assert [(text[q.start:q.end], q.depth) for q in qs] == [
        ("The medic came. He says, „Nobody leaves for a cold.“ Two of us can't stand,", 0),
        ("Nobody leaves for a cold.", 1)]


def test_a_plural_possessive_is_not_a_closing_single_mark():
    text = ("‘The lads’ mothers all write to me. Why is it only you who calls?’ she asks.\n\n"
            "He calls them the ‘soldiers’ war’, not his.")
    qs = quotes_in(text)
    assert [text[q.start:q.end] for q in qs] == [
        "The lads’ mothers all write to me. Why is it only you who calls?", "soldiers’ war"]
