"""The synthetic gold articles (tests/fixtures/synthetic and heldout, written in the styles of different outlets):
quote spans and removed chrome must match the gold annotation exactly. Speaker accuracy is
measured by benchmarks/quotes.py, not asserted here."""
from __future__ import annotations

import pytest

from conftest import HELDOUT, SYNTHETIC, annotate_text, gold_articles
from interceptnews.transforms.boilerplate import clean_article

# Both gold sets: the development set and the second round (held out when written, since used for tuning).
GOLD = list(gold_articles(SYNTHETIC, HELDOUT))


def test_gold_fixtures_are_marked_synthetic():
    assert GOLD and all(gold["synthetic"] is True for _, gold in GOLD)


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
