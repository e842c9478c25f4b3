"""CSV export of statements with their proposition and the outlet's stance on it."""

from __future__ import annotations

import csv
import io

from ..models import Dossier
from .views import statement_rows

STATEMENT_COLUMNS = (
    "id", "document", "outlet", "speaker_name", "speaker_role", "origin_class", "speaker", "cue", "mode",
    "text", "proposition", "proposition_text", "stance", "evidence",
)
# Spreadsheet programs run cells starting with these as formulas (CSV injection): prefix a quote.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(v: object) -> str:
    s = "" if v is None else str(v)
    return "'" + s if s.startswith(FORMULA_PREFIXES) else s


def statements_csv(d: Dossier) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=STATEMENT_COLUMNS, lineterminator="\r\n", extrasaction="ignore")
    w.writeheader()
    for row in statement_rows(d):
        w.writerow({k: _cell(row.get(k)) for k in STATEMENT_COLUMNS})
    return buf.getvalue()
