"""Exceptions raised by the library; the CLI turns them into one-line messages."""
from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: the message says what went wrong and what to do next."""


class SourcesError(ClaimcheckError):
    """sources.toml cannot be read or fails validation."""


class StoreError(ClaimcheckError):
    """The SQLite store cannot be opened, is of another schema version, or cannot be written."""


class ArticleError(ClaimcheckError):
    """One input file cannot be read as articles; the file is skipped with this reason."""
