"""Measure claimcheck at scale: ingest throughput, memory, store size, re-ingest, compare latency.

    python benchmarks/run.py                    # 10,000 and 100,000 articles
    python benchmarks/run.py --sizes 1000       # a quick run
    python benchmarks/run.py --full             # adds 1,000,000 articles

Corpora come from ``benchmarks/corpus.py`` (deterministic, seed 1) and are kept in --work
between runs. Ingest runs as the real command in a subprocess; peak memory is the largest sum
of resident memory over the ingest process and its workers, sampled from /proc. Compare
latency is the library call on the ingested store, over a fixed list of queries. Results are
printed as one Markdown table and written to benchmarks/results/run.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

from claimcheck.compare import compare, list_events  # noqa: E402
from claimcheck.extract import extract_claims  # noqa: E402
from claimcheck.read import read_file  # noqa: E402
from claimcheck.sources import load_registry  # noqa: E402
from claimcheck.store import Store  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
QUERIES = [
    "Aleppo", "Waer bombardment", "Khan Sheikhoun chemical attack", "Idlib air strikes", "Douma",
    "Raqqa", "Deir Ezzor siege", "Qamishli bombing", "Homs", "Damascus chemical attack",
    "Aleppo AND (", "Atmeh refugee camp",
]
REPEATS = 3


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total


def run_ingest(folder: Path, db: Path, workers: int) -> dict:
    """Wall time, peak tree memory and the summary of one `claimcheck ingest`."""
    command = [sys.executable, "-m", "claimcheck", "ingest", str(folder), "--db", str(db),
               "--workers", str(workers), "--json"]
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    stdout, stderr = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}): {stderr.decode()[-2000:]}")
    return {"seconds": elapsed, "peak_rss": peak, "summary": json.loads(stdout)}


def store_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def raw_text_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*.txt"))


def compare_latency(db: Path) -> dict:
    timings = []
    with Store(db, create=False) as store:
        for _ in range(REPEATS):
            for query in QUERIES:
                started = time.perf_counter()
                compare(store, query)
                timings.append(time.perf_counter() - started)
    timings.sort()
    return {"median": statistics.median(timings), "p95": timings[int(0.95 * (len(timings) - 1))],
            "queries": len(QUERIES), "repeats": REPEATS}


def events_seconds(db: Path) -> float:
    """How long `claimcheck events` (the 50 largest events) takes on the store, best of two."""
    timings = []
    with Store(db, create=False) as store:
        for _ in range(2):
            started = time.perf_counter()
            list_events(store)
            timings.append(time.perf_counter() - started)
    return min(timings)


def anchor(folder: Path, count: int = 1000) -> dict:
    """Articles per second on one core: claimcheck's extractor and, when installed, textacy's
    direct_quotations on spaCy's small English model, over the same articles."""
    registry = load_registry(str(ROOT / "claimcheck" / "data" / "sources.toml"))
    files = sorted(folder.rglob("*.txt"))[:count]
    articles = [read_file(p, p.read_bytes(), registry).articles[0] for p in files]
    started = time.perf_counter()
    for article in articles:
        extract_claims(article, registry)
    ours = len(articles) / (time.perf_counter() - started)
    result = {"articles": len(articles), "claimcheck_per_second": ours, "textacy_per_second": None}
    try:
        import spacy
        from textacy.extract import direct_quotations
        nlp = spacy.load("en_core_web_sm")
    except Exception as exc:  # noqa: BLE001 - any missing piece means the anchor is skipped
        result["textacy_skipped"] = (f"{type(exc).__name__}: {exc}. Install with pip install -e '.[bench]' "
                                     "and python -m spacy download en_core_web_sm")
        return result
    started = time.perf_counter()
    for article in articles:
        try:
            list(direct_quotations(nlp(article.body)))
        except Exception:  # noqa: BLE001 - textacy gives up on unbalanced quotes; count the time
            pass
    result["textacy_per_second"] = len(articles) / (time.perf_counter() - started)
    return result


