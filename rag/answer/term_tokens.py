"""A question cut into words, the first step of its content terms (:mod:`rag.answer.terms`): a private jieba
tokenizer with the genre's domain words (:func:`tokenizer`), its cut with rates and agents merged and stray single
characters re-joined (:func:`tokens`), the word lists that cut needs (:data:`QUESTION_WORDS`, :data:`DOMAIN_WORDS`,
:data:`RATE_SUFFIXES`, :data:`FUNCTION_CHARS`), and what a cut word may really be (:func:`is_glued`,
:func:`unglued`, :func:`negated`).

>>> tokens("长治市行政复议纠错率是多少")
['长治市', '行政复议', '纠错率', '是', '多少']
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from ..text import lazy_re as re
from ..text.normalize import fold
from .pos_tags import pos_flag

_CJK_RE = re.compile(r"[\u3400-\u9fff]")

# Words that ask rather than say: never content terms.
QUESTION_WORDS = frozenset(
    "多少 几 几个 几次 几项 哪些 哪个 哪里 哪年 哪一年 哪位 哪家 哪几 哪 什么 怎么 怎样 如何 为什么 是否 有没有 是不是 有无"  # noqa: SIM905 - a word list reads best as text
    " 能否 可否 吗 呢 呀 啊 请问 请 问 告诉 一下 谁 何时 何 时候 什么时候 概括 总结 简述 介绍 主要 内容 主要内容 情况"
    " 方面 哪方 最多 最高 最少 最低 最大 最小 比较 对比 相比 分别 地区 地方 那 那么 还有 以及 和 与 及 或 的 了 在 是"
    " 有 为 对 将 把 被 从 到 上 中 下 共 年 年度 月 日 报告 年报 所 其 该 这 这个 那个 各 每 度 做 做了 采取 采取了"
    " 哪些方面 多大 多高 怎么样 措施 举措 做法 办法 any"
    # words about the report or the asking, not about its subject
    " 提到 提及 谈到 说到 涉及 认为 承认 指出 给出 点出 列出 写到 报告里 报告中 年度报告 名字 名称 全称 叫做 称为 称作"
    # a table of the report the question points at (那张表里, 表中): where the figure stands, not what it counts
    " 表里 表中 表格 表格里 表格中 那张 这张 那张表 这张表 那个表 这个表"
    " 打算 准备 具体 一共 总共 合计 共计 分别 当年 本年度 全年 本级 情况如何 怎么 哪里 哪儿 更多 更高 更少 更低"
    " 一样 相同 次数 人数 件数 个数 数量 数目 总数 第几 几次 多久 多长时间 比例 百分比 占比 比重 占多大 多大比例"
    # how the asker wants it said, never what it is about
    " 简要 简单 简略 大致 大概 说说 讲讲 谈谈 聊聊 说一说 讲一讲 谈一谈 说明一下 介绍一下 列举 列一下 总体 整体"
    # how a question names what it quotes (“关键少数”这个说法出现在哪些报告里): the quote is the content
    " 说法 提法 表述 字眼 这个说法 这一说法 这个提法 这个词 一词 词语 出现 出现在 出现过 见于 用到 用过"
    # how a spoken question adds up or asks a share (综合算下来, 加起来一共, 百分之多少): never what is counted
    " 算下来 算起来 加起来 合起来 加在一起 统计下来 总的来说 总的来看 百分之 这件事 这件 这项 这方面"
    # a spoken placeholder for what was done (垫付赔偿的事情有多少起, 办了多少件事情): the clause before it says what, the
    # report counts it in its measure word (先行赔付136起), never as 事情
    " 事情 事儿"
    # the body a question asks for (主办方是谁): the answer's slot, which the report fills with a name
    " 主办方 承办方 举办方 牵头方 主办者"
    " 月份 年份"  # a time's unit (3月份), as 年, 月
    # a spoken "compare them" (拿A和B比一比, 两边比起来): the asking, as 比较
    " 比一比 比比 比一下 一比 比起来 相较 相较而言 对比一下"
    # the complement a spoken verb takes (搭起来, 建立起来, 降下来, 查出来): how, never what
    " 起来 下来 出来 上来 过来"
    # a copula, as 是: 不属于行政许可的事项 is how a user says the genre's 非行政许可事项, never a word a report writes
    " 属于 不属于 算是 不算 不是 算不算"
    # a spoken "how" the dictionary keeps whole (怎么弄, 咋办): asks the manner, as 怎么
    " 怎么弄 怎么搞 怎么办 怎么做 怎么干 怎样做 如何做 咋弄 咋办 咋搞 咋做 咋整"
    # how the asker wants it arranged (举例提到了哪些, 简单归纳一下, 概括一下): the form of the answer, never its subject
    " 举例 举例子 举个例子 举了 例举 归纳 归纳一下 概括一下 总结一下 概述一下"
    # whose view the question reports (他们觉得, 自己认为): the report's own voice, never a word it writes
    " 觉得 感觉 自认为 自己"
    # "every one" (每一件都出庭了吗): the claim's quantifier (Cues.universal), never a word a report writes
    " 每一件 每件 每一个 每个 每一起 每起 每一宗 每一项 每项 每一次 每一笔 每一家 每一位 每一名".split()
)
RATE_SUFFIXES = ("率", "数", "量", "额")
AGENT_SUFFIXES = ("员",)  # 人民调解 + 员 -> 人民调解员: the person, not the activity
DOMAIN_WORDS = ["纠错率", "出庭应诉率", "应诉率", "出庭率", "办结率", "化解率", "调解成功率", "覆盖率", "聘用率", "聘请率", "满意率", "可网办率", "行政复议", "行政诉讼", "行政应诉", "行政执法", "行政许可", "行政处罚", "行政强制", "行政裁量", "合法性审核", "合法性审查", "规范性文件", "重大行政决策", "法律顾问", "公职律师", "放管服", "证明事项", "证照分离", "双随机", "一公开", "互联网+监管", "营商环境", "法治督察", "述法", "普法", "法治宣传", "人民调解", "矛盾纠纷", "信访", "法律援助", "公共法律服务", "执法证件", "案卷评查", "政务服务", "一网通办", "最多跑一次", "第一责任人", "法治政府", "依法行政", "出庭应诉",
                "跨区域", "跨领域", "跨层级", "跨域"]  # the genre's cross-X words jieba lacks (跨区域联合执法): one word, not 跨 + 区域

# Characters that glue words together; never part of an out-of-dictionary content word.
FUNCTION_CHARS = frozenset("的了在是有和与及或中后前时年月日被把将对从到上下里内共为等并也都就而又其所之以于由向给让哪几多少什么"
                           "但还没不已再除外些每各该本此更最很较即则全一两三四五六七八九十个件次项名位家条"
                           "他她它我你您咱这")  # pronouns: 说他 is 说 + 他, never a word; 这 (镇街这一级: 镇街 + 这)
# A unit a question word takes with it: 哪天, 几月, 哪年 ask for a time, they are not 天/月/年 content.
QUESTION_UNIT_CHARS = frozenset("天年月日号时个次位家项条名种批届")


@functools.lru_cache(maxsize=1)
def tokenizer():
    """A private jieba tokenizer with the domain words added.

    Private so that adding words never changes how other parts (the BM25 index)
    tokenize with jieba's global default tokenizer.
    """
    from ..text.lexicon import (
        new_tokenizer,  # jieba's dictionary, read lazily: no 1 s load
    )

    tk = new_tokenizer()
    for w in DOMAIN_WORDS:
        tk.add_word(w, freq=200000)
    for w in spoken_words():  # 输了, 要工钱: a spoken word is one word, as its written form (败诉) is
        tk.add_word(w, freq=200000)
    return tk


def spoken_words() -> list[str]:
    """The spoken words of :data:`rag.text.zh_variants.ZH_FORMAL` (two or more characters) that jieba's
    dictionary lacks: cut whole, never into single characters (输 + 了) that no term keeps."""
    from ..text.lexicon import word_tag
    from ..text.zh_variants import ZH_FORMAL

    return [w for w in ZH_FORMAL if len(w) >= 2 and not word_tag(w)]


def tokens(text: str) -> list[str]:
    """jieba tokens of ``fold(text)``, with ``X`` + ``率/数/量/额`` merged (纠错 + 率 -> 纠错率).

    Dictionary words only (no HMM guesses such as ``年学`` or ``中有``); a run of
    single characters outside the dictionary is re-joined without its function
    characters (``述`` + ``法`` -> ``述法``, ``年`` + ``学`` -> ``学``).
    """
    out: list[str] = []
    run: list[str] = []
    for tok in _split_question_units([*tokenizer().cut(_YEAR_END_RE.sub(r"\1 ", fold(text)), HMM=False), " "]):
        tok = tok.strip() or " "
        if len(tok) == 1 and _CJK_RE.match(tok) and tok not in RATE_SUFFIXES + AGENT_SUFFIXES:
            run.append(tok)
            continue
        out.extend(_join_singles(run))
        run = []
        if tok == " ":
            continue
        if tok[:1] in RATE_SUFFIXES and out and _CJK_RE.match(out[-1][-1:] or " ") and (
                tok[1:] in QUESTION_WORDS or len(tok) >= 3 and pos_flag(tok[1:]).startswith("v")):  # 案件 + 数最多, 败诉 + 率控制
            out[-1] += tok[0]
            out.append(tok[1:])
        elif tok in RATE_SUFFIXES + AGENT_SUFFIXES and out and _CJK_RE.match(out[-1][-1:] or " "):
            out[-1] += tok
        else:
            out.append(tok)
    return out


# a year's 年 closes the year: never glued to the next character as a word (2022年头一回 is not 年头 + 一回)
_YEAR_END_RE = re.compile(r"(?<!\d)((?:19|20)\d{2}年)(?=[\u4e00-\u9fff])")


_SIZE_CHARS = "大高长宽重远"  # 多大, 多高 ... : a size asked


def _split_question_units(toks: list[str]) -> list[str]:
    """``哪`` + ``天开`` -> ``哪``, ``天``, ``开``: a question word keeps its unit (:data:`QUESTION_UNIT_CHARS`)
    even when the dictionary glued that unit to the next character; ``多`` + ``大面积`` -> ``多大``, ``面积`` (a size asked:
    the measure is 面积, not 大面积)."""
    out: list[str] = []
    for tok in toks:
        if len(tok) > 1 and out and out[-1] in ("哪", "几") and tok[0] in QUESTION_UNIT_CHARS:
            out.extend(tok)
        elif len(tok) >= 3 and out and out[-1] == "多" and tok[0] in _SIZE_CHARS:
            out[-1] += tok[0]
            out.append(tok[1:])
        else:
            out.append(tok)
    return out


def _join_singles(chars: list[str]) -> list[str]:
    """Consecutive single characters as words, split at function characters."""
    out, cur = [], ""
    for i, ch in enumerate(chars):
        if ch in FUNCTION_CHARS or (ch in QUESTION_UNIT_CHARS and i and chars[i - 1] in "哪几"):
            out.extend([cur, ch] if cur else [ch])
            cur = ""
        else:
            cur += ch
    return [w for w in (*out, cur) if w]


def is_glued(tok: str) -> bool:
    """Two characters the dictionary cuts apart that :func:`tokens` joined (派出所 + 里 + 设 -> 里设): a
    guess at a word, not one the asker wrote as such.

    >>> is_glued("里设"), is_glued("派出所"), is_glued("述法")
    (True, False, False)
    """
    return len(tok) == 2 and bool(_CJK_RE.fullmatch(tok[0]) and _CJK_RE.fullmatch(tok[1])) and tok not in DOMAIN_WORDS \
        and all(len(p) == 1 for p in tokenizer().cut(tok, HMM=False))


# a spoken auxiliary or purpose word before a one-character verb (来办, 要审, 去查, 得交): the asking's mood, not a word
_MOOD_CHARS = "来去要得会能该需可"


def mood_glued(tok: str) -> bool:
    """Is ``tok`` a spoken auxiliary glued to a one-character verb (交由市政府来办, 平均要审多少天)? The verb alone says
    nothing a report could be found by (办, 审), and the pair is only a substring of the reports' words (前来办理).

    >>> mood_glued("来办"), mood_glued("要审"), mood_glued("来源"), mood_glued("要求")
    (True, True, False, False)
    """
    return tok[:1] in _MOOD_CHARS and is_glued(tok) and pos_flag(tok[1])[:1] == "v"


def unglued(tok: str, attested: Callable[[str], bool]) -> str:
    """A run of 3+ characters the dictionary knows only one by one (用 + 彝 + 汉 -> 用彝汉: a rare word glued
    to the preposition before it) that no report holds, as the longest part of it at either end that some
    report does hold (彝汉); else ``tok``.

    >>> unglued("用彝汉", lambda w: w in "坚持彝汉双语"), unglued("述法", lambda w: False)
    ('彝汉', '述法')
    """
    if len(tok) < 3 or not _CJK_RE.fullmatch(tok[0]) or tok in DOMAIN_WORDS or attested(tok) \
            or not all(len(p) == 1 for p in tokenizer().cut(tok, HMM=False)):
        return tok
    for n in range(len(tok) - 1, 1, -1):
        for part in (tok[len(tok) - n:], tok[:n]):
            if attested(part):
                return part
    return tok


def negated(toks: Sequence[str], i: int) -> str:
    """``toks[i]`` with the 不 written right before it when it is a word of two or more characters: 不 + 合格 ->
    ``不合格`` (a count of the 不合格 ones is not of the 合格 ones); not in an A不A question (合不合格, 是不是)."""
    tok = toks[i]
    if i and toks[i - 1] == "不" and len(tok) >= 2 and _CJK_RE.match(tok) and not (i >= 2 and toks[i - 2][-1:] == tok[:1]):
        return "不" + tok
    return tok


_A_NOT_A_RE = re.compile(r"^(.)不\1")


def asks_a_not_a(toks: Sequence[str], i: int) -> bool:
    """``toks[i]`` is the asking part of an A不A question, never a content term: a whole one (愿不愿意, 可不可以,
    够不够) or its 不A half cut from the A (能 / 不能, 会 / 不会, 要 / 不要: 能不能申请 asks whether one can, it says
    nothing of 不能)."""
    tok = toks[i]
    return bool(_A_NOT_A_RE.match(tok)) or (
        i > 0 and len(tok) >= 2 and tok[0] == "不" and toks[i - 1][-1:] == tok[1] and _CJK_RE.match(tok[1]) is not None)

