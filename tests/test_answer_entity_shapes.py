"""Entity spans of the genre's shapes, on sentences written here: bodies whose suffix jieba cuts off
(行政 审批 局), words that only end like a body (格局), quoted names ending in the asked noun."""
import pytest


def _texts(s, spans):
    return [s[a:b] for a, b, _ in spans]


def test_a_body_whose_suffix_stands_alone_is_one_name():
    from rag.answer.figures import org_spans

    s = "指导某某县组建行政审批局,打造审批服务新格局。"
    assert _texts(s, org_spans(s)) == ["行政审批局"]  # not 新格局: 格局 is a word, 新格 none


def test_bodies_named_with_a_one_character_suffix_stay_bodies():
    from rag.answer.figures import org_spans

    s = "县民政局、县财政局、县司法局联合开展检查,形成全局工作新格局,展厅对外开放。"
    assert _texts(s, org_spans(s)) == ["县民政局", "县财政局", "县司法局"]


def test_a_head_phrase_takes_the_quoted_name_whole():
    from rag.answer.span_finders import head_spans

    s = "为高水平建设“中国茶叶之都”营造法治环境。"
    assert _texts(s, head_spans(s, "要建设什么之都?")) == ["“中国茶叶之都”"]


@pytest.mark.parametrize("q", ["李某某在报告里担任哪些职务?", "王某某身兼哪些职务?"])
def test_which_posts_a_named_person_holds_is_a_name_question(q):
    from rag.answer.qtypes import classify

    assert classify(q).kind == "name"


def test_a_person_noun_before_an_entity_head_asks_for_the_entity():
    from rag.answer.kinds import asked_entity
    from rag.answer.kinds_en import EN_PERSON_RE

    q = "Through which WeChat official account did the county publish its reports?"
    assert EN_PERSON_RE.search(q) is None
    assert asked_entity(q).kind == "platform"
    assert EN_PERSON_RE.search("Which official chaired the meeting?") is not None


def test_a_platform_phrase_starts_after_its_enumerator_and_verb():
    from rag.answer.kinds import asked_entity, entity_spans

    s = "三是推进政务热线平台建设。"
    assert _texts(s, entity_spans(asked_entity("Which hotline did the city build?"), s)) == ["政务热线"]
    t = "推行“一窗受理”改革,“某某通”政务服务系统于6月正式上线运行。"  # the quoted name that went live
    assert _texts(t, entity_spans(asked_entity("Which platform went live?"), t)) == ["“某某通”"]


def test_a_slogan_is_a_quotation_or_what_a_colon_introduces():
    from rag.answer.kinds import asked_entity, entity_spans

    e = asked_entity("某县2022年的工作总要求是哪句口号?")
    s = "全县牢牢把握工作总要求：守底线、抓发展、保稳定。"
    assert _texts(s, entity_spans(e, s)) == ["守底线、抓发展、保稳定"]
    t = "全县提出“法治护航、服务发展”的口号,部署“八五”普法。"  # “八五” is too short to be a slogan
    assert _texts(t, entity_spans(e, t)) == ["“法治护航、服务发展”"]
    assert entity_spans(e, "主要做法如下：") == []


def test_a_head_phrase_starting_inside_a_quotation_takes_it_whole():
    from rag.answer.span_finders import head_spans

    s = "全县围绕“守底线、抓发展,保稳定”的工作总要求,推进法治建设。"
    assert _texts(s, head_spans(s, "某县围绕的总要求是什么?")) == ["“守底线、抓发展,保稳定”的工作总要求"]


@pytest.mark.parametrize("q, posts", [
    ("What other post did Li Ming hold in 2022?", True), ("Which positions does Wang Fang serve in?", True),
    ("What titles has the city won?", False), ("What position did the county rank in the province?", False),
])
def test_an_english_question_about_posts_held(q, posts):
    from rag.answer.persons import asks_other_posts

    assert asks_other_posts(q.lower()) is posts


