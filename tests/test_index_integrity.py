"""Damaged index files are named with the fix; rebuilds restore every recorded source; leases."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from index_procs import env_for, finish, make_reports, start, write_config

from rag.engine import Engine
from rag.errors import IndexCorrupt, IndexMissing, IngestError
from rag.ingest.pipeline import ingest, remove_documents
from rag.store import docstore
from rag.ui.uploads import ingest_uploads


def _gen(cfg):
    return cfg.index_dir / docstore.current_name(cfg.index_dir)


@pytest.mark.parametrize("edit", ["shift_offsets", "change_figure", "info_list", "drop_bm25_file"])
def test_edited_tables_are_caught_and_named(seed_dir, cfg, edit):
    ingest([seed_dir], cfg)
    gen = _gen(cfg)
    if edit == "shift_offsets":  # still valid JSON, still the same number of lines
        path = gen / "chunks.jsonl"
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        lines[3]["start"] += 1
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    elif edit == "change_figure":  # same size, one digit changed
        path = gen / "documents.jsonl"
        text = path.read_text(encoding="utf-8")
        i = next(i for i, ch in enumerate(text) if ch in "123456789" and i > 200)
        path.write_text(text[:i] + str((int(text[i]) % 9) + 1) + text[i + 1:], encoding="utf-8")
    elif edit == "info_list":
        path = gen / "index_info.json"
        path.write_text("[]", encoding="utf-8")
    else:
        path = next((gen / "bm25").iterdir())
        path.unlink()
    with pytest.raises(IndexCorrupt) as e:
        Engine.open(cfg)
    assert str(path) in str(e.value) and "rag ingest --rebuild" in str(e.value)
    report = ingest([], cfg, rebuild=True)  # recorded sources, no path needed
    assert len(Engine.open(cfg).documents()) == 5 and any("5 documents" in n for n in report.notes)


def test_unreadable_current_and_info_give_one_line_each(tmp_path, seed_dir):
    config = write_config(tmp_path)
    assert finish(start(config, "ingest", str(seed_dir)))[0] == 0
    current = tmp_path / "index" / "CURRENT"
    current.write_bytes("gen-\udcff".encode("utf-8", "surrogateescape") + b"\xff\xfe")
    rc, _out, err = finish(start(config, "docs"))
    assert rc == 2 and "does not hold a generation name" in err and "rag ingest --rebuild" in err
    assert "unexpected" not in err and len(err.strip().splitlines()) == 1
    rc, _out, err = finish(start(config, "ingest", "--rebuild"))
    assert rc == 0, err
    assert "5 documents in the new index (5 before)" in err


def test_empty_current_does_not_silently_start_a_one_document_index(tmp_path, seed_dir):
    config = write_config(tmp_path)
    assert finish(start(config, "ingest", str(seed_dir)))[0] == 0
    (tmp_path / "index" / "CURRENT").write_text("", encoding="utf-8")
    one = make_reports(tmp_path / "one", "one", n=1)[0]
    rc, _out, err = finish(start(config, "ingest", str(one)))
    assert rc == 2 and "CURRENT is missing or empty but 1 index generation(s) exist" in err
    rc, _out, err = finish(start(config, "ingest", "--rebuild", str(one)))
    assert rc == 0, err
    docs = subprocess.run([sys.executable, "-m", "rag.cli.main", "docs", "--json"], env=env_for(config),
                          capture_output=True, text=True, check=False).stdout
    assert len(docs.strip().splitlines()) == 6


def test_rebuild_restores_uploads_other_folders_and_corrections(tmp_path, seed_dir, cfg):
    ingest([seed_dir], cfg)
    other = make_reports(tmp_path / "other", "other", n=3)
    ingest([tmp_path / "other"], cfg)
    single = make_reports(tmp_path / "single", "single", n=1)
    ingest([single[0]], cfg)
    uploads = make_reports(tmp_path / "browser", "browser", n=2)
    batch, _ = ingest_uploads(uploads, cfg)
    assert all(p.parent == cfg.index_dir / "uploads" for p in batch.saved)
    eng = Engine.open(cfg)
    up_id = next(d.doc_id for d in eng.documents() if d.source == "browser-0.txt")
    eng.update_metadata(up_id, {"region": "测试区", "year": 2011})
    remove_documents(["002_a9331cd5cb836081"], cfg)
    before = {d.source for d in Engine.open(cfg).documents()}
    assert len(before) == 5 - 1 + 3 + 1 + 2
    for p in uploads:
        p.unlink()  # the browser's temp files are gone; the index keeps its own copies
    report = ingest([], cfg, rebuild=True)
    after = Engine.open(cfg)
    assert {d.source for d in after.documents()} == before  # removed one not resurrected
    assert f"{len(before)} documents in the new index ({len(before)} before)" in report.notes[-1]
    fixed = next(d for d in after.documents() if d.source == "browser-0.txt")
    assert (fixed.region, fixed.year) == ("测试区", 2011)
    assert len(other) == 3


def test_rebuild_refuses_to_drop_documents_unless_forced(tmp_path, seed_dir, cfg):
    ingest([seed_dir], cfg)
    gone = make_reports(tmp_path / "tmpdir", "gone", n=2)
    ingest(gone, cfg)
    for p in gone:
        p.unlink()
    with pytest.raises(IngestError, match=r"drop 2 of the 7 .*gone-0.txt, gone-1.txt.*--force"):
        ingest([], cfg, rebuild=True)
    assert len(Engine.open(cfg).documents()) == 7  # nothing changed
    report = ingest([], cfg, rebuild=True, force=True)
    assert len(Engine.open(cfg).documents()) == 5 and "dropped (--force)" in report.notes[0]


def test_leased_generation_survives_pruning_and_reader_switches(tmp_path, seed_dir, cfg):
    cfg = cfg.replace(ingest={"prune_grace_s": 0.0})
    ingest([seed_dir], cfg)
    reader = Engine.open(cfg, lease=True)
    first = reader.gen.name
    for i in range(3):
        ingest(make_reports(tmp_path / f"n{i}", f"n{i}", n=1), cfg)
    assert (cfg.index_dir / first).is_dir()  # leased: kept although 3 newer ones exist
    assert len(docstore.generations(cfg.index_dir)) == 3
    assert reader.search("行政复议")  # still answers from what it opened
    assert reader.refresh() and len(reader.documents()) == 8
    ingest(make_reports(tmp_path / "n9", "n9", n=1), cfg)
    assert not (cfg.index_dir / first).exists()  # released on the switch, pruned by the next write


def test_lease_of_a_killed_process_does_not_pin_a_generation(tmp_path, seed_dir):
    config = write_config(tmp_path)
    (tmp_path / "rag.toml").write_text((tmp_path / "rag.toml").read_text() + "[ingest]\nprune_grace_s = 0.0\n")
    assert finish(start(config, "ingest", str(seed_dir)))[0] == 0
    code = ("import time; from rag.config import load_config; from rag.engine import Engine;"
            "e = Engine.open(load_config(), lease=True); print(e.gen.name, flush=True); time.sleep(60)")
    p = subprocess.Popen([sys.executable, "-c", code], env=env_for(config), stdout=subprocess.PIPE, text=True)
    leased = p.stdout.readline().strip()
    for i in range(2):
        assert finish(start(config, "ingest", str(make_reports(tmp_path / f"m{i}", f"m{i}", n=1)[0])))[0] == 0
    assert (tmp_path / "index" / leased).is_dir()
    p.kill()
    p.communicate()
    assert finish(start(config, "ingest", str(make_reports(tmp_path / "m9", "m9", n=1)[0])))[0] == 0
    assert not (tmp_path / "index" / leased).exists()


def test_missing_generation_folder_message(seed_dir, cfg):
    ingest([seed_dir], cfg)
    (cfg.index_dir / "CURRENT").write_text("gen-20000101T000000000000-abcdef\n", encoding="utf-8")
    with pytest.raises(IndexCorrupt, match="is missing.*rag ingest --rebuild"):
        Engine.open(cfg)
    time.sleep(0)


def test_missing_index_with_no_generations(cfg):
    with pytest.raises(IndexMissing, match="No index in"):
        Engine.open(cfg)
