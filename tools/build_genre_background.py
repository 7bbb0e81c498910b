"""Build ``rag/data/genre_background.jsonl``: the fixed sample of 法治政府建设年度报告 whose document
frequencies give every question's rarity weights (rag/answer/report_weights.py).

The sample is the development reports: ``seeds/`` and ``evals/corpus/reports/`` (45 reports of
provinces, cities, counties and departments, 2016-2024).  The held-out fresh reports
(``evals/fresh/reports``) are not in it.  Line 1 is a header (format, version, count); each further line
is one report's text as indexing stores it (read and cleaned as ``rag ingest`` does), as a JSON string,
in file-name order.

    .venv/bin/python tools/build_genre_background.py
"""
from __future__ import annotations

import json
from pathlib import Path

from rag.ingest.clean import clean_text
from rag.ingest.loaders import load_file

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("seeds", "evals/corpus/reports")
OUT = ROOT / "rag" / "data" / "genre_background.jsonl"
FORMAT, VERSION = "genre-background", 1


def main() -> None:
    texts = [clean_text(load_file(p).text) for s in SOURCES for p in sorted((ROOT / s).glob("*.txt"))]
    header = {"format": FORMAT, "version": VERSION, "reports": len(texts), "sources": list(SOURCES)}
    lines = [json.dumps(header, ensure_ascii=False)] + [json.dumps(t, ensure_ascii=False) for t in texts]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(texts)} reports")


if __name__ == "__main__":
    main()
