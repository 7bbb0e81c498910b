"""Persons and their titles: who holds the asked title, and which titles a named person holds.

The genre writes an official in apposition, the titles first (``、``-joined) and then the name:
``市委副书记、市长某某某同志``, ``区委副书记、政法委书记马某某主持…``; scholars and professionals
often the name first: ``某某大学周某某教授``, ``王某律师``.  A question asks either for the name
bound to a title (``市长叫什么``, ``县长是谁``, *which professor*) or, naming the person, for the
other titles they hold (``除了区委副书记还担任什么职务``).

>>> s = "市委副书记、市长于某某同志主持会议,邀请某大学周某某教授作辅导。"
>>> [s[a:b] for a, b, _ in titled_persons(s, "市长")], [s[a:b] for a, b, _ in titled_persons(s, "教授")]
(['于某某'], ['周某某'])
>>> t = "县委副书记、政法委书记、县委依法治县办主任李某某主持召开会议。"
>>> [t[a:b] for a, b, _ in held_titles(t, "李某某除了县委副书记还担任什么职务?")]
['政法委书记、县委依法治县办主任']
"""
from __future__ import annotations

import functools

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars
from ..text.zh_variants import written_phrasing
from .kinds_en import EN_PERSON_RE
from .person_names import COMPOUND_SURNAMES, person_name_like, unsurnamed_name_like

Span = tuple[int, int, str]

# --- the title a question asks the holder of ---------------------------------------------------
# titles whose holder a question asks for (市长叫什么, 主席的名字, 哪位教授)
_ASKABLE = r"[\u4e00-\u9fff]长|书记|主任|主席|委员|教授|研究员|律师|法官"  # 哪位专家 / 哪位领导: any person
_TITLE_ASKED_RE = re.compile(rf"(副?(?:{_ASKABLE}))(?:是谁|叫什么|的名字|的姓名)"
                             rf"|哪(?:一)?位(副?(?:{_ASKABLE}))"
                             # the title as the post someone serves as: 当市长的是谁, 谁在当局长 (not 由谁担任指挥长:
                             # the genre writes that one 由某某担任指挥长, the person before the title)
                             rf"|当[\u4e00-\u9fff]{{0,10}}?(副?(?:{_ASKABLE}))的(?:人)?是谁"
                             rf"|谁(?:在|来|正在)?当[\u4e00-\u9fff]{{0,10}}?(副?(?:{_ASKABLE}))")

# An English question's asked title, as reports write it: the district head -> 区长
_EN_TITLE_RE = re.compile(r"\b(?P<deputy>deputy |vice[- ])?(?:(?P<level>district|county|city|municipal|provincial|prefecture|"
                          r"township|town)(?:'s)? (?:head|chief|magistrate|leader)|(?P<mayor>mayor)|(?P<governor>governor)"
                          # the head of Zhongyuan District, the chief of the county
                          r"|(?<!-)\b(?:head|chief|magistrate) of (?:the )?(?:[a-z\-']+ ){0,3}?(?P<level2>district|county|city|"
                          r"municipality|province|prefecture|township|town)(?!['’]s)(?! (?:party|bureau|committee|court|procuratorate)))\b",
                          re.IGNORECASE)
_EN_LEVEL_TITLES = {"district": "区长", "county": "县长", "city": "市长", "municipal": "市长", "municipality": "市长",
                    "province": "省长", "provincial": "省长",
                    "prefecture": "州长", "township": "乡长", "town": "镇长"}
# a professional title bound to a name (which professor / which lawyer): how the reports write it
_EN_PROFESSIONS = {"associate professor": "副教授", "professor": "教授", "researcher": "研究员", "lawyer": "律师",
                   "attorney": "律师", "judge": "法官", "prosecutor": "检察官"}
_EN_PROFESSION_RE = re.compile(r"\b(" + "|".join(_EN_PROFESSIONS) + r")\b", re.IGNORECASE)


# the head of a body, named by the body's kind: the director of the X Bureau (局长), of the X Office or Commission (主任),
# the president of a court (院长), the chief procurator (检察长); also the bureau's director, the bureau director
# (not a committee: a party committee's head is its 书记)
_EN_BODY_TITLES = {"bureau": "局长", "office": "主任", "commission": "主任", "centre": "主任",
                   "center": "主任", "court": "院长", "procuratorate": "检察长",
                   # a leading / working group (领导小组, 工作专班) is led by its 组长, a headquarters (指挥部) by its 指挥长
                   "group": "组长", "headquarters": "指挥长"}
