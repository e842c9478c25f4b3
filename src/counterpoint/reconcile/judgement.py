"""The judgement of one slot: its verdict, best value and the evidence the explanation cites
(a typed record passed from `verdicts` and `series` to `explain`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import Best, FigureClaim, Verdict
from .best import Corroboration
from .dating import TollClock

# The event's toll clock and the text of the slot being judged (never its own clock).
SlotClock = tuple[TollClock, str]

How = Literal["grew", "grew_reported", "revised", "cued", "clock"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgement:
    verdict: Verdict
    best: Best
    how: How | None = None  # for updates: which kind
    # (how the stage is dated: "as of D" / "reported D", claims), oldest first
    stages: tuple[tuple[str, tuple[FigureClaim, ...]], ...] = ()
    undated: tuple[FigureClaim, ...] = ()  # neither an as-of nor a publication date used
    superseded: tuple[FigureClaim, ...] = ()  # revised figures replaced by a later one
    corroboration: Corroboration | None = None  # for disputes settled by independent origins
    hedged: tuple[FigureClaim, ...] = ()  # shown, not used for verdict or best
    outliers: tuple[FigureClaim, ...] = ()  # a lone figure far off the others, set aside
    smaller_later: tuple[FigureClaim, ...] = ()  # far below an earlier count of its series, set aside
    estimates: tuple[FigureClaim, ...] = ()  # an estimate beside its report's exact count, set aside
    jumps: tuple[FigureClaim, ...] = ()  # a lone figure far above the level reports share (updates.late_jumps)
    cues: tuple[tuple[FigureClaim, str], ...] = ()  # (figure, update cue as written) that replaced others
    current: tuple[FigureClaim, ...] = ()  # the figures standing after the updates
    leads: tuple[FigureClaim, ...] = ()  # for disputes judged on each report's lead figure
    official_head: tuple[FigureClaim, ...] = ()  # for disputes: the latest figure of the official series
    # for disputes between origin classes (`contest.py`): each rival chain's name and standing figures
    rivals: tuple[tuple[str, tuple[FigureClaim, ...]], ...] = ()
