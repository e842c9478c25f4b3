"""Counterpoint: reconcile what many outlets report about one news event."""

__version__ = "0.1.0"
