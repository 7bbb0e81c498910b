"""A question's content terms: the words a passage must state to support it.

The content terms are jieba tokens of the folded question (:func:`rag.answer.term_tokens.tokens`), minus
question words, stop words and the region/year (which retrieval filters handle); a name in quotes or 《》 is one
term.  English questions are mapped to Chinese terms through :mod:`rag.text.glossary`.  How well a passage
states them, each weighted by its rarity across the indexed reports and its :func:`role_weight`,
is :mod:`rag.answer.term_coverage`.

>>> content_terms("長治市2021年行政復議綜合糾錯率是多少？", exclude={"长治市"})
('行政复议', '综合', '纠错率')
>>> content_terms("在所有已收录的报告里,哪几份写到了‘述职述法’?")
('述职述法',)
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.glossary import ALT, alternatives, english_terms
from ..text.normalize import fold
from ..text.zh_variants import written_phrasing
from .english_figures import counted_phrase, without_bare_counter
from .levels import scope_terms
from .pos_tags import pos_flag
from .term_tokens import (
    DOMAIN_WORDS,
    QUESTION_WORDS,
    asks_a_not_a,
    is_glued,
    mood_glued,
    negated,
    tokens,
    unglued,
)

# Part-of-speech classes (jieba flags, first letter) that never carry a question's content:
# pronouns, numerals, measure words, adverbs, prepositions, conjunctions, particles, locatives, time words.
NON_CONTENT_POS = frozenset("rmqdpcufeyot")
VERB_WEIGHT = 0.35  # a verb (获得, 提到, 打算) says how, not what: it counts for a third of a noun

# How a question addresses the collection itself (在所有已收录的报告里, 全部报告中): scope, never content.
_COLLECTION_RE = re.compile(r"(?:在|从)?(?:所有|全部|这些|各)?(?:已经?)?(?:收录|入库|索引|上传|导入)了?的?(?:所有|全部|这些|各)?份?(?:报告|年报|文件)(?:里面|当中|之中|里|中)?"
                            r"|(?:在|从)?(?:所有|全部|这些|各)份?(?:报告|年报)(?:里面|当中|之中|里|中)?")
# a name in quotation marks (up to 16 characters), or a 《title》 (up to TITLE_CHARS: the genre's titles run long,
# 《法治政府建设与某某工作规定》, and a title is one thing named, matched whole)
TITLE_CHARS = 60
_QUOTED_RE = re.compile(rf"[《“\"「『‘]((?<=《)[^《》“”\"「」『』‘’]{{2,{TITLE_CHARS}}}(?=》)|(?<!《)[^《》“”\"「」『』‘’]{{2,16}})[》”\"」』’]")
_PUNCT_RE = re.compile(r"^[\W_]+$")
_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]{2,16}")
# a place written in English: a capitalised name and its level (Lizi Township, Longxi County, Haixi prefecture); not
# after "head of", which names the place's head (the glossary's district head: 区长)
_EN_PLACE_NAME_RE = re.compile(r"(?<!head of )(?<!chief of )(?<!head of the )(?<!chief of the )\b(?!(?:Which|What|Who|Whose|How|Each|Every|The|This|That|Its|Their|Our|Each|All|In|Did|Does|Do)\b)"
                               r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+(?i:county|district|city|township|town|prefecture|province"
                               r"|banner|league|municipality|autonomous region|autonomous prefecture|autonomous county)\b"
                               r"(?!['’]s\s+(?:head|chief|magistrate)\b)")  # Zhongyuan District's head: the glossary's district head
# a quoted Chinese name or 《title》 with the English gloss that may follow it: “互联网+监管” (Internet Plus regulation)
# an English name quoted right before the Chinese it renders, in brackets: 'one ID is enough' (一证即办)
_GLOSS_BEFORE_RE = re.compile(r"[‘'\"“][A-Za-z][^‘’'\"“”()（）]*[’'\"”]\s*(?=[(（][^()（）]*[\u3400-\u9fff])")
_GLOSSED_RE = re.compile(r"(?:《[^《》]*[\u3400-\u9fff][^《》]*》|[“\"「『‘][^《》“”\"「」『』‘’]*[\u3400-\u9fff][^《》“”\"「」『』‘’]*[”\"」』’])"
                         r"(?:\s*[(（][A-Za-z][^()（）]*[)）])?")


@functools.lru_cache(maxsize=1 << 16)
def role_weight(term: str) -> float:
    """How much ``term`` counts towards support: 1 for nouns and unknown words, less for verbs, adverbial
    adjectives (正式, 积极: the manner, not the matter) and ordinals (第一个 is often written 首个).

    >>> role_weight("条例"), role_weight("获得"), role_weight("正式")
    (1.0, 0.35, 0.35)
    """
    if ALT in term:  # a dictionary word's renderings: a verb if any of them is one (set: 创造|固定)
        return min(role_weight(a) for a in alternatives(term))
    if not _CJK_RE.search(term) or term in DOMAIN_WORDS:
        return 1.0
    flag = pos_flag(term)
    # an adjective used as an adverb (jieba's "ad": 正式通过, 积极推进, 严格执行) says how it was done, as a verb does
    return VERB_WEIGHT if flag in ("v", "vd", "vg", "vi", "ad") or term.startswith("第") else 1.0


# 区里 / 县内 / 辖区 / 境内 / 当地: "in the place asked about" -- the place is the retrieval filter's, no content
_LOCATIVE_RE = re.compile(r"^(?:[省市县区州镇乡村旗盟][里内中]|本?辖区内?|辖内|境内|域内|当地|本地)$")


def _is_content(tok: str, exclude: _Exclusions) -> bool:
    if _LOCATIVE_RE.match(tok):
        return False
    ordinal = tok.startswith("第") and len(tok) >= 2 and not tok.startswith("第几")  # 第一次, 第四批
    if _CJK_RE.match(tok) and pos_flag(tok)[:1] in NON_CONTENT_POS and tok not in DOMAIN_WORDS and not ordinal:
        return False
    if tok in QUESTION_WORDS or tok in exclude or _PUNCT_RE.match(tok) or _YEAR_RE.match(tok):
        return False
    if tok.isdigit() or tok.startswith(("多少", "哪")) or (tok.startswith("几") and len(tok) <= 3):
        return False
    return len(tok) != 1


@dataclass(frozen=True)
class ExcludedWords:
    """Folded words never taken as content terms, with every substring of them: a corpus's region
    names, built once per index so that a question neither folds nor scans every region name.

    >>> ex = ExcludedWords.of(["長治市"])
    >>> "长治市" in ex.words, "长治" in ex.parts
    (True, True)
    """
    words: frozenset[str]
    parts: frozenset[str]
    whole: frozenset[str] = frozenset()  # excluded as written only (their parts may name other places)

    @classmethod
    def of(cls, words: Iterable[str], whole: Iterable[str] = ()) -> ExcludedWords:
        """``words`` with their substrings; ``whole``: more words excluded only as written (a region's
        qualified name, 江西省吉安市井冈山市, whose part 吉安 names another place)."""
        ws = frozenset(fold(w) for w in words if w)
        parts = frozenset(w[i:j] for w in ws for i in range(len(w)) for j in range(i + 1, len(w) + 1))
        return cls(ws, parts, frozenset(fold(w) for w in whole if w) - ws)


def content_terms(question: str, exclude: Iterable[str] = (), known: Callable[[str], bool] | None = None,
                  excluded: ExcludedWords | None = None, attested: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The question's content terms in order, folded, without duplicates.

    ``exclude``: folded words to leave out (region names and their short forms); ``excluded``: more of
    them, prepared once (:class:`ExcludedWords`).
    A name in 《》, “”, 「」, 『』 or ‘’ (up to 16 characters) is one term, as written.  Words addressing the
    collection itself (在所有已收录的报告里) are scope, not content.
    English questions yield Chinese glossary terms plus acronyms (GDP, APP); given ``known`` (a word
    test of the indexed reports), their other words too, through the general lexicon.
    Given ``attested`` (does any indexed report's text hold this string?), a
    :func:`rag.answer.term_tokens.is_glued` guess no report holds is left out: a segmentation artefact (里设),
    never a word a report could state.
    """
    ex = _Exclusions({fold(e) for e in exclude if e}, excluded)
    seen: dict[str, None] = {}
    if not _CJK_RE.search(question) or _mostly_latin(question):
        # a quoted Chinese name ("mention “互联网+监管” (Internet Plus regulation)") is one term, as written,
        # and the English gloss after it translates it: not more terms
        quoted = [n for n in _QUOTED_RE.findall(fold(question)) if _CJK_RE.search(n) and n not in ex]
        seen.update((n, None) for n in quoted)
        rest = _GLOSSED_RE.sub(" ", fold(question)) if quoted else question
        rest = _GLOSS_BEFORE_RE.sub(" ", rest)  # 'double random, one public' (双随机、一公开): the Chinese says it
        rest = _EN_PLACE_NAME_RE.sub(" ", rest)  # Lizi Township: a place (scope), not the genre's 乡镇
        rest = without_bare_counter(rest)  # how many items did it review: a measure word (多少件), no term
        counted = set(english_terms(counted_phrase(rest)))  # how many measures: 措施 is what is counted, not asking
        seen.update((t, None) for t in english_terms(rest, known) if t not in ex and (t not in QUESTION_WORDS or t in counted))  # compare -> 比较: asking
        # Chinese words the user wrote into the English question ("one ID is enough" (一证即办)), folded like every
        # term: a Traditional insert (雙隨機) is the same term as a Simplified one (双随机)
        seen.update((fold(w), None) for w in _CJK_RUN_RE.findall(rest) if fold(w) not in ex)
        seen.update((n, None) for n in re.findall(r"\b\d{3,}\b", question) if not _YEAR_RE.match(n))  # the 12345 hotline
        question = "".join(_CJK_RE.findall(rest)) if seen or _CJK_RE.search(rest) else ""
    question = _VERSUS_YEAR_RE.sub(" ", _COLLECTION_RE.sub(" ", fold(question)))  # 收案比2018年多吗: 比 is no part of 收案
    question = without_glossed(written_phrasing(question))  # 没有给予处罚: the reports' 不予处罚; 关押(行政拘留): the latter
    question = _ASKED_PLACE_MOD_RE.sub(r"\1", question)  # 哪几个外地县: the places are named, 外地 never written
    seen.update((_bilingual_term(m), None) for m in _BILINGUAL_RE.finditer(question))  # 藏文和汉文两种文字: 藏汉双语
    question = _BILINGUAL_RE.sub(" ", question)
    question = _split_titles(question, ex)
    for name in _QUOTED_RE.findall(fold(question)):  # a named thing: 《X条例》, “三项制度”
        if len(name) >= 2 and name not in ex:
            seen.setdefault(name, None)
    seen.update((t, None) for t in scope_terms(question, lambda i: any(question[j:i + 1] in ex for j in range(max(0, i - 10), i))))
    toks = tokens(_QUOTED_RE.sub(" ", fold(question)))
    for i, tok in enumerate(toks):
        if asks_a_not_a(toks, i):  # 能不能 / 会不会 / 愿不愿意: the asking, not a 不能 said
            continue
        tok = negated(toks, i)  # 不合格的案卷: the 不合格 ones, not the 合格 ones
        tok = tok[:-1] if len(tok) >= 3 and tok[-1] == "了" or len(tok) >= 2 and tok[-1] in "过着吗呢" else tok  # 作过 -> 作, 高吗 -> 高
        tok = unglued(tok, attested) if attested is not None else tok  # 用彝汉 (用 + 彝汉双语): the word reports hold
        inside = ex.inside(tok) and not (_HEAD_TITLE_RE.match(tok) and tok not in ex)  # 省长 of 湖南省长沙市: a title still
        if _is_content(tok, ex) and not inside and not (attested is not None and is_glued(tok) and not attested(tok)) \
                and not mood_glued(tok):  # 交由政府来办: 来办 is the asking's mood
            seen.setdefault(tok, None)
    return tuple(seen)


