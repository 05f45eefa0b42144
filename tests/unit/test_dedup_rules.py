"""Duplicate keys, shingles, sketches, clusters and who stays in a cluster."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interceptnews.transforms.dedup import (connected_components, duplicate_key, jaccard, minhash, representative_order,
                                            resolve_cluster, shingles)


def test_duplicate_key_ignores_case_spacing_unicode_form_and_quote_glyphs():
    a = "“We are tired,” he said.\n\nThe call  was intercepted."
    b = '"we are tired," HE said. The call was intercepted.'
    assert duplicate_key(a, True) == duplicate_key(b, True)
    assert duplicate_key(a, False) != duplicate_key(b, False)


def test_shingles_are_word_ngrams_without_punctuation():
    assert shingles("The soldier, crying: “Come home!”", 3) == {"the soldier crying", "soldier crying come", "crying come home"}
    assert shingles("Two words", 5) == {"two words"}
    assert shingles("…", 5) == frozenset()


def test_jaccard_is_exact():
    a, b = frozenset("abcd"), frozenset("cdef")
    assert jaccard(a, b) == 2 / 6 and jaccard(a, a) == 1.0 and jaccard(frozenset(), frozenset()) == 0.0


def test_minhash_is_deterministic_for_a_fixed_seed():
    s = shingles("A Russian soldier told his mother that his unit had no food for three days", 5)
    assert (minhash(s, 64, 1).hashvalues == minhash(set(reversed(sorted(s))), 64, 1).hashvalues).all()
    assert not (minhash(s, 64, 1).hashvalues == minhash(s, 64, 2).hashvalues).all()


def test_connected_components_join_transitively_and_sort():
    groups = connected_components(["d", "c", "b", "a", "e"], [("d", "c"), ("a", "c")])
    assert groups == [["a", "c", "d"], ["b"], ["e"]]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=15), st.randoms(use_true_random=False))
def test_components_do_not_depend_on_link_order(links, rnd):
    nodes = [str(i) for i in range(10)]
    pairs = [(str(a), str(b)) for a, b in links]
    shuffled = pairs[:]
    rnd.shuffle(shuffled)
    assert connected_components(nodes, pairs) == connected_components(list(reversed(nodes)), shuffled)


def row(path, date=None, key="k1"):
    return {"article_id": path, "raw_path": f"raw/{path}", "published_date": date, "key": key}


def test_representative_is_earliest_published_then_raw_path():
    rows = [row("c", None), row("b", "2023-07-20"), row("a", None), row("d", "2023-07-18")]
    assert [r["article_id"] for r in sorted(rows, key=representative_order)] == ["d", "b", "a", "c"]


def test_drop_keeps_only_the_representative_and_names_exact_and_near():
    members = [row("late", "2023-07-20", "k1"), row("first", "2023-07-17", "k1"), row("near", None, "k2"),
               row("near_copy", None, "k2")]
    out = {r["article_id"]: (reason, of and of["article_id"]) for r, reason, of in resolve_cluster(members, "drop")}
    assert out == {"first": (None, None), "late": ("dedup.exact_duplicate", "first"),
                   "near": ("dedup.near_duplicate", "first"), "near_copy": ("dedup.near_duplicate", "first")}


def test_keep_keeps_near_duplicates_but_drops_their_exact_copies():
    members = [row("late", "2023-07-20", "k1"), row("first", "2023-07-17", "k1"), row("near", None, "k2"),
               row("near_copy", None, "k2")]
    out = {r["article_id"]: (reason, of and of["article_id"]) for r, reason, of in resolve_cluster(members, "keep")}
    assert out == {"first": (None, None), "late": ("dedup.exact_duplicate", "first"),
                   "near": (None, None), "near_copy": ("dedup.exact_duplicate", "near")}
