"""The `rag` console script, run as a user runs it (subprocesses, real index folder)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def rag(*args, config: Path | None = None, check=True):
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    if config:
        env["RAG_CONFIG"] = str(config)
    p = subprocess.run([sys.executable, "-m", "rag.cli.main", *args], check=False, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    if check and p.returncode != 0:
        raise AssertionError(f"rag {' '.join(args)} exited {p.returncode}\n{p.stdout}\n{p.stderr}")
    return p


@pytest.fixture
def config(tmp_path, seed_dir) -> Path:
    cfg = tmp_path / "rag.toml"
    cfg.write_text(
        f'[paths]\nindex_dir = "{tmp_path / "index"}"\nseeds_dir = "{seed_dir}"\n[embedding]\nbackend = "none"\n',
        encoding="utf-8",
    )
    return cfg


def test_help_does_not_import_heavy_libraries():
    code = ("import sys; from rag.cli.main import build_parser; build_parser().format_help();"
            "heavy = [m for m in ('torch', 'faiss', 'gradio', 'sentence_transformers', 'langchain_core', 'jieba') if m in sys.modules];"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    assert out == "[]"
    p = rag("--help")
    assert "ingest" in p.stdout and "search" in p.stdout and "ask" in p.stdout


def test_ingest_docs_show(config):
    p = rag("ingest", config=config)
    assert "5 added" in p.stdout
    p = rag("ingest", config=config)
    assert "5 unchanged" in p.stdout
    rows = [json.loads(line) for line in rag("docs", "--json", config=config).stdout.splitlines()]
    assert len(rows) == 5
    assert {"doc_id", "source", "title", "region", "year", "chars", "chunks"} <= set(rows[0])
    by_src = {r["source"]: r for r in rows}
    haixi = by_src["004_5b30efb91b1ef5ec.txt"]
    assert (haixi["region"], haixi["region_code"], haixi["level"], haixi["year"]) == \
        ("青海省海西蒙古族藏族自治州", "632800", "prefecture", 2020)
    assert by_src["004_5b30efb91b1ef5ec.txt"]["doc_number"] == "西政〔2021〕5号"
    table = rag("docs", config=config).stdout
    assert "长治市" in table and "赤峰市元宝山区" in table
    shown = json.loads(rag("show", rows[0]["doc_id"], "--json", config=config).stdout)
    assert shown["doc_id"] == rows[0]["doc_id"] and len(shown["text"]) == rows[0]["chars"]
    assert all(shown["text"][c["start"]:c["end"]] == c["text"] for c in shown["chunks"])


def test_errors_are_one_clear_line(config, tmp_path):
    p = rag("show", "nope", config=config, check=False)
    assert p.returncode == 2 and "rag ingest" in p.stderr and "Traceback" not in p.stderr
    rag("ingest", config=config)
    p = rag("show", "nope", config=config, check=False)
    assert p.returncode == 2 and "rag docs" in p.stderr and "Traceback" not in p.stderr
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    p = rag("ingest", str(tmp_path / "empty.txt"), config=config, check=False)
    assert p.returncode == 2 and "empty.txt" in p.stderr and "Traceback" not in p.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("[retrieval]\nmode = 3\n", encoding="utf-8")
    p = rag("docs", config=bad, check=False)
    assert p.returncode == 2 and "mode" in p.stderr and "Traceback" not in p.stderr