# a plain word glossed by the precise term in brackets right after it (关押(行政拘留), 罚钱（即罚款）): the term says it
_GLOSS_AFTER_RE = re.compile(r"[(（](?:即|也就是|就是|指)?(?P<term>[\u4e00-\u9fff]{2,10})[)）]")
_PLAIN_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
_SCOPE_GLOSS_RE = re.compile(r"^[全本各该][省市县区州旗盟乡镇村]$|级$")
_NOT_GLOSS = ("含", "包括", "不含", "不包括", "如", "例如", "比如", "下同", "以下", "除", "等")  # (含县区): a scope, no gloss


def without_glossed(question: str) -> str:
    """``question`` (folded) without the plain word a bracketed precise term glosses: ``交给公安去关押(行政拘留)`` ->
    ``交给公安去 行政拘留``, so that the report's term is asked for and the user's plain word not required too."""
    out, last = [], 0
    for m in _GLOSS_AFTER_RE.finditer(question):
        term = m.group("term")
        if term.startswith(_NOT_GLOSS) or _SCOPE_GLOSS_RE.match(term) or len(tokens(term)) != 1:
            continue  # (不算修改的): a condition, not a word; 全区(全县): the other place's scope, no gloss
        before = tokens(question[last:m.start()])
        plain = before[-1] if before and _PLAIN_WORD_RE.fullmatch(before[-1]) else ""
        out.append(question[last:m.start() - len(plain)] if plain and question[last:m.start()].endswith(plain)
                   else question[last:m.start()])
        out.append(" " + m.group("term") + " ")
        last = m.end()
    return "".join(out) + question[last:] if out else question