_EN_BODY = "|".join(_EN_BODY_TITLES)
_EN_BODY_HEAD_RE = re.compile(rf"\b(?P<deputy>deputy |vice[- ])?(?:director|head|chief|president|leader|top official|top leader) of (?:the |its )?(?:[a-z\-]+['’]s )?"
                              rf"(?:[a-z\-]+(?:['’]s)? ){{0,4}}?(?P<body>{_EN_BODY})\b(?!['’]s)"
                              rf"|\b(?P<body2>{_EN_BODY})(?:['’]s)? (?P<deputy2>deputy )?(?:director|head|chief|president)\b"
                              # who headed / led / ran the X Bureau
                              rf"|\bwho (?:heads|headed|leads|led|runs|ran|chairs|chaired|was heading|is heading) (?:the |its )?(?:[a-z\-]+['’]s )?"
                              rf"(?:[a-z\-]+(?:['’]s)? ){{0,4}}?(?P<body3>{_EN_BODY})\b(?!['’]s)",
                              re.IGNORECASE)


# a party committee's head: the (Communist) Party secretary, party chief, secretary of the X party committee (书记)
_EN_PARTY_HEAD_RE = re.compile(r"\b(?P<deputy>deputy |vice[- ])?(?:(?:communist |cpc |ccp )?party (?:secretary|chief)\b"
                               r"|secretary of (?:the |its )?(?:[a-z\-']+ ){0,4}?(?:party|cpc|ccp) committee\b)", re.IGNORECASE)


def english_title(question: str) -> str:
    """The Chinese title an English question asks the holder of (``Who is the county head`` -> 县长,
    ``deputy mayor`` -> 副市长, ``which professor`` -> 教授, ``the director of the X Bureau of Justice`` -> 局长,
    ``the Party secretary`` -> 书记, ``who led the leading group`` -> 组长); "" when it names none."""
    party = _EN_PARTY_HEAD_RE.search(question)
    if party is not None:
        return ("副" if party.group("deputy") else "") + "书记"
    m = _EN_TITLE_RE.search(question)
    body = _EN_BODY_HEAD_RE.search(question) if m is None else None
    if body is not None:
        deputy = body.group("deputy") or body.group("deputy2")
        return ("副" if deputy else "") + _EN_BODY_TITLES[(body.group("body") or body.group("body2") or body.group("body3")).lower()]
    if m is None:
        asked = EN_PERSON_RE.search(question)  # which <…> professor: the profession the asking phrase ends with
        p = _EN_PROFESSION_RE.search(asked.group(0)) if asked else None
        return _EN_PROFESSIONS[p.group(1).lower()] if p else ""
    level = (m.group("level") or m.group("level2") or "").lower()
    title = "市长" if m.group("mayor") else "省长" if m.group("governor") else _EN_LEVEL_TITLES[level]
    return ("副" if m.group("deputy") else "") + title


def asked_title(question: str) -> str:
    """The title whose holder the question asks for: ``淄博市长叫什么`` -> 市长, ``哪位教授`` -> 教授,
    ``Which … professor`` -> 教授; "" when none."""
    m = _TITLE_ASKED_RE.search(written_phrasing(fold(question)))  # 司法局的一把手叫什么: 局长
    return next(g for g in m.groups() if g) if m else english_title(question)


# who / whom as the question word; after another one (which document protects officials who ...) it opens a relative clause
_EN_WHO_ASKED_RE = re.compile(r"^(?:(?!\b(?:which|what|how|when|where)\b).)*?\bwhom?\b", re.I | re.S)


def asks_person(folded_question: str) -> bool:
    """谁 / 哪位 / 姓名 / who / which professor, or the holder of a title (市长叫什么, 书记叫什么名字)."""
    q = folded_question
    return bool(re.search(r"谁|哪位|姓名|[他她](?:叫什么|的名字)", q) or _EN_WHO_ASKED_RE.search(q) or re.search(rf"(?:{_ASKABLE}|专家|领导|人)的?(?:叫什么)?名字", q)
                or _TITLE_ASKED_RE.search(written_phrasing(q)) or EN_PERSON_RE.search(q)
                or re.search(r"\bname of\b", q) and english_title(q))  # the name of the governor


