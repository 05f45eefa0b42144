"""Decoding raw bytes: strict UTF-8 first, recorded guesses, broken text rejected, normalisations named."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED
from interceptnews.schema import TEXT_NORMALIZATIONS
from interceptnews.transforms.decode import (NORMALIZATIONS, Decoded, Reject, decode_text, mixed_encoding,
                                             mojibake, normalise_text)

ENC = ("cp1252", "cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic")
RU = ("Военная разведка Украины опубликовала перехваченный телефонный разговор российского солдата с матерью. "
      "\"У нас нет хлеба уже четыре дня\", - говорит солдат. Мать спрашивает, говорил ли он с командирами.\n")
EN = "Ukraine’s military intelligence said the soldier told his mother: “We are tired.” — a synthetic sentence.\n"


def decode(data: bytes) -> Decoded | Reject:
    return decode_text(data, 10**6, ENC)


def as_cp1252(text: str) -> str:
    """What a Windows-1252 reader shows for UTF-8 bytes (undefined bytes as Latin-1 controls)."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in text.encode())


def test_the_seed_decodes_unchanged_as_utf8():
    data = SEED.read_bytes()
    assert decode(data) == Decoded(data.decode("utf-8"), "utf-8", ())


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866", "iso8859-5"])
def test_cyrillic_single_byte_encodings_are_detected_and_named(encoding):
    assert decode(RU.encode(encoding)) == Decoded(RU, encoding, ())


def test_english_with_curly_quotes_in_windows_1252_gets_the_first_candidate_that_gives_the_same_text():
    got = decode(EN.encode("cp1252"))
    assert got == Decoded(EN, "cp1252", ())  # cp1251 decodes these bytes identically; params order decides


def test_random_bytes_are_undecodable_and_nul_or_magic_bytes_are_binary():
    rnd = random.Random(1)
    assert decode(bytes(rnd.randrange(1, 256) for _ in range(500))).reason == "ingest.undecodable"
    assert decode(b"text\x00with NUL").reason == "ingest.binary"
    assert decode(b"%PDF-1.4 not really text").detail == "starts like a PDF document"


def test_utf16_with_a_byte_order_mark_is_read_and_the_mark_recorded():
    assert decode(("\ufeff" + EN).encode("utf-16-le")) == Decoded(EN, "utf-16-le", ("bom_stripped",))


def test_empty_whitespace_and_too_large():
    assert decode(b"").reason == decode(b" \r\n\t").reason == "ingest.empty"
    assert decode("\ufeff\u200b\n".encode()).reason == "ingest.empty"  # nothing left after normalisation
    assert decode_text(b"x" * 11, 10, ENC).reason == "ingest.too_large"


def test_utf8_and_windows_1252_paragraphs_in_one_file_are_mixed():
    data = (EN * 2).encode() + "The café owner’s son was “furious”.\n".encode("cp1252")
    got = decode(data)
    assert got.reason == "ingest.mixed_encoding" and "UTF-8" in got.detail


def test_single_byte_cyrillic_is_not_mistaken_for_mixed():
    ukrainian = "Рівне, Рішення, Тімур і Ті, хто «Вони» — Сірий. " * 20
    assert mixed_encoding(ukrainian.encode("cp1251")) is None
    assert mixed_encoding(RU.encode("koi8-r") * 5) is None


@pytest.mark.parametrize("broken, shows", [
    (as_cp1252(EN), "â€™"),                                         # UTF-8 read as Windows-1252
    ("Ã©tÃ© Ã  Paris, Â£5", "Ã©"),
    (RU.encode().decode("cp1251", errors="replace"), "UTF-8 Cyrillic"),  # UTF-8 read as Windows-1251
    (RU.encode("cp1251").decode("cp1252", errors="replace"), "Windows-1251 words"),  # cp1251 read as cp1252
])
def test_mojibake_is_rejected_not_repaired(broken, shows):
    got = decode(broken.encode("utf-8"))
    assert got.reason == "ingest.mojibake" and shows in got.detail


@pytest.mark.parametrize("text", [
    EN, RU, "Le soldat a dit à sa mère qu'il était à bout. Où est-il? À Paris, Ça va.",
    "Рівне. Рішення. Сірий кіт. Різдво в Рівному. " * 5, "Straße, Ärger, Größe — „Zitat“ «citation» ½ °C",
    "Агентства «ТАСС» и «РИА» сообщили о «СССР» и «РФ» ещё раз: «ТАСС», «СССР», «РФ».",
])
def test_correct_text_is_not_mojibake(text):
    assert mojibake(text) is None


def test_normalisations_are_named_and_sorted():
    text, done = normalise_text("\ufeffA\r\nB\rC\u2028D inter\u200bcept\u2060ed cafe\u0301 \ufeffx")
    assert text == "A\nB\nC\nD intercepted café x"
    assert done == ("bom_stripped", "cr_to_lf", "crlf_to_lf", "line_separator_to_lf", "nfc", "zero_width_removed")


def test_joiners_stay_inside_emoji_and_non_latin_words_but_go_next_to_ascii():
    family = "👨\u200d👩\u200d👧"
    persian = "می\u200cخواهم"
    text, done = normalise_text(f"{family} {persian} inter\u200dcepted \u200cword")
    assert text == f"{family} {persian} intercepted word" and done == ("zero_width_removed",)
    assert normalise_text(f"{family} {persian}") == (f"{family} {persian}", ())


def test_schema_knows_every_normalisation_label():
    assert list(NORMALIZATIONS) == TEXT_NORMALIZATIONS


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalisation_is_idempotent(text):
    once, _ = normalise_text(text)
    assert normalise_text(once) == (once, ())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_get_a_reason(data):
    got = decode(data)
    assert isinstance(got, Reject) and got.reason.startswith("ingest.") or isinstance(got, Decoded) and got.text.strip()
