"""Checks on the fresh-report sets, ``evals/fresh_*.jsonl``, over ``evals/fresh/`` (+ the 45 reports).

The fresh reports are full-length reports of the genre written for evaluation (not real
publications; see ``evals/fresh/README.md``) for regions none of the 45 indexed reports
covers, so that a set can ask about text no code was written against.  Every fresh set
obeys the rules of the corpus sets (``tests/test_devset_corpus.py``): verbatim evidence,
paraphrased questions naming place and year, no one-word aliases, and "which reports"
golds recomputed over every report of the fresh eval index (seeds + corpus + fresh).

    $ .venv/bin/python -m pytest tests/test_devset_fresh.py -q
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from test_devset_corpus import (
    LABELS,
    REPORTS,
    SEEDS,
    TYPES,
    docs_of,
    expected_docs,
    item_problems,
    read_labels,
    short_forms,
)

from rag.text.normalize import fold

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "evals" / "fresh"
FRESH_REPORTS = FRESH / "reports"
FRESH_LABELS = FRESH / "labels.tsv"
FRESH_SETS = sorted((ROOT / "evals").glob("fresh_*.jsonl"))
MIN_CHARS = 4000  # a whole report of the genre, not an opening


def _items(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def fresh_labels() -> list[dict]:
    return read_labels(FRESH_LABELS)


@pytest.fixture(scope="module")
def by_file(fresh_labels) -> dict[str, dict]:
    rows = read_labels(LABELS) + fresh_labels
    return {Path(r["file"]).name: r for r in rows}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    files = sorted(REPORTS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")) + sorted(FRESH_REPORTS.glob("*.txt"))
    return {p.name: p.read_text(encoding="utf-8") for p in files}


@pytest.fixture(scope="module")
def region_names(by_file) -> set[str]:
    return {fold(n) for r in by_file.values() for n in short_forms(r["region"])}


def test_fresh_reports_match_labels_and_are_new_places(fresh_labels):
    files = sorted(p.name for p in FRESH_REPORTS.glob("*.txt"))
    listed = sorted(Path(r["file"]).name for r in fresh_labels)
    assert files == listed, f"evals/fresh/reports and labels.tsv differ: {set(files) ^ set(listed)}"
    assert (FRESH / "README.md").is_file()
    known = {r["region"] for r in read_labels(LABELS)}
    for r in fresh_labels:
        text = (FRESH / r["file"]).read_text(encoding="utf-8")
        assert len(text) >= MIN_CHARS, f"{r['file']} is only {len(text)} chars"
        assert r["region"] not in known, f"{r['file']}: {r['region']} is already a corpus report's region"
        if r["script"] == "traditional":
            assert fold(text) != text, f"{r['file']} is labelled traditional but has no Traditional characters"


@pytest.mark.parametrize("path", FRESH_SETS, ids=[p.stem for p in FRESH_SETS])
def test_every_fresh_item_is_valid(path, texts, by_file, region_names):
    items = _items(path)
    probs = [p for it in items for p in item_problems(it, texts, by_file, region_names)]
    fresh = {p.name for p in FRESH_REPORTS.glob("*.txt")}
    for it in items:
        if it["type"] not in ("unanswerable", "multi_doc") and not set(docs_of(it)) & fresh:
            probs.append(f"{it['id']}: asks about no fresh report")
    assert not probs, "\n".join(probs)


@pytest.mark.parametrize("path", FRESH_SETS, ids=[p.stem for p in FRESH_SETS])
def test_fresh_composition(path):
    items = _items(path)
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(rf"{path.stem.split('_')[1]}-\d{{3}}", i) for i in ids), ids
    types = Counter(it["type"] for it in items)
    assert len(items) >= 20 and set(types) == TYPES, dict(types)
    polarity = Counter(it["answer"] for it in items if it["type"] == "yesno")
    assert polarity["否"] >= polarity["是"], dict(polarity)


@pytest.mark.parametrize("path", FRESH_SETS, ids=[p.stem for p in FRESH_SETS])
def test_fresh_which_reports_golds_are_exhaustive(path, texts, by_file):
    for it in _items(path):
        if it["type"] != "multi_doc":
            continue
        want = expected_docs(it["question"], texts, by_file)
        assert want is not None, f"{it['id']}: quote the term (“…”) so the gold set can be recomputed"
        assert set(docs_of(it)) == want, f"{it['id']}: gold {sorted(docs_of(it))} != reports that match {sorted(want)}"
        assert len(re.split(r"[、；;]", it["answer"])) == len(want), f"{it['id']}: answer names {it['answer']!r}"


@pytest.mark.skipif(not FRESH_SETS, reason="no fresh set yet")
def test_every_fresh_report_is_asked_about(fresh_labels):
    asked = Counter(d for p in FRESH_SETS for it in _items(p) for d in set(docs_of(it)))
    few = {Path(r["file"]).name: asked[Path(r["file"]).name] for r in fresh_labels
           if asked[Path(r["file"]).name] < 3}
    assert not few, f"fresh reports asked about fewer than 3 times: {few}"


@pytest.fixture(scope="module")
def fresh_documents(tmp_path_factory):
    """The documents of a real (lexical) index of seeds + corpus + fresh reports, as `rag ingest` stores them."""
    from rag.config import Config
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest

    tmp = tmp_path_factory.mktemp("devset-fresh-index")
    cfg = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp / "index")}, embedding={"backend": "none"})
    n_fresh = len(list(FRESH_REPORTS.glob("*.txt")))
    report = ingest([SEEDS, REPORTS, FRESH_REPORTS], cfg)
    assert report.ok and len(report.added) == 45 + n_fresh, report
    return Engine.open(cfg).documents()


@pytest.mark.parametrize("path", FRESH_SETS, ids=[p.stem for p in FRESH_SETS])
def test_fresh_sets_load_with_project_loader(fresh_documents, path):
    """The project's loader resolves every item (documents and evidence spans) against the index."""
    from rag.eval.dataset import load_dataset

    ds = load_dataset(path, fresh_documents)
    assert not ds.problems, "\n".join(map(str, ds.problems))
    assert len(ds.items) == ds.lines
