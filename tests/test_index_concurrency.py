"""Two writers at once, in real processes: the index stays loadable and holds the union.

Rounds per test: RAG_RACE_ROUNDS (default 4 here; `make bench` runs 20 via bench/bench_index_safety.py).
"""
from __future__ import annotations

import textwrap

import pytest
from index_procs import (
    finish,
    indexed_sources,
    make_reports,
    rounds,
    start,
    start_python,
    write_config,
)


@pytest.fixture
def config(tmp_path):
    return write_config(tmp_path)


def _both_ok(*procs):
    results = [finish(p) for p in procs]
    for rc, out, err in results:
        assert rc == 0, f"exit {rc}\n{out}\n{err}"
    return results


def test_two_cli_ingests_race(tmp_path, config):
    expected: set[str] = set()
    waited = 0
    for r in range(rounds()):
        a = make_reports(tmp_path / f"a{r}", f"a{r}")
        b = make_reports(tmp_path / f"b{r}", f"b{r}")
        results = _both_ok(start(config, "ingest", str(tmp_path / f"a{r}")),
                           start(config, "ingest", str(tmp_path / f"b{r}")))
        waited += sum("waiting" in err for _, _, err in results)
        expected |= {p.name for p in a + b}
        assert indexed_sources(config) == expected, f"round {r}"
    assert waited >= 1  # the writers did overlap: one waited for the other at least once


def test_cli_ingest_races_a_web_upload(tmp_path, config):
    expected: set[str] = set()
    for r in range(rounds()):
        a = make_reports(tmp_path / f"a{r}", f"cli{r}")
        u = make_reports(tmp_path / f"u{r}", f"up{r}")
        code = textwrap.dedent(f"""
            from rag.config import load_config
            from rag.ui.uploads import ingest_uploads
            batch, report = ingest_uploads({[str(p) for p in u]!r}, load_config())
            assert not batch.rejected and report is not None and len(report.added) == {len(u)}, (batch, report)
        """)
        _both_ok(start(config, "ingest", str(tmp_path / f"a{r}")), start_python(config, code))
        expected |= {p.name for p in a + u}
        assert indexed_sources(config) == expected, f"round {r}"


def test_remove_during_ingest(tmp_path, config):
    base = make_reports(tmp_path / "base", "base", n=max(2, rounds()))
    rc, _out, err = finish(start(config, "ingest", str(tmp_path / "base")))
    assert rc == 0, err
    expected = {p.name for p in base}
    for r in range(rounds()):
        c = make_reports(tmp_path / f"c{r}", f"c{r}")
        victim = base[r % len(base)].name
        _both_ok(start(config, "ingest", str(tmp_path / f"c{r}")), start(config, "remove", victim.removesuffix(".txt")))
        expected = (expected | {p.name for p in c}) - {victim}
        assert indexed_sources(config) == expected, f"round {r}"


def test_no_wait_fails_clearly_while_another_writer_holds_the_lock(tmp_path, config):
    make_reports(tmp_path / "x", "x")
    code = textwrap.dedent("""
        import sys, time
        from rag.config import load_config
        from rag.store.lock import writer_lock
        with writer_lock(load_config().index_dir, "ingest"):
            print("locked", flush=True)
            time.sleep(30)
    """)
    holder = start_python(config, code)
    try:
        assert holder.stdout.readline().strip() == "locked"
        rc, _out, err = finish(start(config, "ingest", "--no-wait", str(tmp_path / "x")))
        assert rc == 2
        assert f"another ingest (pid {holder.pid}) is running since" in err and "without --no-wait" in err
        assert "unexpected" not in err and "Traceback" not in err
    finally:
        holder.kill()
        holder.communicate()
    rc, _out, err = finish(start(config, "ingest", "--no-wait", str(tmp_path / "x")))  # a killed holder left no lock
    assert rc == 0, err
