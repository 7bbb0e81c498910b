"""Helpers for the real-process index tests: configs, small distinct reports, `rag` subprocesses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITIES = ["长治", "赣州", "霍州", "赤峰", "海西", "大同", "晋城", "吉安", "抚州", "宜春", "包头", "乌海", "西宁", "格尔木", "德令哈", "运城"]


def rounds(default_ci: int = 4) -> int:
    """Rounds per race test: RAG_RACE_ROUNDS (the full 20 run in `make bench`), else a CI-sized count."""
    return int(os.environ.get("RAG_RACE_ROUNDS", default_ci))


def write_config(tmp: Path, index_dir: Path | None = None) -> Path:
    cfg = tmp / "rag.toml"
    cfg.write_text(f'[paths]\nindex_dir = "{index_dir or tmp / "index"}"\n[embedding]\nbackend = "none"\n',
                   encoding="utf-8")
    return cfg


def make_reports(folder: Path, tag: str, n: int = 2) -> list[Path]:
    """``n`` small reports with distinct content (so none is a duplicate of another)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        city = CITIES[(sum(map(ord, tag)) + i) % len(CITIES)]
        text = (f"{city}市2023年法治政府建设年度报告（{tag}-{i}）\n一、主要工作\n"
                f"全市共办理行政复议案件{100 + i}件，编号{tag}-{i}。"
                f"推进依法行政，开展执法检查{7 + i}次，培训执法人员{300 + i}人次。\n"
                "二、存在的问题\n基层执法力量仍然薄弱。\n")
        p = folder / f"{tag}-{i}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def env_for(config: Path) -> dict:
    return dict(os.environ, RAG_CONFIG=str(config), HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT))


def rag_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "rag.cli.main", *args]


def start(config: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(rag_cmd(*args), env=env_for(config), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def start_python(config: Path, code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code], env=env_for(config), cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(p: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = p.communicate(timeout=timeout)
    return p.returncode, out, err


def indexed_sources(config: Path) -> set[str]:
    """Source names in the live index, read the way `rag docs` reads them (checksums verified)."""
    code = ("import json; from rag.config import load_config; from rag.store import docstore;"
            "g = docstore.load_generation(load_config().index_dir);"
            "print(json.dumps(sorted(d.source for d in g.documents)))")
    p = subprocess.run([sys.executable, "-c", code], env=env_for(config), cwd=ROOT, capture_output=True, text=True,
                       timeout=120, check=False)
    assert p.returncode == 0, p.stderr
    return set(json.loads(p.stdout))