# --- the name bound to a title ------------------------------------------------------------------
_COMRADE_RE = re.compile(r"([\u4e00-\u9fff]{2,4})同志")
_NAME_DOTS = "·•・"
_DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,10})+")
_NAME_STOP_RE = re.compile(r"[于在带主同和与、，,。；;：:等出作到是为对将率（(]")
# the predicates the genre writes right after an official's name (县长某某扛牢第一责任人职责, 某某亲自部署): where a name
# with no Han surname (扎西才让) ends when no stop character does
_NAME_VERB_RE = re.compile(r"扛牢|扛起|扛稳|担起|担负|履行|切实|认真|亲自|带头|主持|多次|坚持|严格|全面|率先|专题|深入|落实|听取"
                           r"|部署|研究|召开|参加|出席|督促|推动|要求|强调|指出|牵头|挂帅")
# titles the genre writes after the name (周某某教授, 王某律师); an official's title goes first (党委书记 is no name)
_NAME_FIRST = ("教授", "研究员", "律师", "法官", "检察官", "院士", "博士", "老师", "专家")
_LEAD_CHARS = frozenset("由在于为对向从被把将和与及请")  # a preposition before a name, though 于 is also a surname


def titled_persons(sentence: str, title: str) -> list[Span]:
    """The name bound to the asked title: right after it (区长邓某某于…: 邓某某), or right before a
    title written after names (北京大学周某某教授); not a deputy's (副区长, 副教授) unless a deputy is asked."""
    s = fold_chars(sentence)
    out = []
    for m in re.finditer(re.escape(title), s):
        if not title.startswith("副") and s[m.start() - 1:m.start()] == "副":
            continue
        at = _after_apposed_titles(s, m.end())
        comrade = _COMRADE_RE.match(s, at)  # 市长于某某同志: "同志" closes a name, whatever its first character
        if comrade:
            out.append((at, comrade.end(1), ""))
            continue
        dotted = _dotted_name_at(s, at)
        if dotted:  # 县长艾尔肯·吐尼亚孜主持: the whole transliterated name, never its first three characters
            out.append((at, dotted, ""))
            continue
        stop = _NAME_STOP_RE.search(s, at, at + 4)
        verb = None if stop else _NAME_VERB_RE.search(s, at + 2, at + 7) or _TAKES_POST_RE.search(s, at + 2, at + 7)
        # 县长王明扛牢…: 王明; 县长索南扎西扛牢…: 索南扎西; 旗长巴图朝鲁兼任…: 巴图朝鲁
        verb = verb if verb and verb.start() <= at + 4 else None
        end = stop.start() if stop else verb.start() if verb else at + 3
        if 2 <= end - at <= (4 if verb else 3) and all("\u4e00" <= c <= "\u9fff" for c in s[at:end]) \
                and person_name_like(s[at:end]):
            out.append((at, end, ""))
            continue
        stop = _NAME_STOP_RE.search(s, at, at + 5) or _NAME_VERB_RE.search(s, at + 2, at + 6) \
            or _TAKES_POST_RE.search(s, at + 2, at + 6)  # 市长岩罕龙任…副主任: the post taken closes the name
        if stop is not None and unsurnamed_name_like(s[at:stop.start()]):  # 州长才让扎西作为…, 县长扎西才让扛牢…: title, name, verb
            out.append((at, stop.start(), ""))
            continue
        before = _name_before(sentence, s, m.start()) if title.endswith(_NAME_FIRST) else None
        verb = next((v for v in _TAKES_POST if s.startswith(v, m.start() - len(v))), "")
        if before is None and verb:  # 局长某某某任组长 / 由某某担任组长 / 以某某为组长: the holder written before the post taken
            before = _name_before(sentence, s, m.start() - len(verb))
        if before is not None:
            out.append(before)
    return out


# the verbs a person takes a post with (longest first); 为 of the genre's 以某某为组长 (成立以局长某某为组长的领导小组)
_TAKES_POST = ("兼任", "担任", "出任", "任", "为")
_TAKES_POST_RE = re.compile(r"(?:兼任|担任|出任|任)(?![务何期职命免意])")  # 任务, 任何, 任期…: no post taken


