"""Engine.warm: the one-time costs paid before users ask (rag serve's warm-up, the scale benchmark)."""
from __future__ import annotations

import sys


def test_warm_asks_each_kind_once_and_changes_no_answer(seeds_engine):
    from rag.engine import WARM_QUESTIONS

    questions = ["哪些报告提到了行政复议?", "How many administrative reconsideration cases were there in 2099?"]
    before = [seeds_engine.ask(q) for q in questions]
    seeds_engine.warm()
    after = [seeds_engine.ask(q) for q in questions]
    assert [(a.answer, a.citations, a.abstained) for a in before] == [(a.answer, a.citations, a.abstained) for a in after]
    assert "jieba.posseg" in sys.modules  # the part-of-speech tagger is loaded by the warm-up
    assert any(q.isascii() for q in WARM_QUESTIONS) and any(not q.isascii() for q in WARM_QUESTIONS)
