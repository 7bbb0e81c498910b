"""Run a pipeline over eval items, score every item, aggregate, write the run folder.

The loop is a thin edge (call the pipeline, time it, catch a failing item); scoring
(:func:`score_item`) and aggregation (:func:`summarize`) are pure functions over plain
data, so a run can be re-scored or re-reported from its files.

>>> from rag.records import Answer
>>> item = EvalItem("q1", "问?", "20项", "number", evidence_spans=((("d1", 5, 9),),))
>>> pred = Prediction(Answer("问?", "共20项"), retrieved=(Retrieved(1, "d1", "a.txt", 0, 8, 1.0),))
>>> score_item(item, pred, {})["hit@1"], score_item(item, pred, {})["contains"]
(True, True)
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..errors import RagError
from ..records import Answer, Document, to_dict
from . import metrics as M
from .cmrc import cmrc_em, cmrc_f1
from .dataset import EvalItem
from .strict import RegionName, region_vocab, strict_verdict

RETRIEVAL_K = 10  # hit@k and MRR always look at this many passages, whatever the answer's k
HIT_KS = (1, 3, 5, 10)
SHORT_TYPES = ("number", "date", "entity", "yesno")  # exact match is reported for these
KEY_POINT_TYPES = ("list", "summary", "multi_doc")  # scored by key-point recall (comparison too, when multi-item)
KEY_POINT_PASS = 0.5  # key-point recall at or above this makes such an item correct
# "correct" is the strict answer accuracy (strict.py); "lenient_contains" the old containment figure.
METRICS = ("correct", "lenient_contains", "contains", "contains_full", "kp_recall", "kp_precision", "f1", "em", *(f"hit@{k}" for k in HIT_KS), "rr",
           "quote_exact", "citation_precision", "citation_recall", "groundedness", "judge_faithfulness", "judge_correctness")


@dataclass(frozen=True)
class Retrieved:
    rank: int
    doc_id: str
    source: str
    start: int
    end: int
    score: float | None = None


@dataclass(frozen=True)
class Prediction:
    answer: Answer
    retrieved: tuple[Retrieved, ...] = ()
    latency_ms: float = 0.0  # the answer call (retrieval for it included)
    retrieval_ms: float = 0.0  # the separate k=10 retrieval for hit@k
    error: str = ""


class Pipeline(Protocol):
    name: str

    def describe(self) -> dict[str, Any]: ...

    def retrieve(self, question: str, k: int) -> list[Retrieved]: ...

    def answer(self, question: str) -> Answer: ...


class EnginePipeline:
    """Our system, through the same ``Engine`` facade as the CLI and the web app."""

    name = "ours"

    def __init__(self, engine, mode: str | None = None, llm: str | None = None, k: int | None = None):
        self.engine, self.mode, self.llm, self.k = engine, mode, llm, k

    def describe(self) -> dict[str, Any]:
        st = self.engine.status(llm=self.llm)
        return {"pipeline": self.name, "retrieval": self.mode or st.retrieval_mode, "llm": st.llm,
                "embedder": st.embedder_used or ("none (BM25 only" + (f": {st.embedder_reason})" if st.embedder_reason else ")")),
                "k": self.k or self.engine.cfg.retrieval.top_k, "documents": st.documents, "chunks": st.chunks}

    def retrieve(self, question: str, k: int) -> list[Retrieved]:
        res = self.engine.search(question, k=k, mode=self.mode)
        docs = self.engine.gen.docs_by_id
        return [Retrieved(h.rank, h.chunk.doc_id, docs[h.chunk.doc_id].source if h.chunk.doc_id in docs else "",
                          h.chunk.start, h.chunk.end, float(h.score)) for h in res.hits]

    def answer(self, question: str) -> Answer:
        return self.engine.ask(question, llm=self.llm, k=self.k, mode=self.mode)


# --- scoring (pure) ------------------------------------------------------------------
def _first_hit(retrieved: Sequence[tuple], gold: Sequence[tuple]) -> int | None:
    rr = M.reciprocal_rank(retrieved, gold)
    return None if not rr else round(1 / rr)


def short_answer_of(ans: Answer) -> str:
    """The direct answer the pipeline states (``Answer.short_answer``; ``meta["short_answer"]``
    from answerers written before the field existed), "" when it states none."""
    short = ans.short_answer or (ans.meta.get("short_answer") if isinstance(ans.meta, dict) else "")
    return short.strip() if isinstance(short, str) else ""


def scored_text(ans: Answer) -> str:
    """The text F1/EM/``contains`` are computed on: the short answer when one is stated,
    else the whole answer (the strict ``correct`` uses the short answer only)."""
    return short_answer_of(ans) or ans.answer


def uses_key_points(item: EvalItem) -> bool:
    """list / summary / multi_doc items, and comparison items whose gold has several
    key points, are scored by key-point recall over the whole answer (METRICS.md)."""
    if item.type in KEY_POINT_TYPES:
        return True
    return item.type == "comparison" and len(M.key_points(item.answer)) > 1


def whole_text(ans: Answer) -> str:
    """The whole answer text, with the stated short answer in front when the text lacks it."""
    short = scored_text(ans)
    return ans.answer if short in ans.answer else f"{short}\n{ans.answer}"


def _answer_scores(item: EvalItem, ans: Answer, official: bool) -> dict[str, Any]:
    """contains / contains_full / f1 / em for an answerable item (an abstention scores 0)."""
    golds = [item.answer, *item.aliases]
    if ans.abstained:
        return {"contains": False, "contains_full": False, "f1": 0.0,
                "em": False if (official or item.type in SHORT_TYPES) else None}
    text = M.strip_citation_markers(scored_text(ans))
    f1 = max(cmrc_f1(text, g, script_blind=not official) for g in golds)
    if official:  # the CMRC 2018 script's EM, best over the references
        em: bool | None = M.max_over_golds(cmrc_em, text, golds) == 1.0
    else:
        em = M.exact_match_short(text, item.answer, item.aliases) if item.type in SHORT_TYPES else None
    return {"contains": M.contains_match(text, item.answer, item.aliases),
            "contains_full": M.contains_match(ans.answer, item.answer, item.aliases), "f1": f1, "em": em}


def cited_years(ans: Answer, docs: dict[str, Document]) -> set[str]:
    """The ``year`` metadata of the cited reports, as strings: a year the answer writes
    beside a cited line (``长治市 2021：``) is grounded by that report's metadata."""
    return {str(docs[c.doc_id].year) for c in ans.citations if c.doc_id in docs and docs[c.doc_id].year}


