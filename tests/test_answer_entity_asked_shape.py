"""The asked entity's kind picks the span of its shape: a stage work by its 《title》 (not the quoted genre it
draws on), a subdistrict named after its street (某某北大街街道), a venue asked 哪处, a grass-roots station
(某某街道派出所, which police station), the holder of a body's head post (the director of the X Bureau of
Justice -> 局长某某), and a county-level city under a prefecture (no 县本级 read into "county-level").
Real BM25 retriever over a report written for these tests (invented facts, real place names for the place model)."""
from __future__ import annotations

import pytest
from answer_corpus import answerer_over, docs_of

from rag.answer.kinds import asked_entity, entity_spans
from rag.answer.names import asked_levels, town_spans
from rag.answer.persons import english_title
from rag.answer.qtypes import classify
from rag.config import Config
from rag.text.glossary import english_terms

TEXTS = {
    ("邯郸市", 2022): ("邯郸市2022年法治政府建设年度报告\n"
                     "一、加强组织领导\n"
                     "市司法局党组书记、局长赵明远切实履行推进法治建设第一责任人职责，全年主持研究法治工作7次。\n"
                     "二、推进严格规范公正文明执法\n"
                     "全市深化“枫桥式”派出所创建，丛台区光明桥街道派出所获评全省“枫桥式”公安派出所。\n"
                     "三、深化法治宣传\n"
                     "依托“平调落子”地方戏曲，编排法治题材小戏《一纸婚书》，在各县（市、区）巡演46场。\n"
                     "新建法治文化阵地28处，其中“滏阳河法治文化长廊”获评全省法治文化建设示范阵地。\n"
                     "四、化解矛盾纠纷\n"
                     "在陵西北大街街道试行“访调诉”衔接机制，化解信访积案53件。\n"
                     "五、示范创建\n"
                     "武安市、涉县入选第二批全省法治政府建设示范地区名单。\n"),
}
CFG = Config().replace(embedding={"backend": "none"})


@pytest.fixture(scope="module")
def answerer():
    return answerer_over(docs_of(TEXTS), CFG)


@pytest.mark.parametrize("q, gold", [
    ("邯郸市2022年用地方戏曲编了个法治小戏四处巡演，这出戏叫什么名字?", "《一纸婚书》"),
    ("邯郸市2022年把信访、调解和诉讼衔接起来的机制，是在哪个街道试行的?", "陵西北大街街道"),
    ("邯郸市2022年哪处法治文化阵地被评为全省示范阵地?", "“滏阳河法治文化长廊”"),
    ("邯郸市2022年哪个派出所获评全省“枫桥式”公安派出所?", "光明桥街道派出所"),
    ("Which police station did Handan commend in 2022?", "光明桥街道派出所"),
    ("Which of Handan's police stations was recognised in 2022 as a provincial 'Fengqiao-style' station?", "光明桥街道派出所"),
    ("Who was the director of the Handan Municipal Bureau of Justice in 2022?", "赵明远"),
    ("Which county-level city under Handan was listed as a provincial model area for law-based government in 2022?",
     "武安市"),
])
def test_the_asked_kind_picks_the_span_of_its_shape(answerer, q, gold):
    a = answerer.ask(q)
    assert not a.abstained and a.short_answer.endswith(gold), a.answer


@pytest.mark.parametrize("q, kind, head", [
    ("这出戏叫什么名字?", "work", "戏"),
    ("那个法治小品叫什么?", "work", "小品"),
    ("What was the name of the skit the county staged?", "work", "skit"),
    ("哪个派出所被评为先进?", "org", "派出所"),
    ("哪个司法所获评示范司法所?", "org", "司法所"),
    ("Which police station won the award?", "org", "police station"),
])
def test_entity_kinds_of_stage_works_and_stations(q, kind, head):
    e = asked_entity(q)
    assert (e.kind, e.head) == (kind, head)


def test_a_stage_work_is_its_title_not_the_quoted_genre():
    s = "借助“花鼓灯”表演形式，创作法治情景剧《守约》巡演。"
    assert [s[a:b] for a, b, _ in entity_spans(asked_entity("这出戏叫什么名字?"), s)] == ["《守约》"]


def test_the_recipient_picked_out_by_qizhong_starts_after_it():
    from rag.answer.honours import conferred_subject_spans

    s = "全县建成调解室40个，其中“连心桥”调解室获评省级示范调解室。"
    assert [s[a:b] for a, b, _ in conferred_subject_spans(s)] == ["“连心桥”调解室"]


def test_a_station_is_named_not_the_bare_kind_word():
    s = "推进派出所规范化建设，城关派出所被评为先进。"
    assert [s[a:b] for a, b, _ in entity_spans(asked_entity("哪个派出所被评为先进?"), s)] == ["城关派出所"]


@pytest.mark.parametrize("s, towns", [
    ("在中山南街街道试点", ["中山南街街道"]),
    ("在陵西北大街街道试行", ["陵西北大街街道"]),
    ("凯里市人民大街街道开展试点", ["人民大街街道"]),
    ("选取某某乡、人民大街街道开展试点", ["人民大街街道"]),
    ("各镇街道开展普法", []),
    ("推进镇街综合执法改革", []),
])
def test_a_subdistrict_named_after_its_street(s, towns):
    assert [s[a:b] for a, b, _ in town_spans(s)] == towns


