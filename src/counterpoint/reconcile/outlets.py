"""Outlet profiles: each outlet's documents and the origins its figures relay."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..models import Document, OutletProfile
from .independence import Attribution, outlet_key, outlet_name


def outlet_profiles(
    documents: Sequence[Document], attributions: Sequence[Attribution]
) -> tuple[OutletProfile, ...]:
    """One profile per outlet (syndicated copies list under their own outlet); sorted by name.

    `origins` are the stated origins the outlet's figures come from, not the outlet itself.
    """
    docs_by_outlet: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for d in documents:
        if d.status != "ok":
            continue
        key = outlet_key(d, d.id)
        docs_by_outlet[key].append(d.id)
        names.setdefault(key, outlet_name(d, d.id))
    origins: dict[str, dict[str, None]] = defaultdict(dict)  # ordered set
    for a in attributions:
        if a.stated:
            origins[a.outlet_key].setdefault(a.origin_name, None)
    return tuple(sorted(
        (OutletProfile(name=names[k], documents=tuple(ids), origins=tuple(origins.get(k, {})))
         for k, ids in docs_by_outlet.items()),
        key=lambda p: p.name.lower(),
    ))
