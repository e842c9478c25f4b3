"""Builds a folder of hostile and broken inputs at test time (nothing big is committed).

Every case is named `hNN-...` so its record can be found in dossier.json whatever happens to the
rest of the name (newlines, undecodable bytes). `build_hostile(folder)` writes them all and
returns what each case expects:

- `record`: the case must appear in dossier.json, as a usable document or skipped with a reason;
- `optional`: no record is required (a directory, a loop that a walker rightly never enters),
  but a record, if present, must still be usable or skipped with a reason.

Cases too big for memory are written streaming, so building them costs disk, not RAM.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MiB = 1024 * 1024
# Sizes named in issue 7: the run must survive them with peak RSS under 1.5 GB.
HUGE_TEXT_BYTES = 200 * MiB
BOMB_BYTES = 512 * MiB
DEEP_HTML_LEVELS = 200_000
LONG_LINE_BYTES = 15 * MiB
# Issue 14: inputs under the size limit that are still far past any real article.
WORDS_LINE_BYTES = 15 * MiB  # one line of ~3 million words
DIGITS_LINE_BYTES = 1 * MiB  # one line of digits: a single 1 MB "number"
LIST_ITEMS = 500_000  # one document that is a list of half a million items
RANDOM_BYTES = 64 * 1024
# Streaming chunk size for the big cases.
WRITE_CHUNK = 4 * MiB

# A readable paragraph: the "good" part of mixed cases, so a reader that keeps it has something.
PROSE = (
    "Police in Almaty said on Sunday that 120 people had been detained after the protests. "
    "The Interior Ministry reported that 15 officers were injured in the clashes.\n\n"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    token: str  # unique ASCII prefix of the file name, e.g. "h03-"
    what: str  # one line for the report
    record: bool  # a dossier record is required for this case


def _write_stream(path: Path, block: bytes, total: int) -> None:
    with path.open("wb") as fh:
        written = 0
        while written < total:
            n = min(len(block), total - written)
            fh.write(block[:n])
            written += n


def _huge_text(path: Path) -> None:
    block = (PROSE.encode() * (WRITE_CHUNK // len(PROSE) + 1))[:WRITE_CHUNK]
    _write_stream(path, block, HUGE_TEXT_BYTES)


def _gzip_bomb(path: Path) -> None:
    # 512 MiB of one byte compresses to about 0.5 MiB; written streaming, never held in memory.
    block = b"A" * WRITE_CHUNK
    with gzip.open(path, "wb", compresslevel=9) as gz:
        for _ in range(BOMB_BYTES // WRITE_CHUNK):
            gz.write(block)


def _deep_html(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("<!doctype html><html><head><title>Deep</title></head><body>")
        fh.write("<div>" * DEEP_HTML_LEVELS)
        fh.write("<p>" + PROSE + "</p>")
        fh.write("</div>" * DEEP_HTML_LEVELS)
        fh.write("</body></html>")


def _long_line(path: Path) -> None:
    # One 15 MiB line with no whitespace at all (an inlined data blob), the worst case for a
    # tokenizer; a reader may keep it, cut it, or skip it, but must not hang or blow up.
    unit = b"QWxtYXR5IHBvbGljZSBzYWlk"  # base64-looking
    _write_stream(path, unit * (WRITE_CHUNK // len(unit)), LONG_LINE_BYTES)


def _words_line(path: Path) -> None:
    # Ordinary words and figures with no line break at all: every word is a token for spaCy and
    # every number a candidate figure (the case that drove `analyze` to a 4.4 GB peak).
    unit = PROSE.replace("\n", " ").encode()
    _write_stream(path, unit * (WRITE_CHUNK // len(unit)), WORDS_LINE_BYTES)


def _digits_line(path: Path) -> None:
    _write_stream(path, b"0123456789" * (WRITE_CHUNK // 10), DIGITS_LINE_BYTES)


def _long_list(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1, LIST_ITEMS + 1):
            fh.write(f"- {i % 997} detained\n")  # ~8 MB: under --max-bytes, so it is read


def _billion_laughs(path: Path) -> None:
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [' + "".join(ents) + "]>\n"
        "<html><body><p>&lol9;</p><p>" + PROSE + "</p></body></html>",
        encoding="utf-8",
    )


def _jsonl_broken(path: Path) -> None:
    lines = [
        '{"title": "Good record", "text": "' + PROSE.replace("\n", " ") + '", "published": "2022-01-09"}',
        '{"title": "truncated", "text": "Police said',  # broken JSON
        "[1, 2, 3]",  # not an object
        '"just a string"',
        "null",
        '{"text": 12345}',  # wrong types
        '{"text": null, "title": "no text"}',
        '{"text": ["a", "list"], "published": 20220105}',
        '{"text": {"nested": "object"}, "url": 7, "outlet": false}',
        '{"text": "' + PROSE.replace("\n", " ") + '", "published": "not a date", "title": {"x": 1}}',
        "[" * 100_000 + "]" * 100_000,  # nesting deep enough to overflow a recursive parser
        "",
        "\x00\x00\x00",
        '{"text": "\\ud800 lone surrogate escape, then ' + PROSE.replace("\n", " ") + '"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_hostile(folder: Path, *, big: bool = True) -> list[Case]:
    """Write every hostile case into `folder`; `big=False` leaves out the 200 MB and 512 MB ones."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    cases: list[Case] = []

    def add(token: str, what: str, record: bool, build: Callable[[str], None]) -> None:
        build(token)
        cases.append(Case(token=token, what=what, record=record))

    def file(name: str, data: bytes) -> Callable[[str], None]:
        return lambda token: (folder / f"{token}{name}").write_bytes(data)

    add("h01-", "random binary (.bin)", True, file("random.bin", rng.randbytes(RANDOM_BYTES)))
    add("h02-", "random binary named .txt", True, file("random.txt", rng.randbytes(RANDOM_BYTES)))
    add("h03-", "random binary named .html", True, file("random.html", rng.randbytes(RANDOM_BYTES)))
    add("h04-", "zero-byte .txt", True, file("empty.txt", b""))
    add("h05-", "zero-byte .html", True, file("empty.html", b""))
    add("h06-", "zero-byte .jsonl", False, file("empty.jsonl", b""))  # no lines: no records
    add("h07-", "whitespace-only .txt", True, file("blank.txt", b" \n\t\r\n   \n"))
    if big:
        add("h08-", "200 MiB text file", True, lambda t: _huge_text(folder / f"{t}huge.txt"))
        add("h09-", "gzip bomb: 512 MiB of one byte", True, lambda t: _gzip_bomb(folder / f"{t}bomb.txt.gz"))
    add("h10-", f"HTML nested {DEEP_HTML_LEVELS:,} levels", True, lambda t: _deep_html(folder / f"{t}deep.html"))
    add("h11-", "invalid UTF-8 sequences in text", True,
        file("invalid-utf8.txt", PROSE.encode() + b"\xff\xfe\xc3\x28 bad \xa0\xa1 \xe2\x82 end\n" + PROSE.encode()))
    add("h12-", "mostly invalid UTF-8", True, file("garbage-utf8.txt", b"\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc" * 4000))
    latin1 = ("Le ministère a déclaré que 164 personnes étaient mortes à Almaty, "
              "et la police a arrêté 7 939 manifestants. Café, élève, naïve.\n\n") * 4
    add("h13-", "Latin-1 HTML labelled utf-8 in meta charset", True, file(
        "latin1-meta-utf8.html",
        b'<html><head><meta charset="utf-8"><title>D\xe9claration</title></head><body><article><p>'
        + latin1.encode("latin-1") + b"</p></article></body></html>"))
    add("h14-", "Latin-1 in a .txt (UTF-8 expected)", True, file("latin1.txt", latin1.encode("latin-1")))
    add("h15-", "NUL bytes scattered in text", True,
        file("nul.txt", PROSE.encode().replace(b" ", b" \x00", 5) + b"\x00" * 50 + PROSE.encode()))
    add("h16-", "UTF-16 text with BOM", True, file("utf16.txt", ("\ufeff" + PROSE * 3).encode("utf-16-le")))
    add("h17-", "a single 15 MiB line with no whitespace", True, lambda t: _long_line(folder / f"{t}longline.txt"))
    add("h18-", "JSONL with broken lines, wrong types, deep nesting", True,
        lambda t: _jsonl_broken(folder / f"{t}broken.jsonl"))
    add("h19-", "XML entity expansion (billion laughs) in .html", True,
        lambda t: _billion_laughs(folder / f"{t}laughs.html"))

    def loop(token: str) -> None:
        (folder / f"{token}loop-a.txt").symlink_to(f"{token}loop-b.txt")
        (folder / f"{token}loop-b.txt").symlink_to(f"{token}loop-a.txt")

    add("h20-", "symlink loop between two files", False, loop)

    def dir_loop(token: str) -> None:
        sub = folder / f"{token}dir"
        sub.mkdir()
        (sub / "article.txt").write_text(PROSE, encoding="utf-8")
        (sub / "back-to-top").symlink_to("..", target_is_directory=True)

    # a directory symlink pointing up: a walker following it would never end
    add("h21-", "directory symlink loop (sub/back-to-top -> ..)", False, dir_loop)

    def unreadable(token: str) -> None:
        p = folder / f"{token}unreadable.txt"
        p.write_text(PROSE, encoding="utf-8")
        p.chmod(0)

    # chmod 000 only bites for a non-root user; as root it is read like any file (still checked)
    add("h22-", "chmod 000 file (readable anyway when run as root)", True, unreadable)
    add("h23-", "FIFO named .txt (open() would block forever)", False,
        lambda t: os.mkfifo(folder / f"{t}pipe.txt"))
    add("h24-", "directory named like a file (folder.txt/)", False,
        lambda t: (folder / f"{t}folder.txt").mkdir())
    add("h25-", "dangling symlink (file removed after listing)", False,
        lambda t: (folder / f"{t}gone.txt").symlink_to(folder / f"{t}never-existed.txt"))
    add("h26-", "symlink to /dev/zero (endless stream)", False,
        lambda t: (folder / f"{t}zero.txt").symlink_to("/dev/zero"))
    # reading /proc/self/mem at offset 0 fails with EIO even for root: a truly unreadable file
    add("h27-", "symlink to /proc/self/mem (read fails with EIO, even as root)", False,
        lambda t: (folder / f"{t}mem.txt").symlink_to("/proc/self/mem"))
    name_nl = os.fsencode(folder) + b"/h28-new\nline\rname.txt"
    add("h28-", "file name with newline and carriage return", True,
        lambda t: Path(os.fsdecode(name_nl)).write_bytes(PROSE.encode()))
    name_bad = os.fsencode(folder) + b"/h29-caf\xe9-\xff\xfe.txt"
    add("h29-", "file name with non-UTF-8 bytes", True,
        lambda t: Path(os.fsdecode(name_bad)).write_bytes(PROSE.encode()))
    add("h30-", "a good article (control)", True, file("control.txt", (PROSE * 3).encode()))
    if big:
        add("h31-", "a single 15 MiB line of ~3 million words", True,
            lambda t: _words_line(folder / f"{t}words-line.txt"))
    add("h32-", "a single 1 MiB line of digits", True, lambda t: _digits_line(folder / f"{t}digits.txt"))
    add("h33-", f"one document that is a list of {LIST_ITEMS:,} items", True,
        lambda t: _long_list(folder / f"{t}list.txt"))
    return cases

