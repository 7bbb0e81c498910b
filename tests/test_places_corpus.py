"""Region and covered year on 40 real report openings (``shared/corpus``, labelled in labels.tsv).

The labelled region's last administrative unit is matched by division code (any accepted
form); a township label is matched by its county's code plus the township text.  At least
38 of 40 must be right; misses are printed.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from rag import places
from rag.ingest.clean import clean_text
from rag.ingest.metadata import infer_metadata

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = [Path(os.environ["RAG_CORPUS_DIR"])] if os.environ.get("RAG_CORPUS_DIR") else []
CANDIDATES += [ROOT / "evals" / "corpus", ROOT.parent / "shared" / "corpus", Path("/work/shared/corpus")]
CORPUS = next((p for p in CANDIDATES if (p / "labels.tsv").exists()), None)


def labelled_code(region: str) -> tuple[str, str]:
    """(code of the last administrative unit, township text) of a label like 重庆市丰都县栗子乡."""
    if region == "中华人民共和国":
        return places.NATIONAL, ""
    ms = places.find_mentions(region)
    last = ms[-1]
    tail = region[last.end:]
    return last.codes[0], tail


def run_corpus() -> tuple[int, list[str]]:
    rows = list(csv.DictReader((CORPUS / "labels.tsv").open(encoding="utf-8"), delimiter="\t"))
    right, misses = 0, []
    for row in rows:
        raw = (CORPUS / row["file"]).read_text(encoding="utf-8")
        meta = infer_metadata(clean_text(raw), Path(row["file"]).name)
        code, town = labelled_code(row["region"])
        ok_region = places.same_place(meta.region_code, code) and (not town or meta.region.endswith(town))
        ok_year = meta.year == int(row["covered_year"])
        if ok_region and ok_year:
            right += 1
        else:
            misses.append(f"{row['file']}: want {row['region']} {row['covered_year']}, "
                          f"got {meta.region or '(unknown)'} [{meta.region_code}] {meta.year}")
    return right, misses


@pytest.mark.skipif(CORPUS is None, reason="labelled corpus not found (set RAG_CORPUS_DIR)")
def test_labelled_openings_region_and_year():
    right, misses = run_corpus()
    print(f"\nregion+year right: {right}/40")
    for m in misses:
        print("  miss:", m)
    assert right >= 38, "\n".join(misses)


if __name__ == "__main__":
    r, ms = run_corpus()
    print(f"{r}/40")
    print("\n".join(ms))
