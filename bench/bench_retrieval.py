"""Retrieval speed, memory and HNSW recall, on the seeds and on a synthetic 100,000-chunk corpus.

    .venv/bin/python bench/bench_retrieval.py                   # seeds + 100,000 synthetic chunks (~6 min, 2 cores)
    .venv/bin/python bench/bench_retrieval.py --chunks 5000     # quick run
    .venv/bin/python bench/bench_retrieval.py --skip-synthetic  # seeds only (seconds)

Writes bench/results/retrieval.json.  Each measurement runs in its own process:

* ``seeds``: `ingest` seeds/ into a temp index, then ``Engine.search`` over every question of
  evals/dev.jsonl (``--rounds`` times, after a warm-up): lexical only (``[embedding] backend =
  "none"``, the offline default) and hybrid with the 384-dim hashing embedder.  Target < 20 ms.
* ``build``: a synthetic corpus (seed reports' headings kept, sentences shuffled and swapped between
  reports, regions/years/numbers varied,
  chunked by our chunker) indexed through the real ingest path (``write_generation`` ->
  ``build_indexes``): BM25 + 384-dim ``hashing-fake-384`` vectors + HNSW (exact_threshold set
  below the corpus size).  Both cores.
* ``search``: the built index opened by ``Engine.open`` ON ONE CORE (``sched_setaffinity`` to one
  CPU and OMP_NUM_THREADS=1 before numpy/faiss load): hybrid search p50/p95 over ``--queries``
  questions (target p95 < 100 ms), RSS of the loaded index (target < 2 GB), and HNSW recall@10
  against exact ``IndexFlatIP`` on the same vectors for the queries' vectors (target >= 0.95).

The hashing embedder is NOT a semantic model (feature hashing of character n-grams); it gives
vectors of the right shape and a realistic, clustered distribution for the index machinery.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace

from common import ROOT, summary_ms, write_result

DIM = 384
FAKE_BACKEND = "hashing-fake-384"
YEARS = tuple(range(2015, 2025))
PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}[市县区]$")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


# ----------------------------------------------------------------- process setup
def pin_one_core(core: int) -> int:
    """Run this process on one CPU with one OpenMP thread; call before numpy/faiss are imported."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    allowed = sorted(os.sched_getaffinity(0))
    cpu = core if core in allowed else allowed[0]
    os.sched_setaffinity(0, {cpu})
    return cpu


def register_fake_384() -> None:
    """The built-in hashing embedder (256 dims) at 384 dims, registered as an extension would."""
    from rag.index.embedders import HashingFakeEmbedder, register_embedder

    @register_embedder(FAKE_BACKEND)
    class HashingFake384(HashingFakeEmbedder):
        """NOT a semantic model: the hashing embedder at the dimension of multilingual-e5-small."""

        DIM = DIM


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def maxrss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dev_questions() -> list[str]:
    lines = (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["question"] for x in lines if x.strip()]


def config(index_dir: Path, backend: str, **retrieval):
    from rag.config import load_config

    cfg = load_config().replace(paths={"index_dir": str(index_dir)}, embedding={"backend": backend})
    if backend != "none":  # the hybrid path is what is timed (the default mode is bm25)
        retrieval = {"mode": "hybrid", **retrieval}
    return cfg.replace(retrieval=retrieval) if retrieval else cfg


# ----------------------------------------------------------------- phase: seeds
def time_searches(eng, questions: list[str], rounds: int) -> tuple[list[float], dict[str, int]]:
    samples, modes = [], {}
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            res = eng.search(q)
            samples.append(time.perf_counter() - t)
            modes[res.mode_used] = modes.get(res.mode_used, 0) + 1
    return samples, modes


def seeds_phase(args) -> dict:
    from rag.engine import Engine
    from rag.ingest.pipeline import ingest

    register_fake_384()
    questions = dev_questions()
    out = {}
    for label, backend in (("lexical_none", "none"), ("hybrid_hashing_fake_384", FAKE_BACKEND)):
        with tempfile.TemporaryDirectory() as tmp:
            cfg = config(Path(tmp) / "index", backend)
            ingest([ROOT / "seeds"], cfg)
            eng = Engine.open(cfg)
            t = time.perf_counter()
            eng.search(questions[0])
            first = time.perf_counter() - t
            time_searches(eng, questions[:20], 1)  # warm-up
            samples, modes = time_searches(eng, questions, args.rounds)
            out[label] = {"backend": backend, "chunks": len(eng.gen.chunks), "questions": len(questions),
                          "rounds": args.rounds, "modes_used": modes, "first_search_incl_load_ms": round(first * 1000, 1),
                          **summary_ms(samples)}
    return out


