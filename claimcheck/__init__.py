"""claimcheck: cross-check what each side of a war reports.

The package is a library first; ``claimcheck.cli`` is a thin Click layer over it.
Data flows one way: read (articles) -> extract (claims) -> store -> compare -> render.
"""
from __future__ import annotations

__version__ = "0.1.0"
