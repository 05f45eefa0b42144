"""The synthetic gold articles (tests/fixtures/synthetic and heldout, written in the styles of different outlets):
quote spans and removed chrome must match the gold annotation exactly. Speaker accuracy is
measured by benchmarks/quotes.py, not asserted here."""
from __future__ import annotations

import pytest

from conftest import HELDOUT, SYNTHETIC, annotate_text, gold_articles
from interceptnews.transforms.boilerplate import clean_article

# Both gold sets: the development set and the second round (held out when written, since used for tuning).
GOLD = list(gold_articles(SYNTHETIC, HELDOUT))


ALL_GOLD_FOLDERS = sorted(p for p in (SYNTHETIC.parent).iterdir() if p.is_dir() and any(p.glob("*.gold.json")))


def test_gold_fixtures_are_marked_synthetic_and_quote_their_own_text():
    """Every gold set (development, second round, blind ones): synthetic, and each gold quote is in
    its article in order. The blind sets are scored by benchmarks/quotes.py, not asserted here."""
    gold = list(gold_articles(*ALL_GOLD_FOLDERS))
    assert len(ALL_GOLD_FOLDERS) >= 3 and len(gold) >= 60
    for path, g in gold:
        assert g["synthetic"] is True, path
        text, pos = path.read_text(encoding="utf-8"), 0
        for q in g["quotes"]:
            found = text.find(q["text"], pos if not q["nested"] else 0)
            assert found >= 0, (path.name, q["text"][:40])
            pos = found if q["nested"] else found + 1


@pytest.mark.parametrize("path,gold", GOLD, ids=[p.stem for p, _ in GOLD])
def test_quote_spans_match_gold(path, gold, params):
    _, _, quotes = annotate_text(path.read_text(encoding="utf-8"), params)
    assert [q["text"] for q in quotes] == [g["text"] for g in gold["quotes"]]
    assert [q["nesting_depth"] == 1 for q in quotes] == [g["nested"] for g in gold["quotes"]]


@pytest.mark.parametrize("path,gold", GOLD, ids=[p.stem for p, _ in GOLD])
def test_removed_chrome_matches_gold(path, gold, params):
    _, _, removed = clean_article(path.read_text(encoding="utf-8"), params["clean"])
    assert [r.text for r in removed] == gold["boilerplate"]


@pytest.mark.parametrize("path,gold", GOLD, ids=[p.stem for p, _ in GOLD])
def test_intercept_detection_matches_gold(path, gold, params):
    _, article, _ = annotate_text(path.read_text(encoding="utf-8"), params)
    assert article["reports_intercept"] == gold["reports_intercept"]
    assert article["intercept_released_by"] == gold["intercept_released_by"]
