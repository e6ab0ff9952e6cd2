"""Write N realistic synthetic articles for benchmarks, deterministic for a given seed.

    python benchmarks/corpus.py 10000 --out /tmp/corpus-10k --seed 1 [--format txt|jsonl|both]

Articles are recombined from real reporting: fakes-dev.jsonl and the sample articles give the
sentences (quotations, reported speech, tolls), outlets, dates and places. Each synthetic
article takes the opening of one real article and continues with sentences drawn from others,
with numbers and places varied, so that its length, quote style and claim density follow the
real distribution. ``.txt`` articles carry front matter; ``.jsonl`` uses the fakes-dev fields.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "data" / "fakes-dev.jsonl"
SAMPLES = ROOT / "articles"
FILES_PER_FOLDER = 1000
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])")
_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b")


def _sources() -> tuple[list[dict], list[str], list[str]]:
    records = [json.loads(line) for line in FAKES.open(encoding="utf-8")]
    for path in sorted(SAMPLES.glob("*.txt")):
        records.append({"outlet": "", "date": "2017-03-09", "title": path.stem, "text": path.read_text(encoding="utf-8"),
                        "fakes_annotation": {"location": ""}})
    sentences = [s for r in records for s in _SENTENCE.split(r["text"]) if 40 <= len(s) <= 600]
    places = sorted({r["fakes_annotation"]["location"].title() for r in records if r["fakes_annotation"]["location"]})
    return records, sentences, places


def generate(count: int, seed: int = 1) -> Iterator[dict]:
    """``count`` article records: id, outlet, date, title, text."""
    rng = random.Random(seed)
    records, sentences, places = _sources()
    for index in range(count):
        base = rng.choice(records)
        base_sentences = _SENTENCE.split(base["text"])
        keep = max(1, int(len(base_sentences) * rng.uniform(0.3, 0.7)))
        body = base_sentences[:keep]
        target = max(len(base["text"]), 400) * rng.uniform(0.8, 1.2)
        while sum(len(s) + 1 for s in body) < target:
            body.append(rng.choice(sentences))
        text = " ".join(body)
        # vary figures and one place so that recombined articles are not copies
        text = _NUMBER.sub(lambda m: _vary(m.group(), rng), text)
        if places and base["fakes_annotation"]["location"]:
            text = re.sub(re.escape(base["fakes_annotation"]["location"].title()), rng.choice(places), text)
        yield {
            "id": f"synthetic-{seed}-{index}",
            "outlet": base["outlet"] or rng.choice(records)["outlet"],
            "date": base["date"],
            "title": f"{base['title']} ({index})",
            "text": text,
        }


def _vary(number: str, rng: random.Random) -> str:
    value = int(number.replace(",", ""))
    if 1900 <= value <= 2030:
        return number  # years stay years
    varied = max(1, int(value * rng.uniform(0.7, 1.3)))
    return f"{varied:,}" if "," in number else str(varied)


def write(count: int, out: Path, seed: int = 1, fmt: str = "txt") -> Path:
    out.mkdir(parents=True, exist_ok=True)
    jsonl = (out / "articles.jsonl").open("w", encoding="utf-8") if fmt in ("jsonl", "both") else None
    try:
        for index, record in enumerate(generate(count, seed)):
            if fmt in ("txt", "both"):
                folder = out / "txt" / f"{index // FILES_PER_FOLDER:04d}"
                if index % FILES_PER_FOLDER == 0:
                    folder.mkdir(parents=True, exist_ok=True)
                front = (f"+++\ntitle = {json.dumps(record['title'])}\noutlet = {json.dumps(record['outlet'])}\n"
                         f"date = {json.dumps(record['date'])}\n+++\n")
                (folder / f"{index:07d}.txt").write_text(front + record["text"] + "\n", encoding="utf-8")
            if jsonl is not None:
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if jsonl is not None:
            jsonl.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=["txt", "jsonl", "both"], default="txt")
    args = parser.parse_args()
    write(args.count, args.out, args.seed, args.format)


if __name__ == "__main__":
    main()
