"""A case opened by an enforcement body and then investigated or handled (立案查处, 立案查办): "open and handle /
investigate", "cases opened" are the genre's 立案, so such a question reaches the opened cases, not any cases handled.
Reports written for these tests (motivated by fresh w-005)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.answerer import Answerer
from rag.config import Config
from rag.text.glossary import english_terms

REPORTS = {
    "辛河市": "辛河市2023年法治政府建设情况报告\n一、主要工作\n"
              "（一）包容审慎监管。对轻微违法行为依法不予处罚，全年办理首违不罚案件73件。\n"
              "（二）严格执法。全年立案查处各类违法案件640件，结案610件，罚没款1,250万元。\n"
              "（三）信访工作。全年办理信访案件95件。\n",
}


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return answerer_over(docs_of({(region, 2023): text for region, text in REPORTS.items()}),
                         Config().replace(embedding={"backend": "none"}))


def test_opening_a_case_is_li_an():
    assert english_terms("cases it opened and investigated")[-2:] == ("立案", "查处|查办|办理|办结")
    assert "立案" in english_terms("how many cases opened") and "立案" in english_terms("did it open and handle them")
    assert "立案" not in english_terms("the service hall opened")  # a hall opened for business is no case


@pytest.mark.parametrize(("question", "gold"), [
    ("How many cases did 辛河市 open and investigate in 2023?", "640件"),
    ("How many cases did 辛河市 open and handle in 2023?", "640件"),
])
def test_opened_cases_asked_in_plain_english(answerer, question, gold):
    assert answerer.ask(question).short_answer == gold
