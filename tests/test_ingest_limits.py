"""Bounded work per file: over a limit a file is skipped with one message and the batch goes on."""
from __future__ import annotations

import pytest
from docx_bomb import write_docx_bomb

from rag.engine import Engine
from rag.ingest.pipeline import ingest


@pytest.fixture
def batch(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text("某市2023年法治政府建设年度报告\n全年办理行政复议案件12件。", encoding="utf-8")
    return d


def _only_good_ingested(report, cfg, word):
    assert report.added == ["good.txt"] and len(report.skipped) == 1 and word in report.skipped[0]
    assert [d.source for d in Engine.open(cfg).documents()] == ["good.txt"]


def test_docx_that_inflates_past_the_limit_is_skipped(batch, cfg):
    write_docx_bomb(batch / "bomb.docx", inflated_mb=6)
    report = ingest([batch], cfg.replace(ingest={"max_inflated_mb": 2.0}))
    _only_good_ingested(report, cfg, "bomb.docx: its XML expands to 7 MB, over the 2 MB limit")
    assert "max_inflated_mb" in report.skipped[0]


def test_docx_within_the_limit_is_read(batch, cfg):
    write_docx_bomb(batch / "big.docx", inflated_mb=1, text="长治市2021年法治政府建设年度报告")
    report = ingest([batch], cfg.replace(ingest={"max_inflated_mb": 4.0}))
    assert sorted(report.added) == ["big.docx", "good.txt"] and not report.skipped


def test_too_many_parts_and_too_many_tags(batch, cfg):
    write_docx_bomb(batch / "parts.docx", inflated_mb=0)
    (batch / "tags.html").write_text("<p>法治政府建设年度报告</p>" * 3000, encoding="utf-8")
    report = ingest([batch], cfg.replace(ingest={"max_parts": 2}))
    assert report.added == ["good.txt"] and len(report.skipped) == 2
    assert any("parts.docx: it has" in s and "parts (zip members), over the limit of 2" in s for s in report.skipped)
    assert any("tags.html: it has 6000 tags, over the limit of 2000" in s for s in report.skipped)


def test_time_budget(batch, cfg):
    write_docx_bomb(batch / "slow.docx", inflated_mb=0)
    report = ingest([batch], cfg.replace(ingest={"file_seconds": 0.0}))
    _only_good_ingested(report, cfg, "slow.docx: extracting its text took longer than 0 s")
