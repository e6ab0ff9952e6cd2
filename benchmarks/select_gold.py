"""Choose the fakes-dev articles that get hand-written gold annotations.

Articles are picked in clusters (same date and place, two or more outlets) so
the gold set also holds multi-outlet events for relation scoring. Clusters,
not articles, are split between ``dev`` (rules may be written against it) and
``heldout`` (untouched until the rules are done), so no event straddles both.
Deterministic: run it again and the same list comes out.
"""
from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path

FAKES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "fakes-dev.jsonl"
OUT = Path(__file__).resolve().parent / "gold" / "articles.json"
# articles whose extracted claims were printed by the sampling scripts of 2026-11-25 (fourth
# session) while rules were written: no cluster holding one is held out in batch 3
SAMPLED = Path(__file__).resolve().parent / "gold" / "sampled-2026-11-25.json"
MAX_CHARS = 3200      # keep hand annotation feasible
TARGET_ARTICLES = 48
SECOND_BATCH_ARTICLES = 36
THIRD_BATCH_ARTICLES = 24
# batch 4 takes the clusters left, so it admits longer articles
FOURTH_BATCH_MAX_CHARS = 4500


def main(path: Path = FAKES) -> None:
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    clusters: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for rec in records:
        if len(rec["text"]) <= MAX_CHARS:
            clusters[(rec["date"], rec["fakes_annotation"]["location"])].append(rec)
    multi = [
        (key, members) for key, members in clusters.items()
        if len({m["outlet"] for m in members}) >= 2
    ]
    # stable pseudo-random order independent of file order
    multi.sort(key=lambda kv: hashlib.sha1(repr(kv[0]).encode()).hexdigest())
    chosen: list[dict] = []
    outlets_seen: collections.Counter[str] = collections.Counter()
    for (date, place), members in multi:
        if len(chosen) >= TARGET_ARTICLES:
            break
        # one article per outlet per cluster, at most three per cluster
        by_outlet = {}
        for m in members:
            by_outlet.setdefault(m["outlet"], m)
        picks = sorted(by_outlet.values(), key=lambda m: outlets_seen[m["outlet"]])[:3]
        split = "heldout" if int(hashlib.sha1(f"{date}|{place}".encode()).hexdigest(), 16) % 3 == 0 else "dev"
        for m in picks:
            outlets_seen[m["outlet"]] += 1
            chosen.append({"id": m["id"], "outlet": m["outlet"], "date": date,
                           "place": place, "cluster": f"{date}/{place}", "split": split})
    # every outlet should be represented, even one with no multi-outlet cluster
    for rec in sorted(records, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest()):
        if rec["outlet"] not in outlets_seen and len(rec["text"]) <= 2 * MAX_CHARS:
            outlets_seen[rec["outlet"]] += 1
            split = "heldout" if len(outlets_seen) % 2 else "dev"
            chosen.append(_single_row(rec, split))
    chosen.extend(second_batch(multi, {c["id"] for c in chosen}))
    sampled = set(json.loads(SAMPLED.read_text(encoding="utf-8")))
    chosen.extend(third_batch(multi, {c["id"] for c in chosen} | sampled))
    chosen.extend(fourth_batch(records, {c["id"] for c in chosen} | sampled))
    chosen.extend(fifth_batch(records, {c["id"] for c in chosen}))
    OUT.write_text(json.dumps(chosen, indent=1) + "\n", encoding="utf-8")
    counts = collections.Counter(c["split"] for c in chosen)
    print(f"{len(chosen)} articles, {dict(counts)}, {len({c['outlet'] for c in chosen})} outlets",
          file=sys.stderr)


def _fresh_clusters(multi: list, taken: set[str], limit: int):
    """(date, place, up to three articles of different outlets) for clusters none of whose
    articles is taken, in the stable order, until ``limit`` articles are picked."""
    count = 0
    for (date, place), members in multi:
        if count >= limit:
            break
        if any(m["id"] in taken for m in members):
            continue
        picks = _one_per_outlet(members)
        count += len(picks)
        yield date, place, picks


def _one_per_outlet(members: list[dict]) -> list[dict]:
    """The first article of each outlet among ``members``, at most three, in id order."""
    by_outlet: dict[str, dict] = {}
    for m in members:
        by_outlet.setdefault(m["outlet"], m)
    return sorted(by_outlet.values(), key=lambda m: m["id"])[:3]