def _dotted_name_at(s: str, at: int) -> int:
    """Where a name written with a middle dot (a transliterated minority name, 艾尔肯·吐尼亚孜) that starts
    at ``at`` ends: its last part stops where the sentence goes on (主持, 同志, a punctuation mark); 0 when none."""
    m = _DOTTED_NAME_RE.match(s, at)
    if m is None:
        return 0
    last = max(s.rfind(dot, at, m.end()) for dot in _NAME_DOTS) + 1
    stop = _NAME_STOP_RE.search(s, last, m.end())
    end = stop.start() if stop else m.end()
    return end if end > last and not _NAME_STOP_RE.search(s, at, last) else 0


def _after_apposed_titles(s: str, at: int) -> int:
    """Where the name starts after the asked title and the 、-joined titles written after it
    (政法委书记、市委依法治市办主任刘某某: after 主任)."""
    while s.startswith("、", at):
        t = _TITLE_END_RE.search(s, at + 1, at + 16)
        if t is None or _CHAIN_STOP_RE.search(s, at + 1, t.start()) or "、" in s[at + 1:t.start()]:
            break
        at = t.end()
    return at


def _name_before(sentence: str, s: str, at: int) -> Span | None:
    """The name ending at ``at`` (某大学周某某教授): jieba's person tokens ending there, else the
    longest name-like two or three characters not led by a preposition."""
    from .figures import person_spans

    tagged = sorted(person_spans(sentence))
    start = at
    for a, b, _ in reversed(tagged):  # 李 + 红梅: consecutive person tokens are one name
        if b == start:
            start = a
    if start < at and person_name_like(s[start:at]):
        three = s[start - 1:at]  # 黄 + 海燕: jieba often tags the given name alone
        if at - start == 2 and start > 0 and three[0] not in _LEAD_CHARS and person_name_like(three):
            return start - 1, at, ""
        return start, at, ""
    for n in (3, 2):
        cand = s[max(0, at - n):at]
        if len(cand) == n and person_name_like(cand) and cand[0] not in _LEAD_CHARS:
            return at - n, at, ""
    return None


# --- the titles a named person holds ----------------------------------------------------------------
# the endings of official and professional titles (县长, 局长, 副书记, 主任委员 ...)
_TITLE_END = r"(?:书记|主任|主席|委员|常委|专员|调研员|巡视员|督察长|政委|总监|经理|教授|研究员|律师|法官|检察官|[\u4e00-\u9fff]长)"
_TITLE_END_RE = re.compile(_TITLE_END)
_UNIT_RE = re.compile(rf"[\u4e00-\u9fff]{{0,14}}?{_TITLE_END}$")
_CHAIN_STOP_RE = re.compile(r"[，,。；;：:！!？?（()）\s“”\"]")
_LEAD_RE = re.compile(r".*[由经请在和与及的为对向被把将了除还是]")  # 会议由区委副书记…: the title starts after 由
_OTHER_POSTS_Q_RE = re.compile(r"(?:担任|兼任|任|身兼|兼)了?(?:什么|哪些|哪个|何种)(?:职务|职位|职|岗位|身份)?"
                               r"|(?:什么|哪些|哪个|何种)(?:职务|职位|身份|头衔)")
# what (other) post did X hold / what positions does X serve in
# (not "what titles has X won": honours, rag.answer.names)
EN_OTHER_POSTS_RE = re.compile(r"\b(?:what|which)\s+(?:other\s+|else\s+|further\s+)?(?:posts?|positions?|offices?|roles?|jobs?)\b"
                               r"(?=[^?]*\b(?:hold|holds|held|holding|serve|serves|served|serving|occup(?:y|ies|ied))\b)",
                               re.IGNORECASE)


# the words of that frame: they ask, the evidence writes the titles instead (区委副书记、政法委书记马某某)
POST_FRAME_WORDS = ("担任", "兼任", "身兼", "职务", "职位", "岗位", "身份", "头衔", "还担任", "还兼任")


def asks_other_posts(folded_question: str) -> bool:
    """Does the question ask which posts someone holds (还担任什么职务, 身兼哪些职务, what other post)?"""
    return bool(_OTHER_POSTS_Q_RE.search(folded_question) or EN_OTHER_POSTS_RE.search(folded_question))


