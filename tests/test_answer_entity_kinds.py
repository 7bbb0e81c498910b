"""Entity answers by the question's head noun, English terms with alternatives, and refusals that
depend on what is asked, not on a dictionary's guess (passages written here, not dev items)."""
from __future__ import annotations

import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.answer.english_figures import counted_phrase, counted_term, measured_terms
from rag.answer.kinds import asked_entity, entity_spans
from rag.answer.qtypes import classify
from rag.answer.term_coverage import coverage, find_term, idf_from_counts
from rag.answer.terms import content_terms, role_weight
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever
from rag.text.en_lexicon import MAX_RENDERINGS, lexicon_terms
from rag.text.glossary import alternatives, english_terms

JINCHENG = (
    "晋城市2023年法治政府建设情况报告\n"
    "一、主要工作\n"
    "(一)加强制度建设。市司法局根据市委全面依法治市委员会会议精神,起草《晋城市行政执法监督办法》,报市政府审议。"
    "编写出版《太行法治学习问答》,为全市干部群众学习民法典提供辅助读物。"
    "市政府党组坚持把“三个确保”落到实处,统筹推进各项工作。\n"
    "(二)开展考核评估。在太行政法大学法治政府研究院组织的法治政府评估中,晋城市在全省参评城市中名列第二。"
    "命名首批市级法治示范单位20个、项目8个。\n"
    "(三)深化法治宣传。通过“太行法治大讲堂”,邀请法学专家为机关干部开展法治讲座12场。"
    "在8个行政村开展“法治流动课堂”26次,群众参与3000余人次。"
    "举办乡镇综合执法人员集中培训3次。行政机关负责人出庭应诉率达100%。\n"
    "二、存在的问题\n基层执法力量不足。\n")
YANGQUAN = ("阳泉市2023年法治政府建设情况报告\n一、主要工作\n全市办理行政复议案件86件,综合纠错率为12.5%。"
            "制定《阳泉市重大行政决策程序规定》。\n")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    cfg = Config().replace(embedding={"backend": "none"})
    texts = {"山西省晋城市": JINCHENG, "山西省阳泉市": YANGQUAN}
    docs = [Document(f"d{i}", f"d{i}.txt", t, hashlib.sha256(t.encode()).hexdigest(), region=r, year=2023)
            for i, (r, t) in enumerate(texts.items())]
    chunks = [c for d in docs for c in chunk_text(d.doc_id, d.text, cfg.chunking.max_tokens)]
    return Answerer(Retriever.build(docs, chunks, cfg), {d.doc_id: d for d in docs}, cfg)


# --- the asked kind, from the head noun -----------------------------------------------------------
def test_head_noun_names_the_kind():
    assert asked_entity("某县起草了什么文件?").kind == "title"
    assert asked_entity("那本學習輔助讀物叫什麼?").kind == "title"  # Traditional, the head before 叫什么
    assert asked_entity("该市印发了哪个实施方案?").ends == ("方案",)
    assert asked_entity("评估由哪个研究院组织?").ends == ("研究院",)
    assert asked_entity("依托的是哪个法治文化阵地?").kind == "platform"
    assert asked_entity("还依据哪个地级市的方案?") is None  # the question word asks for the place, not the 方案
    assert asked_entity("Which institute organised the assessment?").kind == "org"
    assert asked_entity("Through which lecture platform did the city invite experts?").kind == "platform"
    assert asked_entity("What is the name of the culture venue it relied on?").kind == "platform"
    assert asked_entity("Which professor from Peking University gave the talk?") is None  # a person
    assert asked_entity("Which measures did the county take?") is None  # plural: a list question
    assert classify("Through which lecture platform did the city invite experts?").kind == "name"
    assert classify("Which professor from Peking University gave the talk?").kind == "name"


def test_spans_of_the_asked_kind_with_the_asked_head():
    s = "印发《某市行政执法监督办法》和《某市法治政府建设实施方案》。"
    plan = asked_entity("该市印发了哪个实施方案?")
    assert [s[a:b] for a, b, _ in entity_spans(plan, s)] == ["《某市法治政府建设实施方案》"]  # a 办法 is not a 方案
    book = "向干部赠阅《法治学习概论》教材,并发放“法治明白纸”。"
    assert [book[a:b] for a, b, _ in entity_spans(asked_entity("赠阅了哪本教材?"), book)] == ["《法治学习概论》"]
    org = "在太行政法大学法治政府研究院组织的评估中,该市司法局名列第二。"
    assert [org[a:b] for a, b, _ in entity_spans(asked_entity("Which institute organised it?"), org)] == ["太行政法大学法治政府研究院"]
    venue = "依托“某某小院”法治文化阵地,开展“法治流动课堂”18次。"
    got = entity_spans(asked_entity("依托的是哪个法治文化阵地?"), venue)
    assert [venue[a:b] for a, b, _ in got] == ["“某某小院”"]  # the quote that names the asked noun


