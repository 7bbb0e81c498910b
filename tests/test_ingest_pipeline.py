"""Ingestion end to end into a real index folder: idempotence, updates, duplicates, bad files, recovery."""
from __future__ import annotations

import json
import shutil

import pytest

from rag.engine import Engine
from rag.errors import IndexCorrupt, IndexMissing, IngestError
from rag.ingest.pipeline import ingest, remove_documents
from rag.store import docstore

EXPECTED = {
    "000_a830e99e2ba91c42.txt": ("山西省长治市", 2021),
    "001_71e1c216a7798b34.txt": ("江西省赣州市", 2019),
    "002_a9331cd5cb836081.txt": ("山西省临汾市霍州市", 2023),
    "003_e7e9fa6d3e319639.txt": ("内蒙古自治区赤峰市元宝山区", 2024),
    "004_5b30efb91b1ef5ec.txt": ("青海省海西蒙古族藏族自治州", 2020),
}


def test_seeds_ingest_with_metadata_and_exact_offsets(seed_dir, cfg):
    report = ingest([seed_dir], cfg)
    assert sorted(report.added) == sorted(EXPECTED) and not report.skipped
    eng = Engine.open(cfg)
    got = {d.source: (d.region, d.year) for d in eng.documents()}
    assert got == EXPECTED
    for d in eng.documents():
        chunks = eng.chunks_of(d.doc_id)
        assert "".join(c.text for c in chunks) == d.text
        assert all(d.text[c.start:c.end] == c.text for c in chunks)
    web = next(d for d in eng.documents() if d.source.startswith("002"))
    assert "ICP备" not in web.text and "首页 >" not in web.text and "霍州市2023年法治政府建设报告" in web.text
    trad = next(d for d in eng.documents() if d.source.startswith("000"))
    assert trad.script == "hant" and "長治市" in trad.text  # stored text keeps its own script


def test_reingest_unchanged_does_no_work(seed_dir, cfg):
    first = ingest([seed_dir], cfg)
    second = ingest([seed_dir], cfg)
    assert len(second.unchanged) == 5 and not second.changed
    assert second.generation == first.generation  # no new generation written


def test_changed_file_replaces_its_chunks_and_removed_file_goes(seed_dir, cfg):
    ingest([seed_dir], cfg)
    f = seed_dir / "003_e7e9fa6d3e319639.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n四、补充说明\n全区新增法律顾问99名。", encoding="utf-8")
    (seed_dir / "001_71e1c216a7798b34.txt").unlink()
    report = ingest([seed_dir], cfg)
    assert report.updated == ["003_e7e9fa6d3e319639.txt"] and report.removed == ["001_71e1c216a7798b34.txt"]
    eng = Engine.open(cfg)
    assert len(eng.documents()) == 4
    doc = next(d for d in eng.documents() if d.source.startswith("003"))
    assert any("法律顾问99名" in c.text for c in eng.chunks_of(doc.doc_id))
    assert sum(1 for c in eng.gen.chunks if c.doc_id == doc.doc_id) == len(eng.chunks_of(doc.doc_id))


def test_same_content_under_two_names_is_stored_once(seed_dir, cfg):
    shutil.copy(seed_dir / "004_5b30efb91b1ef5ec.txt", seed_dir / "copy_of_haixi.txt")
    report = ingest([seed_dir], cfg)
    assert len(report.added) == 5 and len(report.duplicates) == 1
    assert "copy_of_haixi.txt" in report.duplicates[0]
    eng = Engine.open(cfg)
    haixi = next(d for d in eng.documents() if d.source.startswith("004"))
    assert haixi.aliases == ("copy_of_haixi.txt",)


def test_bad_files_are_skipped_with_one_line_each(tmp_path, cfg):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "good.txt").write_text("测试市2022年法治政府建设年度报告\n2022年，测试市行政复议案件123件。", encoding="utf-8")
    (d / "notes.xyz").write_text("ignored", encoding="utf-8")
    report = ingest([d, tmp_path / "missing.txt", d / "notes.xyz"], cfg)
    assert report.added == ["good.txt"] and report.ok
    joined = "\n".join(report.skipped)
    assert "empty.txt" in joined and "binary.txt" in joined and "missing.txt" in joined and "notes.xyz" in joined
    assert len(report.skipped) == 4


def test_nothing_ingestable_is_not_ok(tmp_path, cfg):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    assert not ingest([tmp_path / "empty.txt"], cfg).ok


