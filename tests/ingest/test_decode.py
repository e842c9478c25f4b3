from __future__ import annotations

import codecs

from counterpoint.ingest.decode import decode_bytes, display_path, normalize_text, sniff_binary


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


def test_sniff():
    assert sniff_binary(b"%PDF-1.7 ...") == "binary file (looks like PDF document)"
    assert sniff_binary(bytes(range(256)) * 10).startswith("binary file")
    assert sniff_binary("plain text\n".encode()) is None
    assert sniff_binary("utf16".encode("utf-16-le")) is None


def test_display_path():
    assert display_path("a\nb\udce9.txt") == "a\\nb\\xe9.txt"
    assert display_path("normal/путь.txt") == "normal/путь.txt"
