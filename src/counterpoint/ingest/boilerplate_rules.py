"""Boilerplate rules as data: what a line must look like to be page furniture, not article.

Every pattern must match a WHOLE line (after whitespace normalization), case-insensitively,
so a sentence of the article that merely mentions "comments" or "share" is never touched.
"""

from __future__ import annotations

# Lines longer than this are never boilerplate by the line patterns (furniture is short; the
# longest we know, "If you notice an error ... to the editor.", is ~110 characters).
MAX_BOILERPLATE_LINE_CHARS = 220

# Whole-line patterns for page furniture left in plain text and in HTML-extracted text.
LINE_PATTERNS: tuple[str, ...] = (
    # comment forms
    r"leave a (reply|comment|response)( cancel reply)?",
    r"(post|add|submit|write|view|show|load) (a |your |all |more )?comments?",
    r"\d+ (comments?|responses?|replies)|comments? \(\d+\)|no comments( yet)?|comments are closed\.?",
    r"your email address will not be published\.?( required fields are marked \*)?",
    r"required fields are marked \*",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"(name|email|e-mail|website|comment) ?\*",
    r"you must be logged in to post a comment\.?",
    # share prompts and share buttons
    r"spread the love",
    r"share( this( article| story| post)?| on \w+)?:?",
    r"(tweet|pin it|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest|email|print)( this)?",
    r"(click|tap) (here )?to (share|print|email|tweet).*",
    r"like this:?|loading\.\.\.",
    # share counters such as "0 0" or "12 3 1"
    r"\d{1,6}( \d{1,6}){0,3}",
    # navigation
    r"back to top( button)?",
    r"skip to (main )?content",
    r"(toggle )?(navigation|menu)",
    r"(previous|next) (article|post|story)",
    # reader prompts and housekeeping
    r"if you (notice|find|see|spot) an? (error|mistake|typo) in (the|this) (text|article).*",
    r"(article )?(categories|category|tags|filed under):.*",
    r"(you might|you may) also (want to read|like|be interested in|enjoy).*",
    r"read (also|more|next)\b.*",
    r"(subscribe|sign up)( to| for)? (our|the) newsletter.*",
    r"follow us on .*",
    r"(advertisement|advertising|sponsored( content)?|ad)",
    r"(©|copyright ©?) ?\d{4}.*|all rights reserved\.?",
    # a lone photo credit line; a caption that says something stays
    r"\(?(photo|image|picture)s?( credit)?: [^.]{1,60}\)?",
)

# Headings that open a list of links to other articles; the short headline-like lines that
# follow them are dropped too.
RELATED_HEADINGS: tuple[str, ...] = (
    r"related( articles| posts| stories| news| content| coverage)?:?",
    r"more from .{1,40}",
    r"(more|other|latest|popular|trending|recommended) (news|stories|articles|posts)(:)?",
    r"you may also like:?",
    r"recommended( for you)?:?",
)
# A related-list item: a headline, not a sentence (no final punctuation) and not long.
RELATED_ITEM_MAX_CHARS = 160
SENTENCE_END = ('.', '!', '?', '"', "”", "’", "'", ':', ';', ')', '»')

# An author blurb at the foot of an article: "<Name> is a journalist at ..." (optionally after
# a line holding just the name). Only looked for in the last lines.
AUTHOR_BIO = (
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is an? (?:[\w-]+ ){0,4}"
    r"(?:journalist|reporter|writer|editor|correspondent|columnist|contributor|author|blogger"
    r"|freelancer|news writer)\b.*"
)
AUTHOR_BIO_TAIL_LINES = 8

# Trailing lines in another script than the article's (a Korean comment form after an English
# article): at most this many lines and this share of the article's letters.
OTHER_SCRIPT_TAIL_MAX_LINES = 8
OTHER_SCRIPT_TAIL_MAX_SHARE = 0.25

# Unicode blocks by script, for the trailing-script rule: (first, last, script).
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0x3040, 0x30FF, "Kana"),
    (0x4E00, 0x9FFF, "Han"),
    (0x3400, 0x4DBF, "Han"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)
