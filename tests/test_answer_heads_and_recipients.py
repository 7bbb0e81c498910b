"""Who heads what, and which place received what: the genre's ways of writing them, asked as users ask.

A body's head asked as its 一把手 (the report writes the title, 局长); a Party secretary, a leading group's
head asked in English (the report writes 书记, 由某某任组长); a village the ministries named jointly (被甲部、乙部
命名为); "which of X's districts"; a subdistrict's justice office by its English names; "… one new regulation.
What was it called?".  The report below is written here (invented facts); questions go through the whole
offline Answerer.
"""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.kinds import asked_entity
from rag.answer.persons import asked_title
from rag.answer.qtypes import core_question
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document

TEXT = ("常德市2022年法治政府建设情况报告\n"
        "一、压实法治建设第一责任人职责\n"
        "市委书记钟声远、市长吴国栋认真履行推进法治建设第一责任人职责，市政府常务会议专题学法6次。"
        "市交通运输局调整法治政府建设领导小组，由田野青任组长，分管副局长任副组长。"
        "市市场监管局党组书记、局长黄丽萍同志带头在全市述法评议会上述法。\n"
        "二、严格规范公正文明执法\n"
        "全市开展行政执法案卷评查，评查案卷520卷。在鼎城区试点“综合查一次”，全年减少入企检查频次210次。"
        "武陵区、津市市完成综合行政执法改革。\n"
        "三、推进法治社会建设\n"
        "市司法局被省司法厅评为“全省司法行政系统先进集体”。"
        "桃源县漳江镇青林村被司法部、民政部命名为“全国民主法治示范村”。"
        "丹阳街道司法所被命名为全省“枫桥式”司法所。\n"
        "四、完善依法行政制度体系\n"
        "提请市人大常委会审议《常德市城市绿化条例》等地方性法规2部，制定政府规章1部即《常德市城区犬类管理办法》。\n")


@pytest.fixture(scope="module")
def answerer():
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="湖南省常德市", year=2022)
    return Answerer(_retriever(doc, cfg), {"d": doc}, cfg)


def _retriever(doc, cfg):
    from rag.retrieve.retriever import Retriever

    return Retriever.build([doc], chunk_text("d", doc.text, cfg.chunking.max_tokens), cfg)


@pytest.mark.parametrize("question, expected", [
    # a body's 一把手 asked by name: the holder of the title its kind gives its head (局 -> 局长)
    ("2022年常德市市场监管局的一把手叫什么名字？", "黄丽萍"),
    # the Party secretary, in English: 书记, the whole three-character name
    ("Who was the Communist Party secretary of Changde in 2022?", "钟声远"),
    # who led a leading group: its 组长, written after the name (由某某任组长)
    ("Who led the rule-of-law leading group of Changde's transport bureau in 2022?", "田野青"),
    # a village two ministries named jointly, not the bureau a province rated in another sentence
    ("常德市2022年有哪个村拿到了全国民主法治示范村的称号？", "青林村"),
    # which of X's districts: one district of that city
    ("In 2022, in which of Changde's districts was the pilot of combining inspections into one visit run?", "鼎城区"),
    # a subdistrict's justice office under its English names
    ("Which sub-district in Changde had its justice office named a provincial “Fengqiao-style” office in 2022?", "丹阳街道"),
    # it, named by the statement before the question: the government regulation, not a local regulation
    ("Changde made only one new municipal government regulation in 2022. What was it called?", "常德市城区犬类管理办法"),
])
def test_heads_and_recipients(answerer, question, expected):
    got = answerer.ask(question)
    assert not got.abstained, got.answer
    assert expected in got.short_answer, got.answer
    assert got.short_answer in got.citations[0].quote  # the short answer is a span of the cited sentence


@pytest.mark.parametrize("question, title", [
    ("县人民政府的一把手是谁？", "县长"), ("区法院的主要负责人叫什么？", "院长"), ("市政务服务中心的一把手叫什么名字？", "主任"),
    ("Who was the deputy Party secretary of the county?", "副书记"), ("Who was secretary of the county Party committee?", "书记"),
    ("Who headed the flood-control headquarters?", "指挥长"), ("Who was the top official of the county's justice bureau?", "局长"),
    ("Who was the leader of the inspection group?", "组长"),
    ("一把手出庭应诉率是多少？", ""),  # no body, no name asked: no title
])
def test_asked_head_titles(question, title):
    assert asked_title(question) == title


def test_which_of_asks_one_place_unless_the_verb_is_plural():
    assert core_question("In which of Changde's counties was it tried?") == "In which county of Changde was it tried?"
    assert core_question("Which one of the towns has a model village?") == "Which town has a model village?"
    assert core_question("Which of the counties were named?") == "Which of the counties were named?"


def test_it_needs_a_statement_naming_its_noun():
    assert asked_entity("The city opened one new platform. What is it called?").head == "platform"
    assert asked_entity("What was it called?") is None


@pytest.mark.parametrize("phrase, term", [
    ("the justice office of the town", "司法所"), ("a judicial affairs office", "司法所"),
    ("which subdistrict", "街道"), ("which sub-district", "街道"), ("a Fengqiao-style police station", "枫桥"),
    ("how many government regulations were made", "政府规章"),
])
def test_english_names_of_the_genres_bodies(phrase, term):
    from rag.text.glossary import english_terms

    assert term in english_terms(phrase)


@pytest.mark.parametrize("sentence, name", [
    ("成立以常务副市长孟庆林为组长的依法行政领导小组。", "孟庆林"),  # 以某某为组长
    ("调整领导小组，由局长邹文彬任组长。", "邹文彬"),
    ("成立以主要负责人为组长的领导小组。", None),  # a title, no name
])
def test_group_head_written_before_the_post(sentence, name):
    from rag.answer.persons import titled_persons

    got = [sentence[a:b] for a, b, _ in titled_persons(sentence, "组长")]
    assert got == ([name] if name else [])


def test_a_place_asked_is_never_a_body_that_won():
    from rag.answer.honours import conferred_subject_spans

    s = "市司法局被省司法厅评为“全省司法行政系统先进集体”。"
    assert conferred_subject_spans(s, "村") == [] and conferred_subject_spans(s, "街道") == []
    t = "漳江镇青林村、龙潭镇石门社区被省司法厅和省民政厅确定为省级民主法治示范村（社区）。"
    assert [t[a:b] for a, b, _ in conferred_subject_spans(t, "社区")] == ["漳江镇青林村、龙潭镇石门社区"]


def test_a_name_the_title_binds_is_not_cut_to_the_segmenters_person():
    from rag.answer.names import titled_names

    s = "市委书记钟声远、市长吴国栋认真履行推进法治建设第一责任人职责。"
    assert [s[a:b] for a, b, _ in titled_names(s)] == ["钟声远", "吴国栋"]