def test_an_unquoted_system_going_into_service_is_a_platform():
    from rag.answer.kinds import asked_entity, entity_spans

    e = asked_entity("Which online platform went live in October?")
    s = "10月份某省税务电子税务局正式上线,全省实现网上办税。"
    assert _texts(s, entity_spans(e, s)) == ["某省税务电子税务局"]
    assert entity_spans(e, "全年办理行政复议案件30件。") == []


def test_titles_written_after_the_name_are_held_titles_too():
    from rag.answer.persons import held_titles

    s = "周某某同志任县委副书记、政法委书记,分管全县法治工作。"
    assert _texts(s, held_titles(s, "周某某除了县委副书记还担任什么职务?")) == ["政法委书记"]
    assert _texts(s, held_titles(s, "What other post did Zhou Moumou hold besides deputy secretary?")) == ["政法委书记"]


def test_a_bare_which_one_asks_for_the_noun_counted_before_it():
    """``印发的三份文件中,点名的是哪一份?`` asks for one of the 文件 (heldout8 h8-019 kind): the whole
    title, quotes inside it included, not a phrase ending in the measure word."""
    from test_answer_figures import one_sentence_answer

    from rag.answer.span_finders import classifier_noun

    assert classifier_noun("丙县印发的三份文件中,点名的是哪一份?") == "丙县印发的三份文件中,点名的是哪份文件?"
    assert classifier_noun("哪一项?") == "哪一项?"  # nothing counted before: unchanged
    s = "出台《丙县落实“两项清单”管理办法》等两部办法,为推行“两项清单”提供依据。"
    assert one_sentence_answer("丙县出台的两部办法里,报告点名的是哪一部?", s) == "《丙县落实“两项清单”管理办法》"


@pytest.mark.parametrize("q, kind, head", [
    # a relative clause with an irregular past names the X (heldout8 h8-015 kind)
    ("What was the hotline the county set up in 2021 to take complaints about enterprises?", "platform", "hotline"),
    ("What was the platform the district built to share case files with the courts?", "platform", "platform"),
    # two head nouns in a row: the last is the head (heldout8 h8-020 kind)
    ("The county's mediation work was part of which practice campaign?", "scheme", "campaign"),
    ("Which service platform handled the applications?", "platform", "platform"),
])
def test_english_head_noun_of_the_asked_entity(q, kind, head):
    from rag.answer.kinds import asked_entity

    ent = asked_entity(q)
    assert ent is not None and (ent.kind, ent.head) == (kind, head)


def test_the_quoted_name_before_the_last_head_noun_answers():
    from test_answer_figures import one_sentence_answer

    s = "把调解工作作为“群众说事好商量”实践活动的具体内容,推行“三调联动”工作法,化解纠纷300件。"
    assert "群众说事好商量" in one_sentence_answer("The county's mediation work was part of which practice campaign?", s)


@pytest.mark.parametrize("q", ["Besides the city departments, which district put all of its permit items online in 2022?",
                               "除市直部门外,哪个区的许可事项全部实现网上办理?"])
def test_which_district_asks_for_a_district(q):
    """``which district`` / ``哪个区`` asks for a district of the report's city (heldout8 h8-018 kind)."""
    import hashlib

    from rag.answer.evidence import make_ask
    from rag.answer.extractive import answer
    from rag.answer.qtypes import classify
    from rag.answer.terms import content_terms
    from rag.records import Chunk, Document, Hit

    s = "2022年,市直部门和台江区全部许可事项实现网上办理,群众办事更加便捷。"
    doc = Document("d", "d.txt", s, hashlib.sha256(s.encode()).hexdigest(), region="福州市", year=2022)
    hit = Hit(1, Chunk(f"d:0-{len(s)}", "d", 0, len(s), s), 1.0)
    ask = make_ask(q, "en" if q.isascii() else "zh", classify(q), content_terms(q, exclude=["福州市", "福州"]))
    assert classify(q).kind == "name"
    assert answer(ask, [hit], {"d": doc}).short == "台江区"
