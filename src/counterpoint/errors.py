"""The one exception hierarchy of Counterpoint.

Every error a user can cause has its own class so the CLI and the web API can turn it into a
clean message; nothing else is raised on purpose.
"""

from __future__ import annotations


class CounterpointError(Exception):
    """Base class: a problem the user can act on, with a message that says how."""


class InputError(CounterpointError):
    """An input file or record cannot be used; the document is skipped with this reason."""


class NotText(InputError):
    """The input is binary or cannot be decoded as text."""


class ModelMissing(CounterpointError):
    """The spaCy model package is not installed."""


class StoreError(CounterpointError):
    """The store cannot be opened, migrated or written."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock."""


class ConfigError(CounterpointError):
    """An option or argument has an unusable value."""


class WorkerFailed(CounterpointError):
    """A worker process of the per-document stage died (killed, out of memory)."""