def _citation_scores(item: EvalItem, ans: Answer, docs: dict[str, Document]) -> dict[str, Any]:
    cited = [(c.doc_id, c.start, c.end) for c in ans.citations]
    exact = [M.quote_exact(docs[c.doc_id].text, c.start, c.end, c.quote) if c.doc_id in docs else False
             for c in ans.citations]
    answerable = not item.unanswerable and not ans.abstained
    return {
        "quote_exact": M.aggregate(exact),
        "citation_precision": M.citation_precision(cited, item.gold_spans) if answerable else None,
        "citation_recall": M.citation_recall(cited, item.evidence_spans) if answerable else None,
        "groundedness": None if ans.abstained else M.groundedness(
            ans.answer, [c.quote for c in ans.citations], cited_years(ans, docs)),
    }


def _lenient(item: EvalItem, ans: Answer, out: dict[str, Any]) -> bool:
    """The old lenient containment: gold anywhere in the answer (quotes included), or
    key-point recall >= 0.5 for list-like types; unanswerable: abstained."""
    if item.unanswerable:
        return bool(ans.abstained)
    if ans.abstained:
        return False
    return bool(M.contains_match(whole_text(ans), item.answer, item.aliases)) or (
        out["kp_recall"] is not None and out["kp_recall"] >= KEY_POINT_PASS)


