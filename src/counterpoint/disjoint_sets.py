"""Disjoint sets (union-find) over any ordered keys: the one used by linking and clustering.

Written here rather than taken from a library: it is ten lines, and the smallest key of a set is
its root, so results do not depend on the order unions happen in.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class DisjointSets(Generic[K]):
    def __init__(self, keys: Iterable[K] = ()) -> None:
        self._parent: dict[K, K] = {k: k for k in keys}

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    def add(self, key: K) -> None:
        self._parent.setdefault(key, key)

    def discard(self, key: K) -> None:
        """Forget `key` (a key renamed by the caller). Keys whose path ran through it stay in their
        set: they point at its parent, or, when `key` was the root, at the set's new root (its
        smallest remaining key)."""
        parent = self._parent
        if key not in parent:
            return
        up = parent.pop(key)
        below = [k for k, p in parent.items() if p == key]
        if not below:
            return
        if up == key:  # the root goes: the smallest key that pointed at it is the new root
            up = below[0]
            for k in below[1:]:
                up = k if _lt(k, up) else up
        for k in below:
            parent[k] = up

    def find(self, key: K) -> K:
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]  # path halving
            key = parent[key]
        return key

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if _lt(ra, rb) else (rb, ra)
            self._parent[hi] = lo

    def keys(self) -> list[K]:
        return list(self._parent)


def _lt(a: Any, b: Any) -> bool:
    return bool(a < b)

