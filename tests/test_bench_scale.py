"""bench/bench_scale.py works end to end at a tiny size on both store backends (no timing assertions)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("backend", ["faiss", "milvus"])
def test_one_scale_run_reports_every_figure(backend, tmp_path, request):
    if backend == "milvus":
        request.getfixturevalue("milvus_uri")
    cmd = [sys.executable, str(ROOT / "bench" / "bench_scale.py"), "--child", "--backend", backend, "--reports", "8",
           "--dir", str(tmp_path), "--queries", "4", "--max-tokens", "45"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert (res["backend"], res["reports"], res["questions"]) == (backend, 8, 4)
    assert res["chunks"] > 8 * 40 and res["index_mb"] > 0 and res["peak_rss_mb"] > 0 and res["ingest_s"] >= 0
    assert res["search"]["n"] == res["ask"]["n"] == 4 and res["ask"]["p95_ms"] >= res["ask"]["p50_ms"]


def test_scale_corpus_keeps_the_seeds_and_exact_offsets(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_scale

    from rag.config import Config
    from rag.ingest.pipeline import ingest
    from rag.store import docstore

    cfg = Config(base_dir=str(ROOT)).replace(embedding={"backend": "none"}, paths={"index_dir": str(tmp_path / "i")})
    ingest([ROOT / "seeds"], cfg)
    seeds = docstore.load_generation(cfg.index_dir).documents
    docs, chunks = bench_scale.corpus(seeds, 9, 45)
    assert [d.doc_id for d in docs[:5]] == [d.doc_id for d in seeds] and len(docs) == 9
    by_id = {d.doc_id: d for d in docs}
    assert all(by_id[c.doc_id].text[c.start:c.end] == c.text for c in chunks)
    assert len({d.region for d in docs[5:]}) >= 2