def _rows(date: str, place: str, picks: list[dict], split: str) -> list[dict]:
    return [{"id": m["id"], "outlet": m["outlet"], "date": date, "place": place,
             "cluster": f"{date}/{place}", "split": split} for m in picks]


def _single_row(rec: dict, split: str) -> dict:
    """An article chosen on its own, outside any cluster."""
    return {"id": rec["id"], "outlet": rec["outlet"], "date": rec["date"],
            "place": rec["fakes_annotation"]["location"], "cluster": None, "split": split}


def second_batch(multi: list, taken: set[str]) -> list[dict]:
    """Batch 2, added after the first held-out split had been scored seven times.

    Clusters none of whose articles are in batch 1, in the same stable order. Half become
    ``dev2`` (more errors to learn from), half ``heldout2``: a fresh held-out split, annotated
    blind and scored once, because the first one has been looked at through its scores.
    """
    picked: list[dict] = []
    for date, place, picks in _fresh_clusters(multi, taken, SECOND_BATCH_ARTICLES):
        digest = int(hashlib.sha1(f"batch2|{date}|{place}".encode()).hexdigest(), 16)
        picked.extend(_rows(date, place, picks, "heldout2" if digest % 2 else "dev2"))
    return picked


def third_batch(multi: list, taken: set[str]) -> list[dict]:
    """Batch 3, added on 2026-11-25 (fourth session), after the two held-out splits had been
    scored eleven and four times: clusters none of whose articles are in batches 1 and 2 or
    were printed while this session's rules were written, all held out (``heldout3``),
    annotated blind by helper sessions and scored once, at the end.
    """
    return [row for date, place, picks in _fresh_clusters(multi, taken, THIRD_BATCH_ARTICLES)
            for row in _rows(date, place, picks, "heldout3")]


def fourth_batch(records: list[dict], taken: set[str]) -> list[dict]:
    """Batch 4, added on 2026-11-26, when fewer than ten short clusters were left: clusters of
    articles up to ``FOURTH_BATCH_MAX_CHARS`` none of whose articles (of any length) is in
    batches 1 to 3 or was printed while rules were written. Half the clusters become ``dev3``
    (fresh errors to learn from), half ``heldout4``, annotated blind and scored at the end.
    """
    clusters: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for rec in records:
        clusters[(rec["date"], rec["fakes_annotation"]["location"])].append(rec)
    picked: list[dict] = []
    count = 0
    for (date, place), members in sorted(clusters.items(),
                                         key=lambda kv: hashlib.sha1(repr(kv[0]).encode()).hexdigest()):
        if any(m["id"] in taken for m in members):
            continue
        picks = _one_per_outlet(sorted((m for m in members if len(m["text"]) <= FOURTH_BATCH_MAX_CHARS),
                                       key=lambda m: m["id"]))
        if len(picks) < 2:
            continue
        # alternate in the stable order: a hash split left only three of thirteen held out
        picked.extend(_rows(date, place, picks, "heldout4" if count % 2 else "dev3"))
        count += 1
    return picked


FIFTH_BATCH_ARTICLES = 18


def fifth_batch(records: list[dict], taken: set[str]) -> list[dict]:
    """Batch 5, added on 2026-11-26 when no multi-outlet cluster was left: single articles
    (1,000 to 4,500 chars) not in batches 1 to 4, one outlet after another in a stable order,
    all ``dev4``: more extraction errors to learn from, on outlets' ordinary reports."""
    by_outlet: dict[str, list[dict]] = collections.defaultdict(list)
    for rec in sorted(records, key=lambda r: hashlib.sha1(f"batch5|{r['id']}".encode()).hexdigest()):
        if rec["id"] not in taken and 1000 <= len(rec["text"]) <= FOURTH_BATCH_MAX_CHARS:
            by_outlet[rec["outlet"]].append(rec)
    picked: list[dict] = []
    round_ = 0
    while len(picked) < FIFTH_BATCH_ARTICLES and any(len(v) > round_ for v in by_outlet.values()):
        for outlet in sorted(by_outlet):
            if len(picked) < FIFTH_BATCH_ARTICLES and len(by_outlet[outlet]) > round_:
                picked.append(_single_row(by_outlet[outlet][round_], "dev4"))
        round_ += 1
    return picked


if __name__ == "__main__":
    main()