# two languages named apart (用藏文和汉文两种文字, 蒙古语和汉语): the genre writes the pair as one word, 藏汉双语 / 蒙汉两种文字
_LANGUAGE = r"(藏|蒙古?|维吾尔|哈萨克|朝鲜|彝|壮|傣|景颇|柯尔克孜|汉|英)(?:文|语)"
_BILINGUAL_RE = re.compile(rf"{_LANGUAGE}(?:和|与|及|、|跟|同){_LANGUAGE}(?:两种|双)?(?:文字|语言|语种)?")


def _bilingual_term(m: re.Match[str]) -> str:
    """The term a pair of languages is written as: 藏文和汉文 -> 藏汉双语 (or 藏汉两种…), in either order (汉藏双语)."""
    pair, back = m.group(1)[0] + m.group(2)[0], m.group(2)[0] + m.group(1)[0]
    return f"{pair}双语|{pair}两种|{pair}文|{back}双语|{back}两种|{back}文"


# how the asked places stand to the asker's own (哪几个外地县, 哪些外省城市): the report names them, never says 外地
_ASKED_PLACE_MOD_RE = re.compile(r"(哪(?:些|几|[一二三四五六七八九十两\d]+)?个?)(?:外地|外省|外市|外县|外区)的?"
                                 r"(?=[县区市镇乡省州]|地方|地区|城市)")