# ----------------------------------------------------------------- synthetic corpus
def region_years(n_chunks: int, rng: random.Random, taken: Iterable[str] = ()) -> Iterator[tuple[str, int]]:
    """(region, year) of each synthetic report: place names from rag/data/divisions.tsv in batches
    sized so most regions get several years, as a real collection of reports would.  A place
    inside a region of ``taken`` (the seeds' full regions) is never drawn: the timed questions are
    about the seeds, and another report of a seed's place (its year or one it is asked about) would
    change what they read and answer, not only how many other reports there are."""
    taken = list(taken)
    lines = (ROOT / "rag" / "data" / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    names = (x.split("\t")[1] for x in lines if x and not x.startswith("#"))
    places = sorted({x.strip() for x in names if PLACE_RE.match(x.strip())})
    rng.shuffle(places)
    batch = n_chunks // 10 // len(YEARS) + 1  # a report has more than 10 chunks
    while True:  # past every place x year, pairs repeat
        for start in range(0, len(places), batch):
            pairs = [(r, y) for r in places[start:start + batch] for y in YEARS
                     if not any(r in t for t in taken)]
            rng.shuffle(pairs)
            yield from pairs


def replace_region(text: str, old: str, new: str) -> str:
    """``old`` (Simplified) replaced by ``new`` wherever it occurs, also spelled in Traditional script."""
    from rag.text.normalize import fold_chars

    folded = fold_chars(text)
    for name, repl in ((old, new), (old[:-1], new[:-1])):
        if len(name) < 2:
            continue
        spans = [m.start() for m in re.finditer(re.escape(name), folded)]
        for s in reversed(spans):
            text = text[:s] + repl + text[s + len(name):]
            folded = folded[:s] + repl + folded[s + len(name):]
    return text


def vary(line: str, rng: random.Random, year: int) -> str:
    line = YEAR_RE.sub(lambda m: str(year - rng.choice((0, 0, 0, 1, 2))), line)
    return NUMBER_RE.sub(lambda m: str(max(1, int(float(m.group()) * rng.uniform(0.5, 1.5)))) if len(m.group()) < 4
                         else m.group(), line)


def sentences(line: str) -> list[str]:
    from rag.chunk.sentences import split_sentences

    return [line[s:e] for s, e in split_sentences(line) if line[s:e].strip()]


def synthetic_text(template, pool: list[str], region: str, year: int, rng: random.Random) -> str:
    """A report shaped like ``template`` (its headings kept), each paragraph's sentences shuffled
    and about half of them swapped for sentences of other reports, numbers and years varied."""
    lines = [f"{region}{year}年法治政府建设情况报告"]
    for line in replace_region(template.text, template.region, region).splitlines():
        if len(line) < 40:  # headings and short lines keep the structure
            lines.append(line)
        elif rng.random() < 0.85:
            sents = [x if rng.random() < 0.5 else rng.choice(pool) for x in sentences(line)]
            rng.shuffle(sents)
            lines.append(vary("".join(sents), rng, year))
    return "\n".join(lines)


def synthetic_corpus(seed_docs, n_chunks: int, cfg, seed: int = 0):
    """(documents, chunks) with exactly ``n_chunks`` chunks, chunked by rag.chunk.chunker."""
    from rag.chunk.chunker import chunk_text
    from rag.chunk.tokens import get_counter
    from rag.records import Document

    rng = random.Random(seed)
    pool = [x for d in seed_docs for line in d.text.splitlines() if len(line) >= 40
            for x in sentences(replace_region(line, d.region, "本市"))]
    count = get_counter(cfg.chunking.tokenizer).count
    docs, chunks = [], []
    for i, (region, year) in enumerate(region_years(n_chunks, rng)):
        if len(chunks) >= n_chunks:
            break
        text = synthetic_text(rng.choice(seed_docs), pool, region, year, rng)
        doc = Document(f"syn{i:05d}", f"syn{i:05d}.txt", text, f"h{i}", title=text.splitlines()[0],
                       region=region, year=year)
        docs.append(doc)
        chunks.extend(chunk_text(doc.doc_id, text, cfg.chunking.max_tokens, count, cfg.chunking.max_sentence_chars))
    chunks = chunks[:n_chunks]
    keep = {c.doc_id for c in chunks}
    return [d for d in docs if d.doc_id in keep], chunks


# ----------------------------------------------------------------- phase: build
class StageTimer:
    """Wall time spent inside chosen functions (the build stages), without changing them."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    def wrap(self, owner, attr: str, label: str, static: bool = False) -> None:
        fn = getattr(owner, attr)

        def timed(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, attr, staticmethod(timed) if static else timed)


def build_phase(args) -> dict:
    from rag.index import build
    from rag.index.vectors import VectorIndex
    from rag.ingest.pipeline import ingest, write_generation
    from rag.store import docstore

    register_fake_384()
    work = Path(args.dir)
    seeds_cfg = config(work / "seeds-index", "none")
    ingest([ROOT / "seeds"], seeds_cfg)
    seed_docs = docstore.load_generation(seeds_cfg.index_dir).documents
    cfg = config(work / "index", FAKE_BACKEND, exact_threshold=min(50000, args.chunks - 1))
    t = time.perf_counter()
    docs, chunks = synthetic_corpus(seed_docs, args.chunks, cfg, args.seed)
    corpus_s = time.perf_counter() - t
    timer = StageTimer()
    timer.wrap(build.LexicalIndex, "build", "bm25_tokenize_and_index")
    timer.wrap(build, "embed_cached", "embed_hashing_fake")
    timer.wrap(VectorIndex, "build", "hnsw_build_and_ef_tuning")
    rss0, t = rss_mb(), time.perf_counter()
    st = SimpleNamespace(docs={d.doc_id: d for d in docs}, paths={}, chunks={})
    for c in chunks:
        st.chunks.setdefault(c.doc_id, []).append(c)
    name, info = write_generation(cfg.index_dir, st, cfg, None)
    build_s = time.perf_counter() - t
    gen = cfg.index_dir / name
    files = {str(p.relative_to(gen)): p.stat().st_size for p in sorted(gen.rglob("*")) if p.is_file()}
    index_bytes = sum(v for k, v in files.items() if k == "vectors.faiss" or k.startswith("bm25"))
    return {"documents": len(docs), "chunks": len(chunks), "chars": sum(len(c.text) for c in chunks),
            "corpus_generation_s": round(corpus_s, 1), "build_s": round(build_s, 1),
            "build_stages_s": {k: round(v, 1) for k, v in timer.seconds.items()},
            "index_type": info["index_type"], "ef_search": info["ef_search"], "dim": info["dim"],
            "hnsw_recall_at_build": info["hnsw_recall"], "exact_threshold": cfg.retrieval.exact_threshold,
            "build_rss_delta_mb": round(rss_mb() - rss0, 1), "build_maxrss_mb": round(maxrss_mb(), 1),
            "index_files_mb": round(index_bytes / 2**20, 1),
            "generation_files_mb": {k: round(v / 2**20, 2) for k, v in files.items()}}


# ----------------------------------------------------------------- phase: search (one core)
def synthetic_queries(n: int, regions: list[str], seed: int) -> list[str]:
    """Dev questions as asked, and with a corpus region or another year put in (so filters run)."""
    rng = random.Random(seed)
    base = dev_questions()
    out = []
    for i in range(n):
        q = base[i % len(base)]
        kind = (i // len(base) + i) % 3
        q = f"{rng.choice(regions)}{q}" if kind == 1 else YEAR_RE.sub(str(rng.choice(YEARS)), q) if kind == 2 else q
        out.append(q)
    return out


def hnsw_recall(eng, queries: list[str], k: int = 10) -> dict:
    import faiss
    import numpy as np

    from rag.index.vectors import recall_at_k

    ret = eng.retriever
    vecs = ret.vectors.index.reconstruct_n(0, ret.vectors.n)
    flat = faiss.IndexFlatIP(vecs.shape[1])
    flat.add(vecs)
    q = np.vstack([ret.embedder.embed_query(x) for x in queries]).astype(np.float32)
    truth = flat.search(q, k)[1]
    t = time.perf_counter()
    found = np.vstack([ret.vectors.search(row[None, :], k)[1] for row in q])
    hnsw_ms = (time.perf_counter() - t) * 1000 / len(q)
    t = time.perf_counter()
    for row in q:
        flat.search(row[None, :], k)
    flat_ms = (time.perf_counter() - t) * 1000 / len(q)
    return {f"recall_at_{k}_vs_IndexFlatIP": round(recall_at_k(found, truth), 4), "queries": len(q),
            "ef_search": ret.vectors.ef_search, "hnsw_query_ms": round(hnsw_ms, 3), "flat_query_ms": round(flat_ms, 3)}


def search_phase(args) -> dict:
    cpu = pin_one_core(args.core)
    import bm25s  # noqa: F401 - libraries loaded before the baseline, so the RSS delta is the index
    import faiss
    import numpy  # noqa: F401

    from rag.engine import Engine

    faiss.omp_set_num_threads(1)
    register_fake_384()
    cfg = config(Path(args.dir) / "index", FAKE_BACKEND)
    rss0, t = rss_mb(), time.perf_counter()
    eng = Engine.open(cfg)
    eng.retriever  # noqa: B018 - loads BM25, HNSW and the embedder
    load_s, rss1 = time.perf_counter() - t, rss_mb()
    queries = synthetic_queries(args.queries, sorted({d.region for d in eng.gen.documents}), args.seed)
    time_searches(eng, queries[:10], 1)  # warm-up
    by_kind: dict[str, list[float]] = {"no_filter": [], "region": [], "year_only": []}
    samples, modes = [], {}
    for q in queries:
        t = time.perf_counter()
        res = eng.search(q)
        samples.append(time.perf_counter() - t)
        modes[res.mode_used] = modes.get(res.mode_used, 0) + 1
        kind = "region" if res.query.regions else "year_only" if res.query.years else "no_filter"
        by_kind[kind].append(samples[-1])
    return {"pinned_cpu": cpu, "omp_threads": faiss.omp_get_max_threads(), "queries": len(queries),
            "modes_used": modes, "hybrid_search": summary_ms(samples),
            "by_query_kind": {k: summary_ms(v) for k, v in by_kind.items() if v},
            "open_and_load_s": round(load_s, 2), "index_rss_delta_mb": round(rss1 - rss0, 1),
            "rss_after_load_mb": round(rss1, 1), "maxrss_mb": round(maxrss_mb(), 1),
            "hnsw": hnsw_recall(eng, queries)}


# ----------------------------------------------------------------- orchestration
def run_phase(phase: str, args, work: Path) -> dict:
    out = work / f"{phase}.json"
    cmd = [sys.executable, __file__, "--phase", phase, "--dir", str(work), "--out", str(out)]
    cmd += [f"--{k}={getattr(args, k)}" for k in ("chunks", "queries", "rounds", "seed", "core")]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    print(f"[{phase}] {time.perf_counter() - t:.1f} s", file=sys.stderr)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-15:]
        return {"error": f"phase {phase} failed (exit {proc.returncode})", "stderr_tail": tail}
    return json.loads(out.read_text(encoding="utf-8"))


def verdicts(fig: dict) -> dict:
    seeds, search, build = fig.get("seeds", {}), fig.get("synthetic_search", {}), fig.get("synthetic_build", {})
    out = {}
    if "lexical_none" in seeds:
        out["seeds_mean_ms_lt_20"] = seeds["lexical_none"]["mean_ms"] < 20
    if "hybrid_search" in search:
        out["synthetic_p95_ms_lt_100"] = search["hybrid_search"]["p95_ms"] < 100
        out["synthetic_index_rss_lt_2gb"] = search["index_rss_delta_mb"] < 2048
        out["hnsw_recall_ge_0_95"] = search["hnsw"]["recall_at_10_vs_IndexFlatIP"] >= 0.95
    if "index_files_mb" in build:
        out["index_files_lt_2gb"] = build["index_files_mb"] < 2048
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=100_000, help="synthetic corpus size in chunks (default 100000)")
    ap.add_argument("--queries", type=int, default=300, help="queries timed on the synthetic index")
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the dev questions on the seeds")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--core", type=int, default=0, help="the CPU the timed searches are pinned to")
    ap.add_argument("--skip-seeds", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--name", default="retrieval", help="result file bench/results/NAME.json")
    ap.add_argument("--workdir", help="build the synthetic index here and keep it (default: a temp folder, removed)")
    ap.add_argument("--result-file", help="write the figures to this file instead (used by the smoke test)")
    ap.add_argument("--phase", choices=["seeds", "build", "search"], help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.chunks < 2:
        ap.error(f"--chunks must be at least 2 (HNSW needs more vectors than the exact threshold), got {args.chunks}.")
    if args.phase:
        if args.phase == "seeds":
            pin_one_core(args.core)
        result = {"seeds": seeds_phase, "build": build_phase, "search": search_phase}[args.phase](args)
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        return
    fig: dict = {"setup": {"seeds": "in-process Engine.search after ingest of seeds/, pinned to one CPU",
                           "synthetic": f"{args.chunks} chunks, {DIM}-dim {FAKE_BACKEND} vectors (feature hashing, not "
                                        "semantic), HNSW via write_generation/build_indexes; searched pinned to one "
                                        "CPU (sched_setaffinity + OMP_NUM_THREADS=1 + faiss.omp_set_num_threads(1))"},
                 "targets": {"seeds_mean_ms": 20, "synthetic_p95_ms": 100, "index_memory_mb": 2048, "hnsw_recall": 0.95}}
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        if args.workdir:
            tmp = args.workdir
            Path(tmp).mkdir(parents=True, exist_ok=True)
        if not args.skip_seeds:
            fig["seeds"] = run_phase("seeds", args, Path(tmp))
        if not args.skip_synthetic:
            fig["synthetic_build"] = run_phase("build", args, Path(tmp))
            if "error" not in fig["synthetic_build"]:
                fig["synthetic_search"] = run_phase("search", args, Path(tmp))
    fig["meets_targets"] = verdicts(fig)
    if args.result_file:
        Path(args.result_file).write_text(json.dumps(fig, ensure_ascii=False, indent=2), encoding="utf-8")
    else:
        write_result(args.name, fig)
    failed = [k for k, v in fig.items() if isinstance(v, dict) and "error" in v]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
