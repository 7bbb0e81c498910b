"""A BM25 index built by another tokenizer (code or dictionary) is flagged, not silently used.

A real index is built in a temp folder by `rag ingest`; its bm25/tokenizer.json is edited on disk
(or a data file the tokenizer loads is changed); `rag doctor`, `rag ask` and the status line are
then run as a user runs them (in process, through the CLI's own entry point).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rag.cli.main import main
from rag.index.tokenizer_version import KEY, TOKENIZER_VERSION

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "行政复议"


@pytest.fixture
def built(tmp_path):
    """(config file, index dir) of a real lexical index over one seed report."""
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(min((ROOT / "seeds").glob("*.txt")), reports)
    cfg = tmp_path / "rag.toml"
    cfg.write_text(f'[paths]\nindex_dir = "{tmp_path / "index"}"\nseeds_dir = "{reports}"\n'
                   '[embedding]\nbackend = "none"\n[llm]\nbackend = "extractive"\n', encoding="utf-8")
    assert main(["ingest", "-q", "--config", str(cfg)]) == 0
    return cfg, tmp_path / "index"


def _tokenizer_json(index: Path) -> Path:
    name = (index / "CURRENT").read_text(encoding="utf-8").strip()
    found = list(index.rglob("bm25/tokenizer.json"))
    return next((p for p in found if name in p.parts), found[0])


def _edit(index: Path, change) -> None:
    """Change the stored fingerprint as another version's writer would have written it: the
    manifest's checksums are recorded again, so only the fingerprint differs."""
    from rag.store.integrity import checksums

    path = _tokenizer_json(index)
    meta = json.loads(path.read_text(encoding="utf-8"))
    change(meta)
    path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    gen = path.parent.parent
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = checksums(gen)
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _run(capsys, *argv, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    assert main(list(argv)) == code
    out = capsys.readouterr()
    return out.out, out.err


def _status_line(cfg: Path) -> str:
    from rag.config import load_config
    from rag.engine import Engine

    return Engine.open(load_config(str(cfg))).status().summary("en")


def test_a_fresh_index_is_clean_and_records_the_fingerprint(built, capsys):
    cfg, index = built
    meta = json.loads(_tokenizer_json(index).read_text(encoding="utf-8"))
    assert meta[KEY]["code_version"] == TOKENIZER_VERSION
    assert {"userdict.txt", "stopwords.txt", "jieba dict.txt"} <= set(meta[KEY]["data"])
    out, _ = _run(capsys, "doctor", "--config", str(cfg))
    assert "tokenizer:   local BM25 index: matches the running code" in out and "problem" not in out
    out, _ = _run(capsys, "doctor", "--json", "--config", str(cfg))
    assert json.loads(out)["problems"] == []
    out, err = _run(capsys, "ask", QUESTION, "--config", str(cfg))
    assert "⚠ The BM25 index" not in out + err
    assert "⚠" not in _status_line(cfg)


def test_another_code_version_is_reported_by_doctor_ask_and_status(built, capsys):
    cfg, index = built
    _edit(index, lambda m: m[KEY].update(code_version=TOKENIZER_VERSION - 1))
    out, _ = _run(capsys, "doctor", "--config", str(cfg), code=1)  # a stale index is a problem a script can see
    problem = [ln for ln in out.splitlines() if ln.strip().startswith("problem:")]
    assert len(problem) == 1 and "tokenizer code version" in problem[0] and "`rag ingest --rebuild`" in problem[0]
    assert "PROBLEM" in out
    out, _ = _run(capsys, "doctor", "--json", "--config", str(cfg), code=1)
    problems = json.loads(out)["problems"]
    assert len(problems) == 1 and "`rag ingest --rebuild`" in problems[0]
    out, _ = _run(capsys, "ask", QUESTION, "--config", str(cfg))
    warnings = [ln for ln in out.splitlines() if ln.startswith("⚠ The BM25 index")]
    assert len(warnings) == 1 and "rag ingest --rebuild" in warnings[0]
    assert "(answered by:" in out  # still answers
    out, err = _run(capsys, "ask", QUESTION, "--json", "--config", str(cfg))
    json.loads(out)  # stdout stays JSON; the warning goes to stderr
    assert "⚠ The BM25 index" in err
    assert "⚠ The BM25 index was built with another tokenizer" in _status_line(cfg)
    _out, err = _run(capsys, "search", QUESTION, "--config", str(cfg))
    assert "⚠ The BM25 index was built with another tokenizer" in err


def test_an_index_without_fingerprint_is_built_by_an_older_version(built, capsys):
    cfg, index = built
    _edit(index, lambda m: m.pop(KEY))
    out, _ = _run(capsys, "doctor", "--config", str(cfg), code=1)
    assert "built by an older version" in out and "`rag ingest --rebuild`" in out
    out, _ = _run(capsys, "ask", QUESTION, "--config", str(cfg))
    assert "⚠ The BM25 index was built by an older version" in out and "(answered by:" in out
    # the fix clears it
    assert main(["ingest", "-q", "--rebuild", "--config", str(cfg)]) == 0
    out, _ = _run(capsys, "doctor", "--config", str(cfg))
    assert "matches the running code" in out and "problem" not in out


def test_a_changed_domain_dictionary_names_the_file(built, capsys, monkeypatch, tmp_path):
    from rag.index import lexical

    cfg, _index = built
    changed = tmp_path / "userdict.txt"
    changed.write_text(lexical.USERDICT.read_text(encoding="utf-8") + "\n新增词条 10 n\n", encoding="utf-8")
    monkeypatch.setattr(lexical, "USERDICT", changed)
    out, _ = _run(capsys, "doctor", "--config", str(cfg), code=1)
    assert "dictionary data changed (userdict.txt)" in out and "tokenizer code version" not in out


def test_a_bumped_code_version_flags_an_index_built_before(built, capsys, monkeypatch):
    import rag.index.tokenizer_version as tv

    cfg, _index = built
    monkeypatch.setattr(tv, "TOKENIZER_VERSION", TOKENIZER_VERSION + 1)
    out, _ = _run(capsys, "ask", QUESTION, "--config", str(cfg))
    assert f"⚠ The BM25 index was built with another tokenizer (tokenizer code version {TOKENIZER_VERSION} -> " \
           f"{TOKENIZER_VERSION + 1})" in out


def test_an_unchanged_data_file_keeps_its_digest_and_a_changed_one_does_not(tmp_path):
    from rag.index.tokenizer_version import drift, file_digest, fingerprint

    f = tmp_path / "words.txt"
    f.write_text("甲\n", encoding="utf-8")
    before = file_digest(f)
    assert file_digest(f) == before
    f.write_text("乙乙\n", encoding="utf-8")
    assert file_digest(f) != before
    assert file_digest(tmp_path / "none.txt") == "missing"
    assert drift(fingerprint()) == ""


def test_milvus_backend_is_not_checked_and_says_so(tmp_path, capsys, milvus_uri):
    """Milvus analyses text with its own jieba: no local BM25 index, nothing flagged, doctor says why."""
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(min((ROOT / "seeds").glob("*.txt")), reports)
    cfg = tmp_path / "rag.toml"
    cfg.write_text(f'[paths]\nindex_dir = "{tmp_path / "index"}"\nseeds_dir = "{reports}"\n'
                   f'[embedding]\nbackend = "none"\n[store]\nbackend = "milvus"\nuri = "{milvus_uri}"\n', encoding="utf-8")
    assert main(["ingest", "-q", "--config", str(cfg)]) == 0
    assert not list((tmp_path / "index").rglob("bm25"))
    out, _ = _run(capsys, "doctor", "--config", str(cfg))
    assert "tokenizer:   not applicable: Milvus analyses text with its own jieba" in out and "problem" not in out
    out, _ = _run(capsys, "ask", QUESTION, "--config", str(cfg))
    assert "⚠ The BM25 index" not in out and "(answered by:" in out


def test_a_store_that_cannot_be_described_is_a_problem_with_its_fix(built, capsys):
    """`rag doctor` exits non-zero when the store's own description fails (here the index's info
    file is unreadable, its checksum recorded again so only the content is wrong)."""
    from rag.store.integrity import checksums

    cfg, index = built
    gen = _tokenizer_json(index).parent.parent
    (gen / "index_info.json").write_text("{not json", encoding="utf-8")
    manifest = json.loads((gen / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"] = checksums(gen)
    (gen / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    out, _ = _run(capsys, "doctor", "--config", str(cfg), code=1)
    problem = [ln for ln in out.splitlines() if ln.strip().startswith("problem:")]
    assert len(problem) == 1 and "index_info.json" in problem[0] and "`rag ingest --rebuild`" in problem[0]
    out, _ = _run(capsys, "doctor", "--json", "--config", str(cfg), code=1)
    problems = json.loads(out)["problems"]
    assert len(problems) == 1 and "could not be described" in problems[0]
