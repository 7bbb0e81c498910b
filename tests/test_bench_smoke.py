"""The retrieval benchmark script works end to end at a tiny size (no timing assertions).

The synthetic corpus generator keeps the offset invariant, and a 300-chunk run builds an
HNSW index through the real ingest path, searches it pinned to one CPU and reports recall.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_retrieval

from rag.config import Config
from rag.records import Document

REPORT_A = ("长治市2021年法治政府建设情况报告\n一、主要工作\n长治市全年受理行政复议案件59件，审结37件，综合纠错率达59.46%，"
            "切实发挥行政复议化解行政争议主渠道作用。\n二、存在的问题\n长治部分执法人员的法治意识仍需提高，2022年将加强培训。")
REPORT_B = ("霍州市2023年法治政府建设年度报告\n一、推进依法行政\n霍州市政府常务会议学法12次，组织领导干部旁听庭审3次，"
            "推动领导干部带头尊法学法守法用法。\n二、下一步打算\n持续深化“放管服”改革，优化法治化营商环境。")


@pytest.fixture
def seed_docs() -> list[Document]:
    return [Document("a", "a.txt", REPORT_A, "ha", region="长治市", year=2021),
            Document("b", "b.txt", REPORT_B, "hb", region="霍州市", year=2023)]


def test_synthetic_corpus_has_exact_size_and_valid_offsets(seed_docs):
    docs, chunks = bench_retrieval.synthetic_corpus(seed_docs, 60, Config(), seed=1)
    by_id = {d.doc_id: d for d in docs}
    assert len(chunks) == 60
    assert {c.doc_id for c in chunks} == set(by_id)
    assert all(by_id[c.doc_id].text[c.start:c.end] == c.text for c in chunks)
    assert len({(d.region, d.year) for d in docs}) == len(docs)  # one report per region and year
    assert all(d.text.startswith(f"{d.region}{d.year}年") for d in docs)


def test_synthetic_reports_replace_the_template_region_in_both_scripts():
    assert bench_retrieval.replace_region("長治市推進，长治的做法", "长治市", "赣州市") == "赣州市推進，赣州的做法"


def test_vary_moves_years_to_the_report_year_and_keeps_long_numbers():
    line = bench_retrieval.vary("2019年受理案件12件，编号12345", random.Random(0), 2030)
    assert line.startswith(("2030年", "2029年", "2028年")) and line.endswith("编号12345")


def test_retrieval_bench_runs_at_tiny_size(tmp_path):
    out = tmp_path / "retrieval.json"
    cmd = [sys.executable, str(ROOT / "bench" / "bench_retrieval.py"), "--skip-seeds", "--chunks", "300",
           "--queries", "12", "--result-file", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    fig = json.loads(out.read_text(encoding="utf-8"))
    build, search = fig["synthetic_build"], fig["synthetic_search"]
    assert (build["chunks"], build["index_type"], build["dim"]) == (300, "hnsw", 384)
    assert build["exact_threshold"] == 299
    assert search["hybrid_search"]["n"] == 12 and search["modes_used"] == {"hybrid": 12}
    assert search["omp_threads"] == 1 and search["pinned_cpu"] in os.sched_getaffinity(0)
    assert 0.0 <= search["hnsw"]["recall_at_10_vs_IndexFlatIP"] <= 1.0
    assert set(fig["meets_targets"]) >= {"synthetic_p95_ms_lt_100", "hnsw_recall_ge_0_95", "index_files_lt_2gb"}
