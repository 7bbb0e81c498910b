"""Checks on the evaluation dev set ``evals/dev.jsonl`` against the seed reports.

Independent of the ``rag`` package (json + pathlib only), so it runs before any
ingest code exists.  Every evidence string must be a verbatim substring of the
raw file it cites (a seed, or for "which reports" items any report of
evals/corpus/reports/, indexed with the seeds by `rag eval`); a single-report
question must name its report's place and a year; the composition targets
(counts, types, languages, coverage of each seed) are asserted too.

    $ .venv/bin/python -m pytest tests/test_devset.py -q
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "evals" / "dev.jsonl"
SEEDS = ROOT / "seeds"
# The second dev corpus: `rag eval` indexes it with the seeds, so a "which reports" gold
# of evals/dev.jsonl may cite its reports too (recomputed in tests/test_devset_corpus.py).
CORPUS_REPORTS = ROOT / "evals" / "corpus" / "reports"

FIELDS = {"id", "question", "answer", "aliases", "doc", "evidence", "type"}
TYPES = {"number", "entity", "date", "list", "yesno", "multi_doc", "comparison", "summary", "unanswerable"}
MULTI_TYPES = {"multi_doc", "comparison"}
UNANSWERABLE = "无法回答"
EVIDENCE_MIN, EVIDENCE_MAX = 10, 120
# Each seed's place as users write it (Simplified, Traditional, pinyin): with 45 reports
# indexed, a single-report question must say which report it means.
SEED_PLACES = {"000": ("长治", "長治", "changzhi"), "001": ("赣州", "贛州", "ganzhou"), "002": ("霍州", "huozhou"),
               "003": ("元宝山", "元寶山", "yuanbaoshan"), "004": ("海西", "haixi")}
YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
# Characters that exist only in Traditional script (their Simplified forms differ).
TRAD_ONLY = set("長國會與條個項區縣審議書記幾錄麼認過這們為說經運動數據開關觀點應從專協調萬處發來實時無樂辦務證構機術鄉鎮訊統計劃監護")


def _load_lines(path: Path = DEV) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _load_items(path: Path = DEV) -> list[dict]:
    return [json.loads(ln) for ln in _load_lines(path)]


def _seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _indexed_texts() -> dict[str, str]:
    """The seeds plus the second dev corpus: every report `rag eval` indexes together."""
    files = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS_REPORTS.glob("*.txt"))
    return {p.name: p.read_text(encoding="utf-8") for p in files}


def docs_of(item: dict) -> list[str]:
    """The doc field as a list: ``None`` -> ``[]``, a name -> ``[name]``.

    >>> docs_of({"doc": None}), docs_of({"doc": "a.txt"}), docs_of({"doc": ["a.txt", "b.txt"]})
    ([], ['a.txt'], ['a.txt', 'b.txt'])
    """
    doc = item.get("doc")
    if doc is None:
        return []
    return [doc] if isinstance(doc, str) else list(doc)


def item_problems(item: dict, texts: dict[str, str]) -> list[str]:
    """Every contract violation of one dev item, as readable messages (empty list = valid)."""
    probs: list[str] = []
    iid = item.get("id", "<no id>")
    missing = FIELDS - set(item)
    if missing:
        return [f"{iid}: missing fields {sorted(missing)}"]
    if item["type"] not in TYPES:
        probs.append(f"{iid}: type {item['type']!r} not in {sorted(TYPES)}")
    for key in ("id", "question", "answer"):
        if not isinstance(item[key], str) or not item[key].strip():
            probs.append(f"{iid}: {key} must be a non-empty string")
    if not isinstance(item["aliases"], list) or not all(isinstance(a, str) for a in item["aliases"]):
        probs.append(f"{iid}: aliases must be a list of strings")
    if not isinstance(item["evidence"], list) or not all(isinstance(e, str) for e in item["evidence"]):
        return probs + [f"{iid}: evidence must be a list of strings"]
    doc = item["doc"]
    if not (doc is None or isinstance(doc, str) or (isinstance(doc, list) and all(isinstance(d, str) for d in doc))):
        return probs + [f"{iid}: doc must be null, a file name or a list of file names"]

    docs = docs_of(item)
    if item["type"] == "unanswerable":
        if doc is not None or item["evidence"] or item["answer"] != UNANSWERABLE:
            probs.append(f"{iid}: unanswerable items need doc null, evidence [] and answer {UNANSWERABLE!r}")
        return probs
    if not docs or not item["evidence"]:
        probs.append(f"{iid}: answerable items need a doc and at least one evidence string")
    if item["type"] in MULTI_TYPES and (not isinstance(doc, list) or len(set(docs)) < 2):
        probs.append(f"{iid}: {item['type']} items need doc = a list of at least two reports")
    for d in docs:
        if d not in texts:
            probs.append(f"{iid}: doc {d!r} is not a file in seeds/ or evals/corpus/reports/")
    known = [d for d in docs if d in texts]
    for ev in item["evidence"]:
        if ev != ev.strip() or "\n" in ev:
            probs.append(f"{iid}: evidence {ev!r} has a line break or leading/trailing whitespace")
        if not EVIDENCE_MIN <= len(ev) <= EVIDENCE_MAX:
            probs.append(f"{iid}: evidence {ev!r} is {len(ev)} chars, want {EVIDENCE_MIN}..{EVIDENCE_MAX}")
        if known and not any(ev in texts[d] for d in known):
            probs.append(f"{iid}: evidence {ev!r} is not a verbatim substring of {known}")
    if len(docs) == 1 and docs[0][:3] in SEED_PLACES:
        q = item["question"].lower()
        if not any(p in q for p in SEED_PLACES[docs[0][:3]]) or not YEAR.search(q):
            probs.append(f"{iid}: a single-report question must name its place {SEED_PLACES[docs[0][:3]]} and a year")
    for d in known:
        if len(docs) > 1 and not any(ev in texts[d] for ev in item["evidence"]):
            probs.append(f"{iid}: listed doc {d} has none of the evidence strings")
    return probs


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return _load_items()


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    t = _seed_texts()
    assert len(t) == 5, f"expected the five seed reports in {SEEDS}, found {sorted(t)}"
    return t


@pytest.fixture(scope="module")
def texts(seed_texts) -> dict[str, str]:
    t = _indexed_texts()
    assert set(seed_texts) <= set(t) and len(t) == 45, f"expected 5 seeds + 40 corpus reports, found {len(t)}"
    return t


def test_every_line_is_a_json_object_written_unescaped():
    for n, line in enumerate(_load_lines(), 1):
        obj = json.loads(line)
        assert isinstance(obj, dict), f"line {n} is not a JSON object"
        assert "\\u" not in line, f"line {n} has \\u escapes: write with ensure_ascii=False"


def test_ids_unique_and_well_formed(items):
    ids = [it.get("id") for it in items]
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    bad = [i for i in ids if not (isinstance(i, str) and i.startswith("dev-"))]
    assert not bad, f"ids must look like 'dev-001': {bad}"


def test_every_item_meets_the_contract(items, texts):
    probs = [p for it in items for p in item_problems(it, texts)]
    assert not probs, "\n".join(probs)


def test_composition_counts(items):
    types = Counter(it["type"] for it in items)
    assert len(items) >= 150, f"only {len(items)} items, want >= 150"
    assert set(types) == TYPES, f"missing types: {sorted(TYPES - set(types))}"
    assert types["unanswerable"] >= 15, f"only {types['unanswerable']} unanswerable items, want >= 15"
    multi = sum(1 for it in items if len(docs_of(it)) > 1)
    assert multi >= 10, f"only {multi} multi-report items, want >= 10"
    share = types["number"] / len(items)
    assert 0.25 <= share <= 0.45, f"number items are {share:.0%} of the set, want about a third"


def test_language_mix(items):
    english = [it for it in items if it["question"][:1].isascii() and it["question"][:1].isalpha()]
    trad = [it for it in items if TRAD_ONLY & set(it["question"])]
    assert len(english) >= 0.08 * len(items), f"only {len(english)} English questions"
    assert len(trad) >= 0.08 * len(items), f"only {len(trad)} questions in Traditional script"


def test_evidence_spread_over_each_report(items, seed_texts):
    """Each seed report is cited at its beginning, middle and end (thirds of the file)."""
    for name, text in seed_texts.items():
        thirds = set()
        for it in items:
            if name in docs_of(it):
                for ev in it["evidence"]:
                    pos = text.find(ev)
                    if pos >= 0:
                        thirds.add(min(2, 3 * pos // len(text)))
        assert thirds == {0, 1, 2}, f"{name}: evidence only in thirds {sorted(thirds)} of the report"


def test_checker_rejects_broken_items(texts, seed_texts):
    """The contract check itself can fail: each deliberately broken item is reported."""
    name = min(seed_texts)
    good = {"id": "x-1", "question": f"{SEED_PLACES[name[:3]][0]}2021年q?", "answer": "a", "aliases": [], "doc": name,
            "evidence": [texts[name].splitlines()[0][:20]], "type": "number"}
    assert item_problems(good, texts) == []
    broken = [
        {**good, "evidence": ["这句话不在任何报告里出现过的证据"]},
        {**good, "type": "trivia"},
        {**good, "doc": "nope.txt"},
        {**good, "evidence": [" " + good["evidence"][0]]},
        {**good, "type": "unanswerable"},
        {**good, "type": "comparison"},
        {**good, "question": "2021年q?"},
        {**good, "question": f"{SEED_PLACES[name[:3]][0]}q?"},
        {k: v for k, v in good.items() if k != "aliases"},
    ]
    for b in broken:
        assert item_problems(b, texts), f"checker accepted a broken item: {b}"