# a comparison with an earlier year (比2018年, 比上年, 比去年同期): the claim's direction, no content
_VERSUS_YEAR_RE = re.compile(r"比(?:(?:19|20)\d{2}\s*年度?|上一?年度?|去年|前一年|同期)(?:同期)?")
_HEAD_TITLE_RE = re.compile(r"^(?:副)?[省市县区州盟旗乡镇]长$")  # the head of a place (省长, 市长): no part of a place's name


def _split_titles(question: str, ex: _Exclusions) -> str:
    """``荆州市长叫什么`` -> ``荆州 市长叫什么``: a place name written into its head's title (市长, 县长)
    leaves the title a term of its own (not 荆州市长江大保护: 长江 is a word)."""
    out, last = [], 0
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])[省市县区州盟旗乡镇]长(?=[叫是的为在主出作带，,？?、和与及]|$)", question):
        if any(question[j:m.start() + 1] in ex for j in range(max(0, m.start() - 10), m.start())):
            out += [question[last:m.start()], " "]
            last = m.start()
    return "".join(out) + question[last:]


class _Exclusions:
    """The question's own excluded words plus the corpus's (:class:`ExcludedWords`)."""

    def __init__(self, own: set[str], corpus: ExcludedWords | None):
        self.own, self.corpus = (own - corpus.words if corpus is not None else own), corpus  # the corpus's own: once

    def __contains__(self, word: object) -> bool:
        return word in self.own or (self.corpus is not None and (word in self.corpus.words or word in self.corpus.whole))

    def inside(self, tok: str) -> bool:
        """Is ``tok`` (part of) an excluded word?"""
        return any(tok in e for e in self.own) or (self.corpus is not None and tok in self.corpus.parts)


def _mostly_latin(text: str) -> bool:
    """An English question that quotes a few Chinese words (``new market entities (经营主体)``) or a
    Chinese name of any length (``Which reports mention 《某某规定》?``: the quoted name is not counted)."""
    return len(re.findall(r"[A-Za-z]{2,}", text)) >= 3 and \
        len(re.findall(r"[A-Za-z]", text)) > len(_CJK_RE.findall(_GLOSSED_RE.sub(" ", text)))
