"""Crashes and full disks: SIGKILL a writer at random moments, fill a real small filesystem."""
from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from index_procs import (
    finish,
    indexed_sources,
    make_reports,
    rounds,
    start,
    write_config,
)

from rag.errors import IngestError
from rag.store import docstore


def test_sigkill_at_random_moments_loses_nothing(tmp_path):
    config = write_config(tmp_path)
    rng = random.Random(13)
    base = make_reports(tmp_path / "base", "base")
    assert finish(start(config, "ingest", str(tmp_path / "base")))[0] == 0
    expected = {p.name for p in base}
    kills = 0
    for r in range(rounds(default_ci=5)):
        new = make_reports(tmp_path / f"k{r}", f"k{r}")
        p = start(config, "ingest", str(tmp_path / f"k{r}"))
        time.sleep(rng.uniform(0.05, 1.2))  # a CLI ingest of two reports takes about 1 s here
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.communicate()
        have = indexed_sources(config)  # always loadable, checksums verified
        assert expected <= have, f"round {r}: lost {expected - have}"
        rc, _out, err = finish(start(config, "ingest", str(tmp_path / f"k{r}")))  # the next writer cleans up
        assert rc == 0, err
        expected |= {q.name for q in new}
        assert indexed_sources(config) == expected
        index = tmp_path / "index"
        assert not [q for q in index.iterdir() if q.name.endswith((".partial", ".tmp"))]
    assert kills >= 1


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, check=False).returncode == 0


def test_full_disk_message_and_recovery_on_a_real_small_filesystem(tmp_path, seed_dir):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "3m"):
        pytest.skip("mounting a size-limited tmpfs needs root; test_full_disk_fake_enospc covers the message")
    try:
        config = write_config(tmp_path, disk / "index")
        assert finish(start(config, "ingest", str(seed_dir)))[0] == 0
        before = (disk / "index" / "CURRENT").read_text()
        more = make_reports(tmp_path / "more", "more", n=3)
        filler = disk / "filler"
        with open(filler, "wb") as f:  # fill the disk to the last block
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError as e:
                assert e.errno == errno.ENOSPC
        rc, _out, err = finish(start(config, "ingest", str(tmp_path / "more")))
        assert rc == 2
        assert "No space left on the disk holding" in err and "Free some space" in err
        assert "unexpected" not in err and "Traceback" not in err
        assert (disk / "index" / "CURRENT").read_text() == before
        assert not [q for q in (disk / "index").iterdir() if q.name.endswith(".partial")]
        assert len(indexed_sources(config)) == 5
        filler.unlink()
        rc, _out, err = finish(start(config, "ingest", str(tmp_path / "more")))
        assert rc == 0, err
        assert indexed_sources(config) >= {p.name for p in more}
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def test_full_disk_fake_enospc(seed_dir, cfg, monkeypatch):
    """In-process stand-in for a full disk (for machines where mounting is not allowed)."""
    from rag.ingest.pipeline import ingest

    ingest([seed_dir], cfg)
    before = docstore.current_name(cfg.index_dir)

    def fake_full_disk(path, records):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(docstore, "write_jsonl", fake_full_disk)
    (seed_dir / "new.txt").write_text("某市2023年法治政府建设年度报告\n全年办理行政复议案件12件。", encoding="utf-8")
    with pytest.raises(IngestError, match=r"No space left.*still serves gen-.*Free some space"):
        ingest([seed_dir], cfg)
    assert docstore.current_name(cfg.index_dir) == before
    assert not list(cfg.index_dir.glob(".gen-*"))
