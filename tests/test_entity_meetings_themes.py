"""Entity kinds asked by a meeting noun, a theme, a principle, an aspect-modified document type,
and "what was the X ... called" (rag.answer.kinds); passages written for these tests."""
from rag.answer.kinds import asked_entity, entity_spans
from rag.answer.qtypes import classify


def _spans(question: str, sentence: str) -> list[str]:
    entity = asked_entity(question)
    assert entity is not None
    return [sentence[a:b] for a, b, _ in entity_spans(entity, sentence)]


def test_meeting_question_asks_for_the_meeting_name():
    q = "报告里,认真学习的是省委书记在哪次会议上的讲话?"
    assert classify(q).kind == "name"
    assert asked_entity(q).kind == "meeting"
    s = "全县认真学习省委书记在省委全面深化改革委员会第五次会议上的讲话精神。"
    assert _spans(q, s) == ["省委全面深化改革委员会第五次会议"]


def test_english_plenary_session_asks_for_a_plenum():
    q = "Which plenary session of the county party committee did the county say it was implementing?"
    assert classify(q).kind == "name"
    assert asked_entity(q).kind == "meeting"
    s = "全面贯彻县委九届三次全会精神，推进依法行政。"
    assert any("县委九届三次全会" in t for t in _spans(q, s))


def test_theme_is_the_quote_bound_to_the_word_not_a_named_activity():
    q = "该市组织的「普法宣傳月」活動,主題是什麼?"
    assert classify(q).kind == "name"
    s = "圍繞“尊法學法 守法用法”主題,在全市組織開展“普法宣傳月”主題宣傳活動。"
    assert _spans(q, s) == ["“尊法學法 守法用法”"]
    s2 = "本次活动主题为“法治护航发展”，在“法治广场”集中开展。"
    assert _spans(q, s2) == ["“法治护航发展”"]


def test_english_principle_is_a_quoted_phrase():
    q = "What working principle did the county tax bureau follow in its work?"
    assert classify(q).kind == "name"
    s = "县税务局按照“依法治税”的工作要求，持续提升执法水平。"
    assert _spans(q, s) == ["“依法治税”"]


def test_aspect_modifier_keeps_the_asked_document_type():
    q = "某区2022年修订的是哪一部行政执法方面的办法?"
    e = asked_entity(q)
    assert (e.kind, e.ends) == ("title", ("办法",))
    s = "完成《某区行政执法公示办法》修订工作，印发《某区执法工作方案》。"
    assert _spans(q, s) == ["《某区行政执法公示办法》"]


def test_what_was_the_x_called_with_words_between():
    q = "What was the list of key legislative projects that the city issued for 2022 called?"
    assert classify(q).kind == "name"
    e = asked_entity(q)
    assert e.kind == "title" and "清单" in e.ends
    s = "印发《市政府2022年立法工作计划》和《市政府2022年重点立法项目清单》。"
    assert _spans(q, s) == ["《市政府2022年重点立法项目清单》"]


def test_meeting_name_keeps_its_function_like_characters_and_drops_lead_verbs():
    q = "Which meeting did the district study?"
    s = "深入学习贯彻落实书记在全区依法治区委员会第二次会议上的讲话，认真贯彻落实区委八届四次全会精神。"
    assert _spans(q, s) == ["全区依法治区委员会第二次会议", "区委八届四次全会"]
