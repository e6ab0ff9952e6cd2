"""Extraction alone, one core: articles per second on fakes-dev.jsonl (642 articles, 1.9 KB each).

    python benchmarks/extract_speed.py [--repeats 3]

Reading and metadata inference happen before the clock starts; the best of the repeats is
reported, so a busy machine lowers the figure less. Nothing is cached from one repeat to the next.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimcheck.extract import extract_claims  # noqa: E402
from claimcheck.read import read_file  # noqa: E402
from claimcheck.sources import load_registry  # noqa: E402

FAKES = ROOT.parent / "shared" / "data" / "fakes-dev.jsonl"


def _clear_caches() -> None:
    """Empty claimcheck's functools caches (place names and the like), as the registry is renewed."""
    for name, module in list(sys.modules.items()):
        if name.startswith("claimcheck"):
            for value in list(vars(module).values()):
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    registry = load_registry(str(ROOT / "claimcheck" / "data" / "sources.toml"))
    articles = read_file(FAKES, FAKES.read_bytes(), registry).articles
    best = float("inf")
    claims = 0
    for _ in range(args.repeats):
        # a fresh registry each time: its name cache warms within a run, as in a real ingest,
        # but must not carry over from one repeat to the next
        registry = load_registry(str(ROOT / "claimcheck" / "data" / "sources.toml"))
        _clear_caches()
        started = time.perf_counter()
        claims = sum(len(extract_claims(article, registry)) for article in articles)
        best = min(best, time.perf_counter() - started)
    size = sum(len(a.body) for a in articles) / len(articles)
    print(f"{len(articles)} articles ({size / 1000:.1f} KB average), {claims} claims: "
          f"{len(articles) / best:,.0f} articles/s on one core (best of {args.repeats})")


if __name__ == "__main__":
    main()