def test_sidecar_wins_over_inference(seed_dir, cfg):
    (seed_dir / "metadata.toml").write_text('["003_e7e9fa6d3e319639.txt"]\nregion = "元宝山区"\nyear = 2024\n', encoding="utf-8")
    ingest([seed_dir], cfg)
    doc = next(d for d in Engine.open(cfg).documents() if d.source.startswith("003"))
    assert doc.region == "元宝山区" and doc.meta_source.get("region") == "sidecar"


def test_remove_documents(seed_dir, cfg):
    ingest([seed_dir], cfg)
    report = remove_documents(["002_a9331cd5cb836081", "no-such-doc"], cfg)
    assert report.removed == ["002_a9331cd5cb836081.txt"] and len(report.skipped) == 1
    assert len(Engine.open(cfg).documents()) == 4


def test_corrupt_index_gives_clear_message_and_rebuild_recovers(seed_dir, cfg):
    ingest([seed_dir], cfg)
    gen = cfg.index_dir / docstore.current_name(cfg.index_dir)
    (gen / "chunks.jsonl").write_text('{"chunk_id": "x", "doc', encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="rag ingest --rebuild"):
        Engine.open(cfg)
    with pytest.raises(IngestError, match="--rebuild"):
        ingest([seed_dir], cfg)
    report = ingest([seed_dir], cfg, rebuild=True)
    assert len(report.added) == 5
    assert len(Engine.open(cfg).documents()) == 5
    assert len(list(seed_dir.glob("*.txt"))) == 5  # sources untouched


def test_crash_mid_write_leaves_previous_generation_live(seed_dir, cfg):
    ingest([seed_dir], cfg)
    before = docstore.current_name(cfg.index_dir)
    partial = docstore.new_generation_dir(cfg.index_dir)  # a writer that died here
    (partial / "documents.jsonl").write_text("{half", encoding="utf-8")
    eng = Engine.open(cfg)
    assert eng.gen.name == before and len(eng.documents()) == 5


def test_missing_index_message(cfg):
    with pytest.raises(IndexMissing, match="rag ingest"):
        Engine.open(cfg)


def test_manifest_is_transparent_json(seed_dir, cfg):
    ingest([seed_dir], cfg)
    gen = cfg.index_dir / docstore.current_name(cfg.index_dir)
    m = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    assert m["format"] == docstore.FORMAT and m["counts"]["documents"] == 5
    assert {"max_tokens", "token_counter", "version"} <= set(m["chunker"])
    assert all(len(e["content_hash"]) == 64 for e in m["documents"].values())
    assert not list(gen.glob("*.pkl")) and not list(gen.glob("*.pickle"))


def test_chunker_settings_change_is_a_mismatch(seed_dir, cfg):
    ingest([seed_dir], cfg)
    other = cfg.replace(chunking={"max_tokens": 200})
    with pytest.raises(IngestError, match="max_tokens"):
        ingest([seed_dir], other)
    assert len(ingest([seed_dir], other, rebuild=True).added) == 5


def test_auto_rebuild_recovers_a_corrupt_index(seed_dir, cfg):
    ingest([seed_dir], cfg)
    gen = cfg.index_dir / docstore.current_name(cfg.index_dir)
    (gen / "manifest.json").write_text("{not json", encoding="utf-8")
    report = ingest([seed_dir], cfg, auto_rebuild=True)
    assert len(report.added) == 5 and report.notes and "corrupt" in report.notes[0]


def test_model_becoming_available_adds_vectors(seed_dir, cfg, tmp_path):
    """An index built lexical-only is refreshed once the wanted model can be loaded."""
    from helpers_models import build_tiny_st_model

    model = build_tiny_st_model(tmp_path / "tiny-st", [p.read_text(encoding="utf-8") for p in seed_dir.glob("*.txt")])
    missing = cfg.replace(embedding={"backend": "sentence-transformers", "model": str(tmp_path / "not-there-yet")})
    first = ingest([seed_dir], missing)
    assert not first.embedder["model_id"] and "not-there-yet" in first.embedder["embedder"]["reason"]
    (tmp_path / "not-there-yet").symlink_to(model, target_is_directory=True)
    second = ingest([seed_dir], missing)
    assert second.notes and "available now" in second.notes[0]
    assert second.embedder["model_id"] and second.embedder["n_vectors"] == sum(len(Engine.open(missing).chunks_of(d.doc_id)) for d in Engine.open(missing).documents())
    third = ingest([seed_dir], missing)
    assert not third.notes and not third.changed


def test_engine_refuses_an_index_chunked_with_other_settings(seed_dir, cfg):
    from rag.errors import IndexMismatch

    ingest([seed_dir], cfg)
    with pytest.raises(IndexMismatch, match=r"chunker\.max_tokens: index has 350, config wants 123.*rag ingest --rebuild"):
        Engine.open(cfg.replace(chunking={"max_tokens": 123}))