def score_item(item: EvalItem, pred: Prediction, docs: dict[str, Document], official: bool = False,
               vocab: Sequence[RegionName] = ()) -> dict[str, Any]:
    """Every per-item outcome; None where a metric does not apply (see METRICS.md).
    ``vocab``: the regions a short answer may name (:func:`region_vocab` of the index)."""
    ans = pred.answer
    retrieved = [(r.doc_id, r.start, r.end) for r in pred.retrieved]
    gold = item.gold_spans
    out: dict[str, Any] = {f"hit@{k}": M.hit_at_k(retrieved, gold, k) for k in HIT_KS}
    out["rr"] = M.reciprocal_rank(retrieved, gold)
    out["first_hit_rank"] = _first_hit(retrieved, gold) if gold else None
    out["kp_recall"] = None
    if item.unanswerable:
        out.update(contains=None, contains_full=None, f1=None, em=None)
    else:
        out.update(_answer_scores(item, ans, official))
        if uses_key_points(item):
            out["kp_recall"] = 0.0 if ans.abstained else M.key_point_recall(whole_text(ans), item.answer, item.aliases)
    v = strict_verdict(item.type, item.question, item.answer, item.aliases, short_answer_of(ans), ans.answer,
                       ans.abstained, vocab)
    if v.kp_recall is not None:
        out["kp_recall"] = v.kp_recall
    out.update(correct=v.correct, strict_rule=v.rule, kp_precision=v.kp_precision,
               gold_regions=list(v.gold_regions), answer_regions=list(v.answer_regions))
    out["lenient_contains"] = _lenient(item, ans, out)
    out.update(_citation_scores(item, ans, docs))
    out.update(judge_faithfulness=None, judge_correctness=None)
    if pred.error:
        out["correct"] = out["lenient_contains"] = False
    return out


