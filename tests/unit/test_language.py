"""Language identification: py3langid's shipped model, normalised probabilities, and the rule that
fills the `language` column and rejects texts in other languages."""
from __future__ import annotations

import pytest

from interceptnews.transforms.language import decide, identify, known_languages, manifest_language

ENGLISH = ("A Russian soldier told his mother in an intercepted phone call that his unit had been left without food "
           "or water for three days, according to a recording released by Ukraine's military intelligence.")
RUSSIAN = ("Российский солдат рассказал матери в перехваченном телефонном разговоре, что его подразделение "
           "три дня оставалось без еды и воды, сообщила украинская военная разведка.")
FRENCH = ("Un soldat russe a raconté à sa mère, lors d'un appel téléphonique intercepté, que son unité était restée "
          "trois jours sans nourriture ni eau, selon un enregistrement publié par le renseignement militaire ukrainien.")
UKRAINIAN = ("Російський солдат розповів матері в перехопленій телефонній розмові, що його підрозділ три дні "
             "залишався без їжі та води, повідомила українська воєнна розвідка.")


@pytest.mark.parametrize("text,lang", [(ENGLISH, "en"), (RUSSIAN, "ru"), (FRENCH, "fr"), (UKRAINIAN, "uk")])
def test_identifier_names_the_language_with_high_probability(text, lang):
    detected, probability = identify(text)
    assert detected == lang and probability >= 0.9


def test_identification_is_deterministic_and_rounded():
    assert identify(ENGLISH) == identify(ENGLISH)
    _, p = identify(RUSSIAN)
    assert p == round(p, 4) and 0.0 <= p <= 1.0


def test_the_model_knows_the_configured_languages(params):
    assert set(params["clean"].languages) <= known_languages()


@pytest.mark.parametrize("value,expected", [(None, None), ("", None), ("und", None), ("EN", "en"), ("en-GB", "en"),
                                            ("ru_RU", "ru")])
def test_manifest_language_is_a_primary_subtag_or_unknown(value, expected):
    assert manifest_language(value) == expected


def test_unknown_manifest_language_is_filled_from_a_confident_identifier():
    d = decide("und", "en", 0.99, ("en",), 0.9)
    assert (d.language, d.detected, d.probability, d.reject_detail) == ("en", "en", 0.99, None)


def test_unsure_identifier_leaves_the_language_unknown_and_keeps_the_article():
    d = decide(None, "pcm", 0.6, ("en",), 0.9)
    assert d.language == "und" and d.reject_detail is None


def test_confident_other_language_is_rejected_even_if_the_manifest_says_english():
    d = decide("en", "ru", 0.99, ("en",), 0.9)
    assert d.language == "en" and d.detected == "ru" and "identified as ru" in d.reject_detail


def test_manifest_wins_for_the_column_and_a_non_allowed_manifest_language_is_rejected():
    assert decide("en", "en", 0.95, ("en",), 0.9).language == "en"
    d = decide("ru", "en", 0.99, ("en",), 0.9)
    assert d.language == "ru" and "manifest says ru" in d.reject_detail
