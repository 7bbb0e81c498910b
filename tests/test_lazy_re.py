"""rag.text.lazy_re: patterns compiled on first use behave as re's own, and every pattern the
answer modules define compiles (a malformed one would otherwise raise only when a question reaches it)."""
import re as std_re
import subprocess
import sys

import pytest

from rag.text import lazy_re


def test_a_lazy_pattern_matches_as_re_does():
    text = "2023年受理行政复议案件125件，纠错12件。"
    source = r"(\d+)件"
    lazy, real = lazy_re.compile(source), std_re.compile(source)
    assert lazy.pattern == source
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub(r"<\1>", text) == real.sub(r"<\1>", text)
    assert lazy_re.findall(lazy, text) == ["125", "12"] and lazy_re.split(lazy, text) == real.split(text)
    assert lazy_re.search(lazy, text).group(1) == "125" and lazy_re.fullmatch(lazy, "7件")
    assert lazy.flags == real.flags and lazy.groups == 1
    assert lazy_re.compile(lazy) is lazy and lazy_re.compile(real) is real
    assert lazy_re.compile("abc", lazy_re.IGNORECASE).match("ABC")


def test_a_malformed_pattern_raises_re_error_at_first_use():
    bad = lazy_re.compile("(unclosed")
    with pytest.raises(std_re.error):
        bad.search("x")


def test_compile_pending_compiles_every_pattern_of_the_answer_modules():
    code = ("import rag.cli.main, rag.engine, rag.answer.answerer, rag.retrieve.retriever\n"
            "from rag.text import lazy_re\n"
            "n = lazy_re.compile_pending()\n"
            "print(n, lazy_re.compile_pending())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 500 and out[1] == "0"