def _chain(s: str, end: int) -> list[tuple[int, int]]:
    """The 、-joined titles ending at ``end`` (区委副书记、政法委书记、…主任), each [start, end)."""
    a = max((m.end() for m in _CHAIN_STOP_RE.finditer(s, 0, end)), default=0)
    units, pos = [], a
    for part in s[a:end].split("、"):
        units.append((pos, pos + len(part)))
        pos += len(part) + 1
    out: list[tuple[int, int]] = []
    for ua, ub in reversed(units):
        lead = _LEAD_RE.match(s, ua, ub)
        ua = lead.end() if lead else ua
        if not _UNIT_RE.fullmatch(s, ua, ub):
            break
        out.insert(0, (ua, ub))
        if lead:  # 由区委副书记: the chain starts with this title
            break
    return out


def held_titles(sentence: str, question: str) -> list[Span]:
    """The titles the sentence writes before a person the question names, other than those the
    question already names: the longest run of them (``政法委书记、治区办主任``)."""
    s, q = fold_chars(sentence), fold(question)
    asked = [fold(s_) for s_ in _question_titles(q)]
    if not re.search(r"[\u4e00-\u9fff]", q):  # an English question: its titles through the glossary (district head -> 区长)
        from ..text.glossary import english_terms

        asked = [t for t in english_terms(question) if _UNIT_RE.fullmatch(t)] + [t for t in (english_title(question),) if t]
    out = []
    for units in _chains_of_named(s, q):
        run: list[tuple[int, int]] = []
        best: list[tuple[int, int]] = []
        for a, b in units:
            unit = fold(s[a:b])  # named as written, or with the place before it (淄博市长 names 市长)
            named = any(t == unit or (len(t) >= 3 and unit.endswith(t)) or t.endswith(unit) for t in asked)
            run = [] if named else run + [(a, b)]
            best = run if len(run) > len(best) else best
        if best and len(best) < len(units) + (0 if asked else 1):
            out.append((best[0][0], best[-1][1], ""))
    return out


_APPOINTED_RE = re.compile(r"(?:同志)?(?:现任|担任|兼任|任)")


def _chains_of_named(s: str, q: str) -> list[list[tuple[int, int]]]:
    """The title chains of the persons the question names: written before the name (区委副书记、…主任马某某)
    or after it (马某某同志任区委副书记、政法委书记)."""
    out = []
    for m in _TITLE_END_RE.finditer(s):
        if any(person_name_like(s[m.end():m.end() + n]) and _named_in(s[m.end():m.end() + n], q) for n in (3, 2, 4)):
            out.append(_chain(s, m.end()))
    for i in range(len(s)):
        name = next((s[i:i + n] for n in (3, 2, 4) if person_name_like(s[i:i + n]) and _named_in(s[i:i + n], q)), "")
        appointed = _APPOINTED_RE.match(s, i + len(name)) if name else None
        if appointed:
            units, pos = [], appointed.end()
            stop = _CHAIN_STOP_RE.search(s, pos)
            for part in s[pos:stop.start() if stop else len(s)].split("、"):
                if not _UNIT_RE.fullmatch(part):
                    break
                units.append((pos, pos + len(part)))
                pos += len(part) + 1
            out.append(units)
    return [c for c in out if c]


def _named_in(name: str, q: str) -> bool:
    """Does the (folded) question name this person, in characters or in pinyin (Deng Yingwen)?"""
    if name in q:
        return True
    if re.search(r"[\u4e00-\u9fff]", q):
        return False
    return any(re.search(rf"\b{f}\b", q) for f in _pinyin_forms(name))


@functools.lru_cache(maxsize=4096)
def _pinyin_forms(name: str) -> tuple[str, ...]:
    """How an English text writes a Chinese name: ``deng yingwen``, ``yingwen deng``, ``dengyingwen``."""
    from pypinyin import lazy_pinyin

    syl = lazy_pinyin(name)
    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    family, given = "".join(syl[:cut]), "".join(syl[cut:])
    return f"{family} {given}", f"{given} {family}", family + given


def _question_titles(q: str) -> list[str]:
    """The titles a question names (除了区委副书记: 区委副书记)."""
    return [q[a:b] for m in _TITLE_END_RE.finditer(q) for a, b in _chain(q, m.end())[-1:]]
