"""Entity answers of the genre's own shapes: titles in apposition to names, titles a named person
holds, slogans written as quotations, platforms going into service.  The report below is written
here (invented names); questions go through the whole offline Answerer."""
import hashlib

import pytest

from rag.answer.answerer import Answerer
from rag.chunk.chunker import chunk_text
from rag.config import Config
from rag.records import Document
from rag.retrieve.retriever import Retriever

TEXT = ("荆州市2021年法治政府建设情况报告\n"
        "一、加强党对法治政府建设的领导\n"
        "市委副书记、市长陈立新同志在全省深化“互联网+政务服务”改革推进会上作交流发言。"
        "市委理论学习中心组全年开展专题学法4次，邀请武汉大学郑秋云教授等专家作专题讲座。"
        "市委副书记、政法委书记、市委依法治市办主任刘建华主持召开市委依法治市办全体会议，部署“八五”普法工作。\n"
        "二、持续优化营商环境\n"
        "深化“一件事一次办”改革，7月“荆州不动产登记网上办”系统正式上线，实现登记全程网办。\n"
        "三、总体思路\n"
        "全市围绕“法治护航、服务发展，争创一流法治环境”的总要求，推动各项工作落地见效。\n")


@pytest.fixture(scope="module")
def answerer():
    cfg = Config().replace(embedding={"backend": "none"})
    doc = Document("d", "d.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), region="湖北省荆州市", year=2021)
    return Answerer(Retriever.build([doc], chunk_text("d", TEXT, cfg.chunking.max_tokens), cfg), {"d": doc}, cfg)


@pytest.mark.parametrize("question, expected", [
    # 市长叫什么: the name bound to the title, not a quoted term of the same sentence
    ("2021年在全省推进会上作交流发言的荆州市长叫什么?", "陈立新"),
    # which <university> professor: the person before 教授, not the university
    ("Which Wuhan University professor gave a lecture to Jingzhou's municipal theory study group in 2021?", "郑秋云"),
    # a named person's other posts: the titles written before the name, less the one the question names
    ("2021年主持荆州市委依法治市办全体会议的刘建华,除了市委副书记还担任什么职务?", "政法委书记"),
    # 他叫什么: a person, the name after the title (同志 closes it)
    ("2021年荆州市市长在全省改革推进会上作交流发言,他叫什么?", "陈立新"),
    # the title as the post someone holds: 当市长的是谁 / 谁在当书记 ask the holder as 市长是谁 does
    ("荆州市2021年的报告里,当市长的是谁?", "陈立新"),
    ("2021年荆州市是谁在当政法委书记、主持依法治市办会议?", "刘建华"),
    # the asked title written with the place before it (荆州市长 names 市长)
    ("荆州市长陈立新还担任什么职务?", "市委副书记"),
    # in English, the person named in pinyin, the asked title through the glossary
    ("Apart from being mayor, what other post did Chen Lixin hold in Jingzhou in 2021?", "市委副书记"),
    # a platform going into service, whatever its name ends with
    ("Which online platform officially went live in Jingzhou in July 2021?", "荆州不动产登记网上办"),
    # a slogan: the quotation bound to the asked requirement, though the report never writes 口号
    ("荆州市2021年围绕的工作总要求是哪句口号?", "法治护航、服务发展，争创一流法治环境"),
])
def test_entity_answers_of_the_genre(answerer, question, expected):
    got = answerer.ask(question)
    assert not got.abstained, got.answer
    assert expected in got.short_answer, got.answer
    assert got.short_answer in got.citations[0].quote  # the short answer is a span of the cited sentence


def test_held_titles_leave_out_the_title_the_question_names():
    from rag.answer.persons import held_titles

    s = "会议由县委常委、常务副县长、县委依法治县办副主任赵明远主持。"
    q = "赵明远除了县委常委还担任什么职务?"
    assert [s[a:b] for a, b, _ in held_titles(s, q)] == ["常务副县长、县委依法治县办副主任"]
    assert held_titles(s, "孙立平还担任什么职务?") == []  # another person: nothing


def test_a_name_before_a_title_only_where_the_genre_writes_names_first():
    from rag.answer.persons import titled_persons

    s = "乡镇党委书记现场述法,邀请省委党校黄海燕教授授课。"
    assert [s[a:b] for a, b, _ in titled_persons(s, "教授")] == ["黄海燕"]
    assert titled_persons(s, "书记") == []  # 党委书记: an official's title follows no name


@pytest.mark.parametrize("question, person", [
    ("某县县长叫什么?", True), ("当县长的是谁?", True), ("是谁在当局长?", True), ("那位教授叫什么名字?", True), ("Which Tsinghua University professor spoke?", True),
    ("这个平台叫什么?", False), ("Which university's professor spoke?", False),
])
def test_asking_for_a_titled_person(question, person):
    from rag.answer.persons import asks_person
    from rag.text.normalize import fold

    assert asks_person(fold(question)) is person


def test_a_slogan_question_needs_a_quotation_beside_what_it_asks(answerer):
    # the 普法 sentence quotes only “八五” (no slogan); another sentence's quotation does not answer it
    got = answerer.ask("荆州市2021年的普法口号是什么?")
    assert got.abstained, got.answer
    # 荆州市长江…: 长江 is a word, not the mayor's title
    from rag.answer.terms import content_terms

    assert "市长" not in content_terms("荆州市长江大保护做了什么?", exclude=["荆州市", "荆州"])
    assert "市长" in content_terms("荆州市长叫什么?", exclude=["荆州市", "荆州"])


@pytest.mark.parametrize("question", ["荆州市2021年的市政协主席叫什么名字?", "What position did Zhao Guoqiang hold in Jingzhou in 2021?",
                                      "What other posts did Zhao Guoqiang hold in Jingzhou's rule-of-law office in 2021?"])
def test_a_person_or_post_not_written_is_not_answered(answerer, question):
    got = answerer.ask(question)
    assert got.abstained or not got.citations, got.answer


@pytest.mark.parametrize("question, title", [
    ("某市2022年当市长的是谁?", "市长"), ("2022年某局是谁在当局长、负责推进法治建设?", "局长"),
    ("现在是谁在当县委依法治县办主任?", "主任"), ("县长是谁?", "县长"), ("当时谁在场?", ""),
    ("应急指挥部由谁担任指挥长?", ""),  # 由某某担任指挥长: the person stands before the title, not a title's holder after it
])
def test_the_title_asked_as_a_post_someone_holds(question, title):
    from rag.answer.persons import asked_title

    assert asked_title(question) == title


def test_a_titled_person_in_a_passage_the_questions_other_words_do_not_rank():
    # the question's frame (2021年法治政府建设报告里) ranks other passages first; the title is found deeper
    from answer_corpus import answerer_over, docs_of

    text = ("宜昌市2021年法治政府建设情况报告\n"
            "一、2021年法治政府建设主要举措\n"
            "全市法治政府建设扎实推进，法治政府建设示范创建取得新进展，2021年法治政府建设考评获评优秀。\n"
            "全市2021年法治政府建设重点任务全部完成，法治政府建设督察发现问题全部整改。\n"
            "全市法治政府建设年度报告按时向社会公开，法治政府建设满意度测评得分提高。\n"
            "二、主要负责人履职情况\n"
            "市长罗振华认真履行第一责任人职责，主持召开常务会议专题研究依法行政工作3次。\n")
    cfg = Config().replace(embedding={"backend": "none"}, retrieval={"top_k": 2})
    a = answerer_over(docs_of({("宜昌市", 2021): text}), cfg).ask("宜昌市2021年法治政府建设报告里,当市长的是谁?")
    assert not a.abstained and a.short_answer == "罗振华", a.answer


@pytest.mark.parametrize("sentence, title, name", [
    ("州长尕玛旦增作为第一责任人，亲自部署重点工作。", "州长", "尕玛旦增"),  # Tibetan: no Han surname, four characters
    ("县长多杰才让主持召开县政府常务会议。", "县长", "多杰才让"),
    ("旗长阿拉坦仓同志带头述法。", "旗长", "阿拉坦仓"),  # Mongolian, closed by 同志
    ("县长亲自部署重点工作。", "县长", None),  # a word after the title, no name
    ("县长多次主持召开常务会议。", "县长", None),
])
def test_a_name_without_a_han_surname_after_the_asked_title(sentence, title, name):
    from rag.answer.persons import titled_persons

    got = [sentence[a:b] for a, b, _ in titled_persons(sentence, title)]
    assert got == ([name] if name else [])


def test_a_minority_name_answers_who_holds_the_title():
    from answer_corpus import answerer_over, docs_of

    text = ("甘孜州2022年法治政府建设情况报告\n"
            "一、加强组织领导\n"
            "州政府把法治政府建设摆在全局工作的重要位置，州长尕玛旦增作为第一责任人，主持召开专题会议4次。\n")
    cfg = Config().replace(embedding={"backend": "none"})
    a = answerer_over(docs_of({("甘孜藏族自治州", 2022): text}), cfg).ask("甘孜州2022年负第一责任的州长叫什么名字?")
    assert not a.abstained and a.short_answer == "尕玛旦增", a.answer


@pytest.mark.parametrize(("sentence", "title", "name"), [
    ("其中州长热合曼·阿不都主持召开专题会议3次。", "州长", "热合曼·阿不都"),  # the verb right after the name
    ("县委副书记、县长古丽娜尔·买买提同志出席会议。", "县长", "古丽娜尔·买买提"),  # closed by 同志
    ("市长艾力·买买提·吐逊，副市长王某某分别讲话。", "市长", "艾力·买买提·吐逊"),  # two dots, closed by a comma
])
def test_a_name_with_a_middle_dot_is_answered_whole(sentence, title, name):
    """a transliterated name runs past three characters: its first three (热合曼) are no answer."""
    from rag.answer.persons import titled_persons

    assert [sentence[a:b] for a, b, _ in titled_persons(sentence, title)] == [name]