# --- aggregation (pure) ----------------------------------------------------------------
def _group(rows: Sequence[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {"n": len(rows)}
    for m in METRICS:
        vals = [r["metrics"].get(m) for r in rows]
        out[m] = M.aggregate(vals)
        out[f"{m}.n"] = sum(v is not None for v in vals)
    ab = M.abstention_pr((r["type"] == "unanswerable", bool(r["abstained"])) for r in rows)
    out.update({f"abstention_{k}": v for k, v in ab.items() if k in ("precision", "recall", "f1", "false_abstention_rate")})
    out["abstained"] = ab["abstained"]
    out["errors"] = sum(bool(r.get("error")) for r in rows)
    out["answer_accuracy"] = out["correct"]  # the strict figure under its documented name (METRICS.md)
    return out


def _percentile(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    s = sorted(xs)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def _groups(rows: Sequence[dict], key: str) -> dict[str, Any]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(str(r.get(key) or M.MISSING_GROUP), []).append(r)
    return {name: _group(g) for name, g in sorted(out.items())}


def summarize(rows: Sequence[dict]) -> dict[str, Any]:
    """``answer_accuracy`` (strict, overall), overall / by_type / by_script / by_set
    aggregates, by type within each set, the hit@1..10 curve and latency stats."""
    sets: dict[str, list[dict]] = {}
    for r in rows:
        sets.setdefault(str(r.get("set") or M.MISSING_GROUP), []).append(r)
    ranks = [r["metrics"].get("first_hit_rank") for r in rows if r["metrics"].get("hit@10") is not None]
    curve = {str(k): (sum(1 for x in ranks if x is not None and x <= k) / len(ranks) if ranks else None)
             for k in range(1, RETRIEVAL_K + 1)}
    lat = [float(r["latency_ms"]) for r in rows if not r.get("error")]
    overall = _group(rows)
    return {
        "answer_accuracy": overall["correct"],
        "overall": overall,
        "by_type": _groups(rows, "type"),
        "by_script": _groups(rows, "script"),
        "by_set": _groups(rows, "set"),
        "by_set_type": {name: _groups(g, "type") for name, g in sorted(sets.items())},
        "by_set_script": {name: _groups(g, "script") for name, g in sorted(sets.items())},
        "hit_curve": curve,
        "latency_ms": {"mean": statistics.fmean(lat) if lat else None, "p50": _percentile(lat, 0.5),
                       "p90": _percentile(lat, 0.9), "max": max(lat) if lat else None},
    }


# --- the loop (edge) ----------------------------------------------------------------------
def predict(pipeline: Pipeline, item: EvalItem) -> Prediction:
    """Ask one question; a RagError for this item becomes an error row, not a crash."""
    try:
        t0 = time.perf_counter()
        retrieved = tuple(pipeline.retrieve(item.question, RETRIEVAL_K))
        t1 = time.perf_counter()
        ans = pipeline.answer(item.question)
        t2 = time.perf_counter()
    except RagError as e:
        return Prediction(Answer(item.question, "", abstained=True, mode="error"), error=str(e))
    return Prediction(ans, retrieved, latency_ms=(t2 - t1) * 1000, retrieval_ms=(t1 - t0) * 1000)


TOP_PASSAGE_CHARS = 400


def top_passage(pred: Prediction, docs: dict[str, Document]) -> str:
    """The text of the first retrieved passage (at most 400 characters), for failure tables."""
    if not pred.retrieved or pred.retrieved[0].doc_id not in docs:
        return ""
    r = pred.retrieved[0]
    return docs[r.doc_id].text[r.start:r.end][:TOP_PASSAGE_CHARS]


def prediction_row(item: EvalItem, pred: Prediction, outcomes: dict[str, Any],
                   docs: dict[str, Document] | None = None) -> dict[str, Any]:
    ans = pred.answer
    return {
        "id": item.id, "set": item.dataset, "question": item.question, "type": item.type, "script": item.script,
        "gold": item.answer, "aliases": list(item.aliases), "short_answer": short_answer_of(ans),
        "answer": ans.answer, "abstained": ans.abstained,
        "mode": ans.mode, "scored_answer": scored_text(ans), "top_passage": top_passage(pred, docs or {}),
        "citations": [{"n": c.n, "doc_id": c.doc_id, "source": c.source, "start": c.start, "end": c.end,
                       "quote": c.quote} for c in ans.citations],
        "retrieved": [to_dict(r) for r in pred.retrieved],
        "latency_ms": round(pred.latency_ms, 2), "retrieval_ms": round(pred.retrieval_ms, 2),
        "flags": list(ans.flags), "error": pred.error, "metrics": outcomes,
    }


def run_items(items: Sequence[EvalItem], pipeline: Pipeline, docs: dict[str, Document], official: bool = False,
              progress: bool = True, after: Callable[[EvalItem, dict], None] | None = None) -> list[dict]:
    """Predict and score every item (tqdm progress bar on stderr when it is a terminal)."""
    from tqdm import tqdm

    rows = []
    vocab = region_vocab(d.region for d in docs.values())
    for item in tqdm(items, desc=f"eval {pipeline.name}", unit="q", file=sys.stderr,
                     disable=None if progress else True, dynamic_ncols=True):
        pred = predict(pipeline, item)
        row = prediction_row(item, pred, score_item(item, pred, docs, official, vocab), docs)
        if after:
            after(item, row)
        rows.append(row)
    return rows


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")


def read_run(run_dir: str | Path) -> tuple[dict[str, Any], list[dict]]:
    """metrics.json and predictions.jsonl of a run folder."""
    d = Path(run_dir)
    try:
        metrics = json.loads((d / "metrics.json").read_text(encoding="utf-8"))
        rows = [json.loads(ln) for ln in (d / "predictions.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    except FileNotFoundError as e:
        raise RagError(f"{d} is not an eval run folder ({Path(e.filename).name} is missing). "
                       "Pass folders written by `rag eval --out DIR`.") from None
    except (OSError, ValueError) as e:
        raise RagError(f"The eval run in {d} is unreadable ({e}). Re-run `rag eval` to write it again.") from None
    return metrics, rows