def bench_size(size: int, work: Path, cores: int) -> dict:
    folder = work / f"corpus-{size}"
    if not (folder / ".complete").exists():
        print(f"generating {size:,} articles in {folder} ...", file=sys.stderr)
        corpus.write(size, folder, seed=1, fmt="txt")
        (folder / ".complete").write_text("ok")
    txt = folder / "txt"
    result: dict = {"articles": size, "raw_text_bytes": raw_text_bytes(txt)}
    for label, workers in (("one_worker", 1), ("all_cores", cores)):
        db = work / f"store-{size}-{label}.db"
        for stale in work.glob(db.name + "*"):
            stale.unlink()
        print(f"ingest {size:,} with {workers} worker(s) ...", file=sys.stderr)
        run = run_ingest(txt, db, workers)
        result[label] = {"seconds": run["seconds"], "articles_per_second": size / run["seconds"],
                         "peak_rss_bytes": run["peak_rss"], "claims": run["summary"]["claims"]}
    db = work / f"store-{size}-all_cores.db"
    result["store_bytes"] = store_bytes(db)
    result["store_bytes_per_article"] = result["store_bytes"] / size
    result["store_to_raw_ratio"] = result["store_bytes"] / result["raw_text_bytes"]
    print(f"re-ingest {size:,} unchanged ...", file=sys.stderr)
    again = run_ingest(txt, db, cores)
    result["reingest_seconds"] = again["seconds"]
    print(f"compare latency on {size:,} ...", file=sys.stderr)
    result["compare"] = compare_latency(db)
    print(f"events on {size:,} ...", file=sys.stderr)
    result["events_seconds"] = events_seconds(db)
    (work / f"store-{size}-one_worker.db").unlink(missing_ok=True)
    return result


def table(results: list[dict], anchor_result: Optional[dict]) -> str:
    rows = [
        ("articles", lambda r: f"{r['articles']:,}"),
        ("ingest, 1 worker (articles/s)", lambda r: f"{r['one_worker']['articles_per_second']:,.0f}"),
        ("ingest, all cores (articles/s)", lambda r: f"{r['all_cores']['articles_per_second']:,.0f}"),
        ("peak memory, all cores (MB)", lambda r: f"{r['all_cores']['peak_rss_bytes'] / 1e6:,.0f}"),
        ("store size per article (bytes)", lambda r: f"{r['store_bytes_per_article']:,.0f}"),
        ("store size / raw text", lambda r: f"{r['store_to_raw_ratio']:.2f}x"),
        ("re-ingest unchanged (s)", lambda r: f"{r['reingest_seconds']:.1f}"),
        ("compare median (s)", lambda r: f"{r['compare']['median']:.3f}"),
        ("compare p95 (s)", lambda r: f"{r['compare']['p95']:.3f}"),
        ("events, 50 largest (s)", lambda r: f"{r['events_seconds']:.1f}" if "events_seconds" in r else "-"),
    ]
    lines = ["| measure | " + " | ".join(f"{r['articles']:,}" for r in results) + " |",
             "|---|" + "---:|" * len(results)]
    lines += [f"| {label} | " + " | ".join(get(r) for r in results) + " |" for label, get in rows[1:]]
    if anchor_result:
        theirs = anchor_result["textacy_per_second"]
        lines.append("")
        lines.append(f"Extraction alone on {anchor_result['articles']:,} articles, one core: claimcheck "
                     f"{anchor_result['claimcheck_per_second']:,.0f} articles/s; textacy direct_quotations "
                     + (f"{theirs:,.1f} articles/s." if theirs else f"skipped ({anchor_result['textacy_skipped']})."))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--full", action="store_true", help="also 1,000,000 articles")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "claimcheck-bench")
    parser.add_argument("--cores", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    sizes = args.sizes + ([1_000_000] if args.full else [])
    args.work.mkdir(parents=True, exist_ok=True)
    results = [bench_size(size, args.work, args.cores) for size in sizes]
    anchor_result = anchor(args.work / f"corpus-{sizes[0]}" / "txt")
    machine = {"platform": platform.platform(), "python": platform.python_version(), "cores": args.cores,
               "processor": platform.processor() or platform.machine(), "date": time.strftime("%Y-%m-%d")}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "run.json").write_text(json.dumps({"machine": machine, "sizes": results, "anchor": anchor_result},
                                                 indent=2) + "\n", encoding="utf-8")
    print(f"Machine: {machine['platform']}, Python {machine['python']}, {machine['cores']} cores, {machine['date']}")
    print(table(results, anchor_result))


if __name__ == "__main__":
    main()