@pytest.mark.parametrize(("sentence", "question", "name"), [
    ("县电视台开设藏语法治栏目《格桑说法》，全年播出52期。", "县电视台开的那个藏语法治栏目叫什么?", "《格桑说法》"),
    ("依托《某某条例》宣传周，在广播电台推出《法在身边》节目48期。", "那个广播节目叫什么名字?", "《法在身边》"),
])
def test_a_column_titled_after_its_noun_is_its_name(sentence, question, name):
    """a column or programme is titled in 《》 right after (or before) its noun: the title, not the phrase
    ending in the noun (开设藏语法治栏目) nor another title of the clause (《某某条例》)"""
    got = entity_spans(asked_entity(question), sentence)
    assert [sentence[a:b] for a, b, _ in got] == [name]


def test_a_bodys_own_division_answers_which_division():
    # 哪个处室 / 哪个科室: a division of a bureau (法规处, 监督科), not the bureau that honoured it
    s = "县司法局行政执法监督科被市司法局评为全市司法行政系统先进集体,县财政局荣获优秀等次。"
    got = entity_spans(asked_entity("被评为先进集体的是县司法局哪个科室?"), s)
    assert [s[a:b] for a, b, _ in got] == ["县司法局行政执法监督科"]
    t = "局政策法规处获评全省法治建设先进集体,局机关各处室到处开展学法活动。"
    assert [t[a:b] for a, b, _ in entity_spans(asked_entity("获评先进集体的是哪个处室?"), t)] == ["局政策法规处"]


def test_a_class_of_law_is_answered_by_the_titles_it_holds():
    # 哪部地方性法规: a 《…条例》 (the genre's local regulations are titled so), not a 《…方案》 beside it
    s = "《某市物业管理条例》自2022年3月1日起施行,同时印发《某市物业管理实施方案》。"
    assert [s[a:b] for a, b, _ in entity_spans(asked_entity("哪部地方性法规从3月1日起施行?"), s)] == ["《某市物业管理条例》"]
    r = "市政府制定《某市停车场管理办法》,修订《某市城市绿化条例》。"
    assert [r[a:b] for a, b, _ in entity_spans(asked_entity("市政府制定了哪部政府规章?"), r)] == ["《某市停车场管理办法》"]


def test_a_firm_name_the_tokenizer_runs_on_past():
    # jieba writes 事务所律师 as one word and the trade name as a person's: the firm is still found whole
    s = "区政府聘请河南博远律师事务所律师4名担任法律顾问,区司法局统一管理。"
    got = entity_spans(asked_entity("Which law firm did the district hire its legal advisers from?"), s)
    assert [s[a:b] for a, b, _ in got] == ["河南博远律师事务所"]


def test_an_organisation_is_not_the_question_s_own_subject():
    from rag.answer.figures import org_spans
    from rag.answer.spans import echoes_question

    s = "切实履行市委全面依法治市委员会办公室职能。"
    assert next(s[a:b] for a, b, _ in org_spans(s)) == "市委全面依法治市委员会办公室"  # 依法治X names the body
    assert asked_entity("Which university's professor gave the talk?").head == "university"  # which X's Y asks for X
    assert echoes_question("某市司法局", ("司法局", "履行"), ("山西省某市",)) or echoes_question("市司法局", ("司法局",))
    assert not echoes_question("市委全面依法治市委员会办公室", ("委员会", "司法局"))
    assert not echoes_question("“某市通”", ("某市",))  # a quoted name of its own
    assert asked_entity("公布的重大行政决策事项目录叫什么?").ends == ("目录",)


# --- English terms: a word's renderings are alternatives ------------------------------------------
def test_alternatives_state_a_term_by_any_of_its_words():
    assert alternatives("评估|考核") == ("评估", "考核")
    assert coverage(("评估|考核",), "在法治政府评估中名列第二")[0] == 1.0
    assert coverage(("评估|考核",), "在执法检查中名列第二") == (0.0, ("评估|考核",))
    assert find_term("评估|考核", "年度考核和评估") == (2, 4)
    rare, common = idf_from_counts(["评估|考核"], 10, {"评估": 1, "考核": 9})["评估|考核"], idf_from_counts(["考核"], 10, {"考核": 9})["考核"]
    assert rare == common  # as common as its most common alternative
    assert role_weight("创造|固定") < 1.0  # a verb among the renderings: weighs as a verb


