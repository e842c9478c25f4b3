from __future__ import annotations

import codecs
import random

import pytest

from counterpoint.errors import NotText
from counterpoint.ingest.decode import UNDECODABLE, decode_bytes, display_path, normalize_text, sniff_binary


def test_normalize():
    raw = "Cafe\u0301\u00a0\u00a0 bar\r\n\r\n\r\n\r\nnext\u200b line \t\x00end "
    assert normalize_text(raw) == "Café bar\n\nnext line end"


def test_decode_variants():
    text = "Заявление МВД: задержаны 7 939 человек. Café."
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == text
    assert decode_bytes(text.encode("utf-16-le")) == text  # no BOM: told by the NUL pattern
    latin = ("Le café a fermé après les manifestations à Almaty. " * 10).encode("latin-1")
    assert "café" in decode_bytes(latin, "utf-8")


def test_mostly_invalid_utf8_is_refused_not_read_as_latin2():
    rng = random.Random(5)
    garbage = (
        b"\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc" * 4000,  # broken UTF-8 sequences, repeated
        bytes(rng.choice(b"\xc3\xe2\xf0\xa0\xa1\x8c\xbc\xff(") for _ in range(20_000)),
        bytes(rng.randrange(0xA0, 0x100) for _ in range(5000)),
    )
    for data in garbage:
        with pytest.raises(NotText, match=r"^cannot decode: not valid UTF-8"):
            decode_bytes(data)
    assert UNDECODABLE == "cannot decode: not valid UTF-8 and no other encoding fits"


def test_legacy_encodings_still_read():
    french = "Le ministère a déclaré que 164 personnes étaient mortes, et 7 939 arrêtées. Café, élève.\n" * 4
    german = "Die Polizei in Almaty meldete 164 Tote. Über 7.939 Menschen wurden festgenommen, heißt es.\n" * 3
    quotes = "He said \u201cthe 12 people\u201d were detained \u2014 police confirmed.\n" * 3
    russian = "Полиция Алматы сообщила, что 164 человека погибли во время беспорядков. " * 5
    assert decode_bytes(french.encode("latin-1")) == french
    assert decode_bytes(german.encode("latin-1")) == german  # not Big5 for two sparse high bytes
    assert decode_bytes(quotes.encode("cp1252")) == quotes
    assert decode_bytes("Police said \u201c12\u201d were held.".encode("cp1252")) == "Police said \u201c12\u201d were held."
    assert decode_bytes(russian.encode("cp1251")) == russian
    assert decode_bytes("Полиция сообщила о задержаниях.".encode("cp1251")) == "Полиция сообщила о задержаниях."


def test_utf8_with_a_few_broken_bytes_stays_utf8():
    text = "Алматыда 164 адам қаза тапты. " * 3
    assert decode_bytes(text.encode("utf-8") + b"\xff") == text + "\ufffd"


def test_sniff():
    assert sniff_binary(b"%PDF-1.7 ...") == "binary file (looks like PDF document)"
    assert sniff_binary(bytes(range(256)) * 10).startswith("binary file")
    assert sniff_binary(b"plain text\n") is None
    assert sniff_binary("utf16".encode("utf-16-le")) is None


def test_display_path():
    assert display_path("a\nb\udce9.txt") == "a\\nb\\xe9.txt"
    assert display_path("normal/путь.txt") == "normal/путь.txt"