@pytest.mark.parametrize("q", ["郴州哪处法治文化阵地被评为示范?", "这出戏是哪出?", "是在哪条街道试点的?"])
def test_which_with_a_measure_word_of_a_place_or_work_asks_a_name(q):
    assert classify(q).kind == "name"


@pytest.mark.parametrize("q, title", [
    ("Who was the director of the Handan Municipal Bureau of Justice in 2022?", "局长"),
    ("Who is the bureau director?", "局长"),
    ("Who was the deputy director of the county's legal affairs office?", "副主任"),
    ("Who is the president of the intermediate people's court?", "院长"),
    ("Who is the district head?", "区长"),
])
def test_the_head_of_a_body_by_its_kind(q, title):
    assert english_title(q) == title


@pytest.mark.parametrize("q", ["Which county-level city under Handan was named a model city?",
                               "Which county-level cities under Handan were named model cities?"])
def test_a_county_level_city_asked_is_a_level_not_a_term(q):
    assert asked_levels(q) == ("county-level city",)
    assert "县本级" not in english_terms(q)
    assert "县本级" in english_terms("How many cases did the county level handle?")


# a second report: two subdistricts in one sentence (the one whose own clause holds the asked act answers), a street
# named with a numeral, an office director asked in English, a sketch asked in English
NANYANG = {
    ("南阳市", 2022): ("南阳市2022年法治政府建设年度报告\n一、深化法治宣传\n"
                     "结合“宛梆”地方剧种，创作法治小品《讨薪记》和情景剧《守望》，送戏下乡120场。\n"
                     "二、加强组织领导\n市司法局党组书记、局长周永刚带头述法。市政府法制办公室主任韩晓梅参加集中培训。\n"
                     "三、基层治理\n在七一路街道率先推行“一站式”解纷，在仲景街道开展“无讼社区”创建。\n"),
}


@pytest.fixture(scope="module")
def nanyang():
    return answerer_over(docs_of(NANYANG), CFG)


@pytest.mark.parametrize("q, gold", [
    ("南阳在哪个街道率先推行“一站式”解纷?", "七一路街道"),
    ("In which subdistrict did Nanyang first roll out one-stop dispute resolution?", "七一路街道"),
    ("Who was the director of the municipal government's legal affairs office?", "韩晓梅"),
    ("Who headed Nanyang's Justice Bureau in 2022?", "周永刚"),
    ("What was the name of the comedy sketch Nanyang created in 2022?", "《讨薪记》"),
    ("南阳那部情景剧叫什么名字?", "《守望》"),
])
def test_the_asked_kind_among_several_of_its_shape(nanyang, q, gold):
    a = nanyang.ask(q)
    assert not a.abstained and a.short_answer == gold, a.answer


@pytest.mark.parametrize("s, towns", [
    ("在八一路街道试点", ["八一路街道"]),
    ("在五一街道试点", ["五一街道"]),
    ("在三个镇开展试点", []),
    ("选取两个乡镇", []),
])
def test_a_numeral_in_a_name_is_no_count(s, towns):
    assert [s[a:b] for a, b, _ in town_spans(s)] == towns


@pytest.mark.parametrize("q, kind, ends", [
    ("Which legal-culture corridor became a provincial base?", "platform", ("长廊",)),
    ("Which park was named a model park?", "platform", ("公园",)),
    ("Which mediation studio won the award?", "platform", ("工作室", "调解室")),
    ("哪个法治公园被评为示范?", "platform", None),
    ("哪个调解工作室获评全国模范?", "platform", None),
])
def test_venues_and_rooms_are_named_places_of_service(q, kind, ends):
    e = asked_entity(q)
    assert e.kind == kind and (ends is None or e.ends == ends)


def test_a_venue_is_the_quoted_name_bound_to_it():
    s = "打造法治文化长廊9条，“运河法韵”长廊入选全省法治宣传教育基地。"
    assert [s[a:b] for a, b, _ in entity_spans(asked_entity("Which corridor became a provincial base?"), s)] == ["“运河法韵”"]


@pytest.mark.parametrize("s, q, names", [
    ("东城区人民法院小石营人民法庭被评为全国法院先进集体。", "哪个人民法庭被评为先进集体?", ["小石营人民法庭"]),
    ("推进派出所规范化建设，城关派出所被评为先进。", "哪个派出所被评为先进?", ["城关派出所"]),
    ("加强司法所建设，全区12个司法所全部达标。", "哪个司法所达标了?", []),
])
def test_a_station_is_named_by_its_place(s, q, names):
    found = [s[a:b] for a, b, _ in entity_spans(asked_entity(q), s)]
    assert found[:len(names)] == names and all(names[0] in f for f in found) if names else found == []  # (a court's
    # name may come along: 某区人民法院某某人民法庭)


def test_the_conferring_body_may_stand_between_bei_and_the_verb():
    from rag.answer.honours import conferred_subject_spans

    s = "青山镇司法所被司法部评为全国模范司法所。"
    assert [s[a:b] for a, b, _ in conferred_subject_spans(s)] == ["青山镇司法所"]