def test_lexicon_keeps_the_renderings_the_reports_use():
    got = [zh for _, zh in lexicon_terms("how many projects", known=lambda w: w in {"项目", "工程"})]
    assert got == ["工程|项目"]
    assert all(len(alternatives(t)) <= MAX_RENDERINGS for _, t in lexicon_terms("when did the elevator rules take effect"))
    assert "组织" in alternatives(dict(lexicon_terms("who organised it", known=lambda w: True)).popitem()[1])  # British spelling


def test_glossary_hyphens_are_spaces():
    assert "法治" in english_terms("How many rule-of-law classes were held?")
    assert "法治政府" in english_terms("a law based government assessment")


def test_counted_phrase_and_its_noun():
    assert counted_phrase("How many 'mobile rule-of-law classes' did the town hold?") == "mobile rule-of-law classes"
    assert counted_phrase("How many pieces of government information did it publish?") == "government information"
    q = "How many special law-study sessions did the group hold?"
    terms = content_terms(q, known=lambda w: True)
    assert "专题学法" in alternatives(counted_term(q, terms))  # the head with its modifier first
    # required of the evidence: glossary words only, never a dictionary guess
    q2 = "How many demonstration projects did the city name?"
    t2 = content_terms(q2, known=lambda w: w in {"项目", "工程"})
    assert measured_terms(q2, t2) == ("示范",)
    assert "项目" in alternatives(counted_term(q2, t2))


def test_durations_and_money_keep_their_units():
    from rag.answer.figure_fit import unit_fit
    from rag.answer.figures import number_spans

    s = "一般项目审查不超过5个工作日,复杂项目审查不超过8个工作日。"
    assert [u for _, _, u in number_spans(s)] == ["个工作日", "个工作日"]
    assert unit_fit(classify("How many working days did the review take?").unit, "个工作日") > 0
    assert classify("How much did the county impose in fines in 2024?").unit == "元"
    assert unit_fit("元", "万元") > 0


# --- answers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, expected", [
    ("晋城市2023年根据依法治市委员会会议精神起草了什么文件?", "《晋城市行政执法监督办法》"),
    ("晋城市2023年编写出版的那本辅助读物叫什么?", "《太行法治学习问答》"),
    ("Which institute organised the 2023 law-based government assessment in which Jincheng placed second?",
     "太行政法大学法治政府研究院"),
    ("Through which lecture platform did Jincheng bring in law experts for rule-of-law talks in 2023?", "“太行法治大讲堂”"),
    ("How many demonstration projects did Jincheng name in its first batch in 2023?", "8个"),
    ("How many 'mobile rule-of-law classes' did Jincheng hold in its villages in 2023?", "26次"),
    ("What was Yangquan's administrative reconsideration correction rate in 2023?", "12.5%"),
])
def test_entity_and_number_answers(answerer, question, expected):
    got = answerer.ask(question)
    assert not got.abstained, got.answer
    assert got.short_answer == expected


@pytest.mark.parametrize("question", [
    "Which university did Jincheng sign a legal cooperation agreement with in 2023?",
    "晋城市2023年与哪所大学签订了合作协议?",
    "How many elevator accidents did Jincheng record in 2023?",
    "What was Jincheng's administrative reconsideration correction rate in 2023?",  # not its 出庭应诉率
    "Which newspaper reported on Jincheng's rule-of-law work in 2023?",  # a medium, or nothing
])
def test_what_the_reports_lack_is_refused(answerer, question):
    got = answerer.ask(question)
    assert got.abstained, got.answer


def test_what_was_set_up_is_the_body_after_the_founding_verb():
    # not the bodies that set it up (市司法局, 某仲裁委员会): the one named after 设立/成立
    s = "依托自贸片区平台,市司法局联合市仲裁委员会设立涉外商事调解中心,全年受理案件40件。"
    for q in ("What did the justice bureau set up together with the arbitration commission in 2021?",
              "2021年市司法局联合市仲裁委员会设立了什么?"):
        e = asked_entity(q)
        assert [s[a:b] for a, b, _ in entity_spans(e, s)] == ["涉外商事调解中心"], q
    assert classify("What did the justice bureau set up together with the arbitration commission in 2021?").kind == "name"
    assert asked_entity("How many centres did the city set up in 2021?") is None
