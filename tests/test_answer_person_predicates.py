"""The name bound to an asked title ends where the genre's predicate after an official's name begins (县长某某扛牢第一责任人
职责, 某某亲自部署), for a name with no Han surname (Tibetan, Mongolian) as for one with it.  Sentences and a report
written for these tests (invented facts, a real place name for the place model)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.persons import titled_persons
from rag.config import Config


@pytest.mark.parametrize("sentence, title, name", [
    ("县政府常务会议专题研究法治工作，县长索南扎西扛牢法治建设第一责任人职责。", "县长", "索南扎西"),
    ("旗长巴特尔切实履行推进法治建设第一责任人职责。", "旗长", "巴特尔"),
    ("县长王明扛牢法治建设第一责任人职责。", "县长", "王明"),
    ("县长王明亮亲自部署法治督察工作。", "县长", "王明亮"),
    ("州长才让扎西作为第一责任人主持会议。", "州长", "才让扎西"),
    # the post taken right after the name (任, 担任, 兼任) closes it too; 任务 is no post taken
    ("由县长岩温香任县全面依法治县委员会副主任，统筹推进各项工作。", "县长", "岩温香"),
    ("旗长巴图朝鲁兼任旗法治政府建设领导小组组长。", "旗长", "巴图朝鲁"),
])
def test_the_name_ends_where_the_predicate_begins(sentence, title, name):
    assert [sentence[a:b] for a, b, _ in titled_persons(sentence, title)] == [name]


TEXTS = {("碌曲县", 2022): ("碌曲县2022年法治政府建设年度报告\n"
                         "一、加强组织领导\n"
                         "县政府党组把法治政府建设列入重要议事日程，县长索南扎西扛牢法治建设第一责任人职责，全年3次召开常务会议研究法治工作。\n"
                         "二、法治宣传\n开展法治宣传活动41场。\n")}


@pytest.mark.parametrize("q", ["2022年碌曲县的县长是谁?", "Who was the county head of Luqu in 2022?"])
def test_the_county_heads_unsurnamed_name_answers(q):
    a = answerer_over(docs_of(TEXTS), Config().replace(embedding={"backend": "none"})).ask(q)
    assert a.short_answer == "索南扎西" and a.citations, a.answer
