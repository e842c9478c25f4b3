"""Bytes to clean Unicode: binary sniffing, encoding detection, NFC and whitespace.

UTF-8 is tried strictly first (fast and by far the most common); anything else, including
Latin-1 or cp1252 text mislabelled as UTF-8, goes to charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import NotText

# Leading bytes of common binary formats, so a skip reason can say what the file looks like.
MAGIC_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip data (name it .gz to have it read)"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
# How much of the start of a file the binary sniffer looks at.
SNIFF_BYTES = 8192
# Share of control bytes (NUL excepted, tab/newline/CR/FF/ESC allowed) above which a file is
# treated as binary: random bytes have ~10%, real text almost none.
CONTROL_BYTE_SHARE = 0.03
# Share of NUL bytes that signals UTF-16/32 text without a BOM rather than stray NULs.
WIDE_TEXT_NUL_SHARE = 0.25

# Skip reason for bytes that are neither UTF-8 nor plausibly any other encoding.
UNDECODABLE = "cannot decode: not valid UTF-8 and no other encoding fits"
# charset-normalizer's "mess" score of its best guess at or above which the text is mojibake.
MAX_CHAOS = 0.4
# Below this coherence (how much the letters look like some language) the guess is weak and
# the letter share below decides.
LOW_COHERENCE = 0.2
# Share of letters among non-space characters under which a weakly coherent decode is
# gibberish: prose has ~0.8, mostly-invalid UTF-8 read as Latin-2 ~0.55.
MIN_LETTER_SHARE = 0.65
# Share of ASCII bytes above which a multi-byte (CJK) guess is implausible.
MOSTLY_ASCII_SHARE = 0.8
# Legacy multi-byte encodings charset-normalizer may pick for sparse high bytes (not UTF-16:
# Cyrillic or Greek UTF-16 is all low bytes).
LEGACY_MULTIBYTE = frozenset(
    {"big5", "big5hkscs", "gb2312", "gbk", "gb18030", "hz", "cp932", "shift_jis", "shift_jis_2004",
     "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "euc_kr", "cp949", "cp950",
     "johab", "iso2022_jp", "iso2022_kr"}
)
# Encodings preferred over charset-normalizer's first pick when they score the same.
WESTERN_ON_TIE = frozenset({"cp1252", "latin_1", "iso8859_15"})
# UTF-8 with a few broken sequences is still UTF-8 when valid multi-byte characters outnumber
# the broken bytes by this factor (a Latin-1 file has almost no valid multi-byte sequences).
VALID_TO_BROKEN_UTF8 = 3
# Letter categories that make words (modifier letters such as U+02C7 'ˇ' are mojibake staples).
_WORD_LETTERS = frozenset({"Lu", "Ll", "Lt", "Lo"})
# Share of accented letters among Latin-script letters above which a text is mojibake: real
# Latin-script prose stays under ~25% (Czech, Vietnamese in legacy code pages are UTF-8 today).
MAX_ACCENTED_LATIN_SHARE = 0.5
_ASCII_BYTES = bytes(range(128))
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b\x00")
_CONTROL_BYTES = frozenset(range(32)) - _TEXT_CONTROLS | {0x7F}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def sniff_binary(head: bytes) -> str | None:
    """A skip reason if `head` (the first bytes of a file) is not text, else None."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    for magic, what in MAGIC_SIGNATURES:
        if head.startswith(magic):
            return f"binary file (looks like {what})"
    if not head:
        return None
    sample = head[:SNIFF_BYTES]
    if sample.count(0) / len(sample) >= WIDE_TEXT_NUL_SHARE and _wide_encoding(sample):
        return None
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if controls / len(sample) > CONTROL_BYTE_SHARE:
        return "binary file (not text: too many control bytes)"
    return None


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs at every other position (ASCII-range text)."""
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) / len(odd) > 0.9:
        return "utf-16-le"
    if even and even.count(0) / len(even) > 0.9:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to str; raises NotText when no encoding fits.

    `declared` is an encoding the container claims (HTML meta charset); it is only trusted
    when the bytes actually decode with it and UTF-8 did not. UTF-8 with a few broken bytes
    stays UTF-8; otherwise charset-normalizer guesses, and a guess that reads as mojibake
    (high chaos, or no language and mostly non-letters / accented Latin) is refused.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    wide = _wide_encoding(data[:SNIFF_BYTES]) if data.count(0, 0, SNIFF_BYTES) else None
    if wide:
        return data.decode(wide, errors="replace")
    if declared and codecs_lookup(declared) not in (None, "utf-8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    from charset_normalizer import from_bytes

    best = _prefer_western(from_bytes(data))
    ascii_share = _ascii_share(data)
    if best is None or (best.encoding in LEGACY_MULTIBYTE and ascii_share >= MOSTLY_ASCII_SHARE):
        # Mostly-ASCII text with a few accented bytes is Western European far more often
        # than CJK; charset-normalizer then tends to pick Big5/GB18030 (or nothing).
        text = data.decode("cp1252", errors="replace").replace("\ufffd", "")
        if ascii_share >= MOSTLY_ASCII_SHARE and _plausible(text, coherence=None):
            return text
        raise NotText(UNDECODABLE)
    text = str(best)
    if best.chaos >= MAX_CHAOS or not _plausible(text, coherence=best.coherence):
        raise NotText(UNDECODABLE)
    return text



def _prefer_western(matches):
    """charset-normalizer's best guess, but cp1252 when it scores the same (ties are common:
    cp1250 reads "è" as "č", and Western European text is the more common case)."""
    best = matches.best()
    if best is None:
        return None
    for m in matches:
        if m.encoding in WESTERN_ON_TIE and m.chaos <= best.chaos and m.coherence >= best.coherence:
            return m
    return best


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - broken
    return valid > 0 and valid >= VALID_TO_BROKEN_UTF8 * broken


def _ascii_share(data: bytes) -> float:
    if not data:
        return 1.0
    return 1 - len(data.translate(None, _ASCII_BYTES)) / len(data)


def _plausible(text: str, *, coherence: float | None) -> bool:
    """False when a decode is mostly non-letters (mojibake) and no language backs it up."""
    if coherence is not None and coherence >= LOW_COHERENCE:
        return True
    visible = [ch for ch in text if not ch.isspace()]
    letters = [ch for ch in visible if unicodedata.category(ch) in _WORD_LETTERS]
    if not visible or len(letters) / len(visible) < MIN_LETTER_SHARE:
        return False
    latin = [ch for ch in letters if unicodedata.name(ch, "").startswith("LATIN ")]
    accented = sum(1 for ch in latin if not ch.isascii())
    return not latin or accented / len(latin) <= MAX_ACCENTED_LATIN_SHARE


def codecs_lookup(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# --- normalization -------------------------------------------------------------------------

# Characters dropped outright: zero-width marks, BOM, soft hyphen, and C0/C1 controls other
# than tab and newline (NULs from broken exports among them).
_DROP = re.compile("[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]")
# Every kind of line break becomes "\n" (after "\r\n" pairs are folded).
_LINE_BREAKS = re.compile("[\r\u000b\u000c\u0085\u2028\u2029]")
# Whitespace other than space and newline (tabs, NBSP, thin spaces...) becomes a space.
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUNS = re.compile(" {2,}")
_BLANK_RUNS = re.compile("\n{3,}")
# Lone surrogates (from JSON "\\ud800" escapes) cannot be stored as UTF-8: replace them.
_SURROGATES = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, single spaces, at most one blank line between paragraphs.

    Written as single-class regexes and str.replace calls: alternations of negated classes
    were the slowest step of reading a large JSONL batch.
    """
    ascii_only = text.isascii()
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if not ascii_only or "\r" in text or "\x0b" in text or "\x0c" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if not ascii_only:
        text = unicodedata.normalize("NFC", _SURROGATES.sub("\ufffd", text))
    text = _DROP.sub("", text)
    if not ascii_only or "\t" in text:
        text = _ODD_SPACES.sub(" ", text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def scrub_surrogates(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD (cheap when there are none)."""
    if text.isascii():
        return text
    return _SURROGATES.sub("\ufffd", text)


def display_path(path: str) -> str:
    """A file name safe to show, store and put in JSON.

    Undecodable bytes (kept by Python as lone surrogates) become \\xNN and control characters
    such as newlines become escapes, so one odd name cannot break a terminal line, SQLite
    or the JSON encoder.
    """
    if path.isprintable():
        return path
    out: list[str] = []
    for ch in path:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif unicodedata.category(ch) in ("Cc", "Cf") and ch != " ":
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


# Mojibake is only fixed in pieces this long: ftfy judges "badness" per string, and a
# bounded piece keeps its work (and one bad guess) local to a paragraph.
MOJIBAKE_PIECE_CHARS = 100_000
# The signature of UTF-8 read as Latin-1/cp1252 ("Ã©", "â€™", "Â "): a UTF-8 lead byte shown as
# Â..ô followed by a continuation byte shown as U+0080..U+00BF or a cp1252 punctuation mark.
# ftfy is only asked about text holding it: judging clean text costs ~3 s per MB.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Latin-1/cp1252 somewhere upstream ("â€™", "Ã©").

    ftfy.fix_encoding only repairs encodings: curly quotes, dashes and ligatures stay as
    written (fix_text would straighten them). Text without the Latin-1/cp1252 signature
    (`_MOJIBAKE_HINT`) is returned as it is: other mis-decodings (UTF-8 read as cp1251) are
    left for the decoder, which sees the bytes.
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    if len(text) <= MOJIBAKE_PIECE_CHARS:
        return ftfy.fix_encoding(text)
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + MOJIBAKE_PIECE_CHARS, len(text))
        if end < len(text):
            # cut after a newline (else a space) so no multi-byte mojibake sequence is split
            cut = max(text.rfind("\n", start, end), text.rfind(" ", start, end))
            if cut > start:
                end = cut + 1
        piece = text[start:end]
        pieces.append(ftfy.fix_encoding(piece) if _MOJIBAKE_HINT.search(piece) else piece)
        start = end
    return "".join(pieces)


_WHITESPACE_RUN = re.compile(r"\s+")


def cut_words(text: str, max_words: int) -> tuple[str, int] | None:
    """`text` cut after `max_words` words and how many words it held, or None when it fits.

    Counts by scanning whitespace runs (no list of words is built: a 15 MB line of 3 million
    words would cost hundreds of megabytes as Python strings).
    """
    # upper bound first: after normalize_text, words are separated by single spaces/newlines
    if text.count(" ") + text.count("\n") < max_words:
        return None
    cut = None
    total = 0
    for total, m in enumerate(_WHITESPACE_RUN.finditer(text), 1):
        if total == max_words:
            cut = m.start()
    words = total + 1
    if cut is None or words <= max_words:
        return None
    return text[:cut], words
