"""What kind of answer a question asks for, and in which language to answer.

Rules run on ``fold(question)`` so Traditional and full-width questions behave like
Simplified ones.  Order matters: a comparison ("哪个地区…最高") is checked before a
number, a summary ("存在哪些问题") before a list.

>>> classify("長治市2021年綜合糾錯率是多少？")
QType(kind='number', unit='%', direction='')
>>> classify("市长主持召开了多少次会议").unit
'次'
>>> classify("哪个地区行政复议纠错率最高").kind, classify("哪个地区行政复议纠错率最高").direction
('compare', 'max')
>>> detect_lang("What percentage of cases were corrected?"), detect_lang("纠错率是多少"), detect_lang("Какой процент?")
('en', 'zh', '')
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text import lazy_re as re
from ..text.normalize import fold, fold_chars, fold_width
from .honours import EN_CONFERRED_SUBJECT_Q_RE, EN_HONOUR_Q_RE
from .kinds import DOCNO_Q_RE
from .kinds_en import (
    EN_DOC_VERB_RE,
    EN_ENTITY_RE,
    EN_FOUNDED_RE,
    EN_PERSON_RE,
    EN_TITLE_OF_RE,
)
from .persons import EN_OTHER_POSTS_RE

KINDS = ("number", "name", "date", "list", "yesno", "summary", "compare", "reports", "catalog", "other")

# Measure words after 多少/几 (longest first) and in report figures.
UNITS = (
    "个百分点", "百分点",  # 提高19个百分点: a change of a rate, no count of 个
    "个工作日", "工作日", "人次", "家次", "件次", "场次", "户次", "车次", "余场", "万元", "亿元", "万人", "余件", "个月", "小时", "分钟", "公里", "余人",
    "个", "件", "次", "项", "人", "家", "户", "条", "卷", "名", "期", "宗", "场", "台", "辆", "艘", "架", "份", "类",
    "批", "起", "所", "篇", "天", "日", "年", "月", "倍", "米", "亩", "元", "部", "位", "处", "座",
    "村", "批次", "余", "册", "集",  # printed copies (1.2万册) and episodes of a filmed series (24集)
    "平方公里", "平方千米", "平方米", "立方米", "公顷",  # an area or a volume (拆除违法建筑3420平方米)
)

_LANG_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LANG_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LANG_LATIN = re.compile(r"[A-Za-z]")
_QUOTED_HAN_RE = re.compile(r"[《“「『\"]([^《》“”「」『』\"\n]*[\u4e00-\u9fff][^《》“”「」『』\"\n]*)[》”」』\"]")


@dataclass(frozen=True)
class QType:
    kind: str  # one of KINDS
    unit: str = ""  # asked-for unit: "%", "次", "件"... ("" = any)
    direction: str = ""  # "max" | "min" for comparisons


def detect_lang(text: str) -> str:
    """'zh', 'en', or '' for a language we do not answer in (kana, Hangul, Cyrillic, Arabic...).

    Chinese characters with a few Latin words is Chinese; Latin with a few Chinese
    terms (``What is the 纠错率?``) is English when it has at least three Latin words, the
    Chinese names it quotes (``Which reports mention 《某某规定》?``) not counted.
    """
    text = fold_width(text)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "zh"
    n = len(letters)
    other_cjk = len(_LANG_KANA_HANGUL.findall(text))
    if other_cjk and other_cjk / n >= 0.1:
        return ""
    han = len(_LANG_HAN.findall(text))
    unquoted = len(_LANG_HAN.findall(_QUOTED_HAN_RE.sub(" ", text)))  # a quoted Chinese name is a term, not the language
    latin = len(_LANG_LATIN.findall(text))
    latin_words = len(re.findall(r"[A-Za-z]{2,}", text))
    if latin_words >= 3 and latin >= unquoted:
        return "en"
    if han:
        return "zh"
    return "en" if latin / n >= 0.7 else ""


# A question asking which titled document (哪部条例 / 实施意见全称是什么): answered with a 《title》.
DOC_TYPES = r"(条例|办法|规定|意见|方案|纲要|通知|规划|决定|细则|规则|法规|规章|法律)"
DOC_NAME_Q = rf"{DOC_TYPES}的?(全称|名称|名字|标题)|哪(一)?(部|份|个|项){DOC_TYPES}"

_CATALOG_RE = re.compile(  # questions about which reports the collection holds
    
    r"(哪些|哪几)(个|份)?(地方|地区|城市|报告|部门|单位)[^？?]{0,10}?(报告)?[^？?]{0,6}?(写的是|是|为|关于|覆盖|涵盖)[^？?]{0,4}(?:19|20)\d{2}年"
    r"|(?:19|20)\d{2}年[^？?]{0,8}(哪些|哪几)(个|份)?(地方|地区|报告)(?!性)"  # 哪些地方性法规 asks for laws
    r"(?![^？?]{0,4}?(?:拿到|获得|获评|荣获|评为|被评|被命名|命名|入选|开展|出台|实现|完成|建成|设立|成立))"  # …拿到了…称号: places, not reports
    r"|(哪些|哪几)(个|份)?(地方|地区|城市|部门|单位)(有|交了|发布了)[^？?]{0,4}(?:19|20)\d{2}年[^？?]{0,14}报告"
    r"|^[^？?，,]{2,8}?有(哪些|哪几)(个|份)?(地方|地区|城市|部门)[^？?]{0,14}报告"
    r"|\bwhich (reports|places|regions)\b[^?]{0,40}\b(cover|covering|for|have|has)\b[^?]{0,30}(\b(19|20)\d{2}\b|reports? here|in the collection)"
    r"|\bwhich (places|regions|cities|counties) in [a-z]+\b", re.IGNORECASE)
# how a question says a report mentions something (public: the which-reports answer finds what is mentioned after it): 提到, 讲到, 写了, 出现了 ...
MENTION = r"(提到|提及|谈到|说到|讲到|讲了|说了|写了|写到|涉及|给出|点出|介绍|出现|载有|记载|提出|见于|用到|用过)"
# the year after the report's, said by a user: 下一年, 明年, 第二年 (the report's 2023: 第二年 is 2024), 次年, 来年
NEXT_YEAR = r"下一年度?|明年|第二年|次年|来年|新的一年"
# how a question asks what comes next: 下一步打算怎么推进, 明年准备如何
_PLANS_HOW = (rf"|(下一步|{NEXT_YEAR}|今后)[^？?，,]{{0,6}}(打算|计划|准备|将要|要)?[^？?，,]{{0,4}}(怎么|怎样|如何)"
              r"|(打算|准备)[^？?，,]{0,2}(怎么|怎样|如何)")  # 2023年打算怎么推进: an intent asked is the plans, whatever year it names
# A verb asked as "V not V" (到没到, 达没达到, 超没超过, 够不够, 算不算): the colloquial form of a yes/no question
A_NOT_A = r"([\u4e00-\u9fff])[没不]\1"
# 多 / 少一些 closing a question, not 多少 / 多高 (asking a figure): "which has more"
_BARE_MORE = r"(?<!多)(?P<bare>多|高|大|少|低|小)(一些|一点|些)?[？?]?$"
# a spoken way to ask the report's shortcomings (哪些没做好的地方, 做得还不够的方面, 不到位的环节): its 问题/不足
SPOKEN_SHORTCOMING = (r"(?:(?:没有?(?:做好|做到位|做到|抓好|落实好|干好)|做得?(?:还)?不(?:够|好|到位)(?:好)?|(?:还)?不(?:够)?到位|还不够)"
                      r"的?(?:地方|方面|环节|工作)"
                      # object first: 哪些方面还做得不够, 什么地方不到位, 哪些环节有欠缺
                      r"|(?:哪些|哪几个|什么|哪个)(?:地方|方面|环节)[^？?，,。]{0,6}?(?:不够|不足|不到位|没做好|没有做好|欠缺|薄弱))")
_ZH_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("yesno", re.compile(r"^(?!.*(?:哪|谁|多少|几|什么|比较|对比|概括|总结|概述|简述|介绍|说说|讲讲|列举|列出|告诉|如何|怎样|怎么)).*(?:吗|么|没有|了没|没|了不|吧(?=[？?]))[？?]?$")),  # 超过10件了没有? 还没印发吧?  # 排名前五吗: a yes/no claim, not a ranking
    ("reports", re.compile(rf"哪(些|几份|几个|个)(报告|地区|地方|城市)[^？?，,]{{0,8}}{MENTION}|(报告|年报)(里|中|当中)?[，,]?哪(些|几份|几个)份?{MENTION}|哪(些|几)份[^？?，,]{{0,8}}{MENTION}|(报告|地区)中?有哪些[^？?，,]{{0,4}}{MENTION}"
                            rf"|{MENTION}(在|于|过|了)?(在|于)?哪(些|几份|几个)份?(报告|年报|地区|地方|城市)")),  # before compare: 比较…哪些报告提到了 asks which reports
    ("compare", re.compile(r"(哪(个|一个|些|几个)?(地区|地方|城市|市|县|区|州|盟|旗|单位|报告|年|年度)|谁|哪里|哪儿).{0,30}(最|更|较)(多|高|少|低|大|小|快|好)|哪(个|一个|家|里|边|方)?[^？?，,]{0,20}(最|更|较)(多|高|少|低|大|小)|比较|对比|排名(最|前|靠前|靠后)|相比"
                           rf"|(哪(个|一个|家|里|边|方|儿)?|谁)[^？?。]{{0,24}}?{_BARE_MORE}")),  # 谁的学法次数多?
    ("catalog", _CATALOG_RE),
    ("summary", re.compile(r"概括|总结|概述|简述|归纳|主要内容|主要做法|主要成效|总体情况|存在(哪些|什么|的)?(问题|不足)|有(哪些|什么)(问题|不足)"
                           rf"|{SPOKEN_SHORTCOMING}"
                           r"|(?:简单|简要|大致|大概|扼要)地?(?:说说|讲讲|谈谈|介绍|说一下|讲一下)"  # …做了什么？简单说说: a summary asked
                           r"|(问题|不足|短板|差距|薄弱环节)(?:主要|还|都|具体|也|又){0,2}(有哪些|是什么|有什么|在哪里?|在哪些方面|体现在哪)"  # 不足主要(都)有哪些
                           rf"|(下一步|{NEXT_YEAR}|今后)[^？?，,]{{0,14}}(哪些|哪几|什么)|(计划|打算)(有|是)(哪些|哪几|什么)|准备做(哪些|哪几|什么)"
                           r"|有(什么|哪些|何)(打算|计划|安排|设想)|(打算|准备|计划)(做|干|抓|开展)(哪些|哪几|什么)"  # 有什么打算: its plans
                           r"|(?<!查处|整改|纠正|排查|查办)(?<!查处了|整改了|纠正了|排查了|查办了)"  # 查处了哪些问题: problems handled are a list
                           r"(哪些|哪几)[^？?，,]{0,6}(问题|不足|短板|打算|意见建议)" + _PLANS_HOW)),
    ("date", re.compile(r"何时|何日|(什么|甚么|啥|哪个|哪一个)(时候|时间|日子)|几时|哪(一)?年|哪几天|哪几日|哪(个|一个|几个|几)?月|几月|哪(一)?天|几号|日期|什么时间|何年")),
    ("yesno", re.compile(rf"^(?!.*(?:哪|谁|多少|几|什么|如何|怎样|怎么)).*(?:是否|有没有|是不是|有无|能否|可否|{A_NOT_A})")),  # 比例是否低于95%: a claim, not a figure asked
    ("name", DOCNO_Q_RE),  # 文号是多少: a document number, not a figure
    ("list", re.compile(r"哪(?:些|几)[^？?]*?(?:各|分别)[^，,。？?]{0,6}?(?:多少|几)")),  # 哪几类，各多少: items, a figure each
    ("number", re.compile(r"多少|(有|是)?多(高|大|长)[？?]?$|多(大|高|长|宽|重|远)的?(面积|规模|范围|金额|数额|长度|高度|宽度|重量|距离)|多长时间|多久|(?<!哪)几[个次项件人家条名期宗场台份类批起所篇天倍位处座村户]|(?<![近这前哪])几|数量|数目|比例|百分比|占比|金额|(率|比重)[是为达]?[？?]?$")),
    ("name", re.compile(DOC_NAME_Q + r"|(?:担任|兼任|身兼)了?哪些(?:职务|职位)|谁|哪位|(书记|长|主任|人|员|领导|干部)的?(叫什么名字|名字(是|叫)什么|姓名)|哪(个|家)?(单位|部门|机构|机关|组织|人|领导|企业)|什么(人|单位|部门|机构|机关)|由(谁|哪)")),
    ("yesno", re.compile(r"是否|有没有|是不是|有无|能否|可否|吗[？?]?(?:[(（][^()（）]*[)）][？?]?)?$")),
    ("list", re.compile(r"哪些|哪几|哪[二三四五六七八九十两\d]+[个部项家条份类种方名位批件样]|有什么|有何|什么(措施|举措|做法|办法|制度|活动|工作)|(做|干|开展|采取)了?(什么|哪些)|(措施|举措|做法)(有|是)(?![^，,？?]{0,3}?哪(?:个|一个|一|位|家|所|里|座))|如何|怎样|怎么")),  # 做法是从哪个镇来的: one name
    ("name", re.compile(r"叫什么|什么|哪(个|一个|种|类|部|份|项|家|一|座|位|本|里|所|句|处|条|间|支|出|首|场)|哪一?次(?:会议|全会|大会)")),  # 哪句口号: a quoted slogan; 哪处阵地, 哪出戏: the measure word of a place, a work  # 什么X / 哪个X: the phrase naming X
)
# An English question asking what something is called, however long the thing it names: "What is the
# county's approach of … called?", "What do they call …", "under what name" (a quoted name or a title answers)
EN_CALLED_Q_RE = re.compile(r"\bwhat (?:is|was|are|were)\b[^?]{1,160}?\b(?:called|named|known as|termed|dubbed)"
                            r"(?:\s+(?:in|according to|by)\b[^?]{0,80})?\s*\??\s*$"
                            r"|\bwhat (?:do|does|did)\b[^?]{1,80}?\bcall\b|\b(?:under |by )?what name\b", re.IGNORECASE)
# "which of X's districts" / "which one of the counties": a place among the parts of one, asked as "which district" asks
WHICH_OF_PLACES = re.compile(r"\bwhich (?:one )?of (?:the |its |their |these |those )?"
                             r"(?:(?!(?:in|of|at|on|for|from|with|by|to|and|or|the)\b)[\w'’-]+ ){0,2}?(?P<kind>cities|counties|districts"
                             r"|townships|towns|sub-?districts|villages|communities|prefectures|provinces)\b", re.IGNORECASE)
_SINGULAR = {"cities": "city", "counties": "county", "communities": "community"}


def which_of_places(question: str) -> str:
    """``question`` with "which of X's districts" written "which district" (the level it asks: :mod:`rag.answer.names`).

    >>> which_of_places("In which of Karamay's districts was the pilot run?")
    'In which district was the pilot run?'
    """
    return WHICH_OF_PLACES.sub(lambda m: m[0][:6] + _SINGULAR.get(m["kind"].lower(), m["kind"][:-1]), question)


# A word between "which" and a place noun that names where (which Shandong city), not how many (which two city regulations)
PLACE_MODIFIER = r"(?!(?:two|three|four|five|six|seven|eight|nine|ten|several|other|more|of)\b)[a-z\-]+ "
# An English rank question: answered with an ordinal (第10名), like 第几.
EN_RANK_Q = r"\bwhere (?:did|does|do|was|is|were)\b[^?]*\brank|\bwhat (?:rank|ranking|place|position)\b(?![^?]*\b(?:hold|holds|held|serve[sd]?)\b)|\bwhich (?:place|position)\b|\branked where\b"
RANK_Q_RE = re.compile(rf"第几|排名如何|排第?几|{EN_RANK_Q}", re.IGNORECASE)

_EN_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("catalog", _CATALOG_RE),  # before "reports": which reports cover 2016
    ("yesno", re.compile(r"^(?!.*\b(?:which|what|who|whose|where|when|how)\b)(?:\s*true or false\b|.*,\s*(?:right|correct|true|is that (?:right|correct|true))\s*\?\s*$"  # a statement to confirm
                         r"|.*,\s*(?:did|does|do|is|was|were|are|has|have|had)(?:n't| not)?\s+(?:it|they|he|she|there)\s*\?\s*$)", re.IGNORECASE)),
    ("yesno", re.compile(r"^\s*(?:(?:by|in|as of|since|during|according to|under|at|for|after|before|within|throughout|among|compared (?:with|to))\b[^,?]{1,80},\s*"
                         r"|(?:by|in|as of|since|during|until|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:19|20)\d{2}\s+){0,2}(did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|shall|may|might|must)\b(?!.*\b(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bby )(?<!\bat )(?<!\bon )(?<!\bto )(?<!\bfrom )(?<!\bunder )(which|what|how many|how much|summar\w*)\b)"
                         r"(?!.*\byou\b.*\b(list|describe|explain|tell|give|outline)\b)", re.IGNORECASE)),  # By 2024, had …  # can you list …: a request; did they give firms …: a claim  # a question opening with an auxiliary verb: yes/no  # a relative (the lawsuits in which …) asks nothing
    ("number", re.compile(EN_RANK_Q)),  # where did X rank: an ordinal of one report, not a comparison of reports
    ("compare", re.compile(r"\bwhich (region|city|county|district|prefecture|place|report|year|area)\b.*\b(most|highest|lowest|least|largest|fewest|smallest|more|fewer|higher|lower)\b|\bcompar(?:e|es|ed|ing)\b|\bwhose\b[^?]*\b(more|fewer|higher|lower|most|least)\b|\brank"
                           r"|(?:^|[,;:]\s*)which\b[^?]*\b(more|fewer|higher|lower|larger|smaller|longer|shorter)\b[^?]*\bor\b"  # which had more X: A or B?
                           r"|(?:^|[,;:]\s*)which\b[^?]*\bor\b[^?]*\b(more|fewer|higher|lower|larger|smaller|longer|shorter)\b"  # which of A or B had more
                           r"|^\s*who\b[^?]*\b(more|fewer|higher|lower|larger|smaller)\b[^?]*\bor\b"  # who handled more, A or B?
                           r"|\bor\b[^?]*[:;,]\s*which\b[^?]*\b(more|fewer|higher|lower|larger|smaller)\b"  # A or B: which had more?
                           r"|(?:\bbetween\b|\bof the two\b|^\s*of\b)[^?]*\bwhich\b[^?]*\b(more|fewer|higher|lower|larger|smaller)\b")),
    # (not "which cities did X sign with": the places are what X acted on, not reports that mention)
    ("reports", re.compile(r"\bwhich (reports?|regions?|cities|places)\b(?!\s+(?:did|do|does)\b).*\b(mention|discuss|refer|cover|name|give|include|report|uses?\b|contain|appear"
                           r"|talk(?:s|ed)? (?:about|of)|speak(?:s)? (?:about|of)|deal(?:s|t)? with|touch(?:es|ed)? (?:on|upon)|address(?:es|ed)?\b)"
                           r"|\bin which (reports?|regions?|cities|places)\b[^?]*\b(appear|mention|use|occur)"
                           r"|\bwhich (?:ones?|of (?:the|these|all|our)\b[^?]{0,24}?\b(?:reports?|regions?|places))\b[^?]*\b(mention|discuss|refer)")),
    ("summary", re.compile(r"\bsummar|\boverview\b|\bmain (content|points|work)\b|\bwhat (problems|shortcomings)\b|\bproblems\b.*\b(exist|remain|found)"
                           # the report's own shortcomings and its plans for the next year, however worded
                           r"|^(?!.*\bhow (?:many|much)\b).*\b(?:shortcomings|weaknesses|deficiencies|inadequacies|gaps|difficulties|failings|shortfalls|drawbacks"
                           r"|weak\s+(?:spots|points|links|areas))\b"
                           r"|\bplan(?:s|ning|ned)?\s+(?:to\s+do\s+|for\s+)?(?:the\s+)?(?:next|coming|following)\s+year\b"
                           r"|\bplan(?:s)?\s+to\s+do\b|\bnext\s+steps?\b|\bgoing\s+forward\b"
                           # what X said it would do / focus on, what X planned for 2023: its plans
                           r"|\bwhat\b[^?]*\b(?:say|said|says)\b[^?]{0,20}\b(?:would|will)\s+(?:do|focus|prioriti[sz]e|work\s+on|concentrate)\b"
                           r"|\bwhat\b[^?]*\bplan(?:ned|s)?\s+(?:for|to\s+do\s+in)\s+(?:19|20)\d{2}\b"
                           r"|\bwhat\s+(?:are|were)\b[^?]{0,40}\bplans\s*\??\s*$|\bwhat\s+(?:does|do|did|will)\b[^?]{0,40}\bplan\s*\??\s*$"  # What does X plan?
                           # Briefly, how did X …? / In short, what did X do …: a summary asked (not a figure, date or name)
                           r"|^\s*(?:briefly|in\s+brief|in\s+short|in\s+a\s+nutshell)\b[,:]?\s*(?:how|what)\b(?!\s+(?:many|much|long|year|date|day|month|time|percentage|share|rate|number)\b)")),
    # when (also after a lead-in: "According to X's report, when was …"), which dates / on what day; not a when-clause
    # that sets the scene for the question after its comma ("When X reviewed its files, what share …": what asks)
    ("date", re.compile(r"^\s*when\b(?![^?,]{0,120},\s*(?:what|how|which|who|whose|where|did|does|do|is|was|were|are|has|have|had)\b)|(?:^|[,;:]\s*)when (?:was|were|did|does|do|is|are|has|have|had|will)\b"
                        r"|\bwhat (dates?|year|month|time|day)\b|\b(?:in|on|during) which (years?|months?|dates?|days?|period)\b"
                        r"|(?:^|[,;:]\s*)which (dates?|days?|months?)\b"
                        r"|(?:^|[,;:]\s*)(?:by|until|till|since|from|as of|starting|beginning) when\b"  # by when did X aim to …
                        r"|\b(?:from|since|until|till|by|before|after|starting|beginning|as of) (?:which|what) (?:dates?|days?|months?|time)\b"
                        r"|\bwhat (?:was|is|were|are) (?:the|its|their) (?:deadline|target date|cut-?off date)\b|\bwhat deadline\b")),
    ("name", DOCNO_Q_RE),  # the document number of …: not a figure
    ("number", re.compile(r"\bhow (many|much|long)\b|\bwhat (percentage|percent|proportion|share|number|rate|ratio)\b|\bnumber of\b|\brate\b|\bpercentage\b"
                          r"|\b(?:the|its|their) (?:share|proportion) of\b")),  # what was the share of cases with …: a rate
    # what was the (total) fee / amount / budget: a figure asked without "how much"
    ("number", re.compile(r"\bwhat (?:was|were|is|are)\s+(?:the\s+|its\s+|their\s+)?(?:total\s+|overall\s+|combined\s+|annual\s+)?"
                          r"(?:amount|sum|fees?|costs?|budget|expenditure|expenses|spending|funding|investment)\b")),
    ("name", re.compile(r"^\s*who\b|\bwhich (unit|department|agency|organization|organisation|office|official|person|body)\b|\bby whom\b"
                        r"|\b(?:of|as) what\s*\??\s*$|\bcalled what\b|\bwhat (?:is|was|are|were) (?:it|they|the [\w\- ]{1,40}?) (?:called|named)\b|\bwhat (?:is|was) the name\b|\bwhich (?:news )?agency\b")),
    ("name", EN_CALLED_Q_RE),  # what is Shanxi's approach of … called: a name
    ("name", EN_HONOUR_Q_RE),  # what national title did the county win: the honour conferred
    ("name", EN_CONFERRED_SUBJECT_Q_RE),  # which project was named a model project: what received it
    ("name", EN_ENTITY_RE),  # which institute / what platform: one entity of that kind (rag.answer.kinds)
    ("name", EN_TITLE_OF_RE),  # the title of the lecture
    ("name", EN_PERSON_RE),  # which professor
    ("name", EN_OTHER_POSTS_RE),  # what other post did X hold: the titles before the name (rag.answer.persons)
    ("name", EN_DOC_VERB_RE),  # what did the city draft: a document
    ("name", EN_FOUNDED_RE),  # what did the bureau set up: the body it founded
    ("name", re.compile(rf"\bwhich (?:{PLACE_MODIFIER})?(?:city|county|district|province|prefecture|town|township|subdistrict|sub-district|village|community)\b"
                        # which district departments / county-level bodies: the bodies of that level, a list
                        r"(?![\s-]+(?:level\s+)?(?:departments|agencies|bureaus|offices|units|bodies|organi[sz]ations|institutions|teams"
                        r"|groups|officials|cadres|leaders|courts|governments|committees|authorities)\b)",
                        re.IGNORECASE)),  # a place (rag.answer.names), also which Shandong city
    ("yesno", re.compile(r"^\s*(did|does|do|is|are|was|were|has|have|had|can|could|will)\b")),
    ("list", re.compile(r"\bwhat (?:[a-z]+ )?(measures|steps|actions|efforts|methods)\b|\bwhich (measures|steps)\b|\bhow did\b|\blist\b|\bwhat did\b.*\bdo\b"
                        # which/what + a plural kind of item: which regulations / what types of cases
                        r"|\b(?:which|what)\s+(?:[a-z\-]+\s+){0,3}?(?:regulations|rules|plans|documents|lists|fields|areas|sectors|types|kinds"
                        r"|categories|activities|campaigns|mechanisms|platforms|tasks|reforms|departments|agencies|titles|honou?rs|awards"
                        r"|classes|courses|programmes|programs|sessions|projects|units|teams|groups|organi[sz]ations|institutions"
                        r"|methods|means|ways|approaches|measures|steps"
                        r"|places|cities|counties|districts|towns|townships|provinces|prefectures|villages|localities)\b")),
)


def _direction(q: str) -> str:
    if re.search(r"最(多|高|大|快|好)|更(多|高|大)|较(多|高)|\b(most|highest|largest|greatest|more|higher|larger|bigger|greater|top|longer|longest)\b", q):
        return "max"
    if re.search(r"最(少|低|小|慢)|更(少|低|小)|较(少|低)|\b(least|lowest|fewest|smallest|fewer|lower|smaller|less|shorter|shortest)\b", q):
        return "min"
    bare = re.search(_BARE_MORE, q)
    if bare:
        return "max" if bare.group("bare") in "多高大" else "min"
    return ""


_QUOTED_NAME_RE = re.compile(r"[“「][^“”「」]{1,30}[”」]")
# How an asker greets, frames or closes, around the question itself: 请问，… / 我想了解一下，… / …呢？ /
# …？请简要回答。谢谢！ / Could you tell me who … / Please answer briefly.  Matched on the folded question (謝謝 too).
_COURTESY_RE = re.compile(
    r"^\s*(?:你好|您好|(?:我想|想)?请问(?:一下|下(?=[，,：:\s]))?|(?:我)?想问(?:一下|问|下(?=[，,：:\s]))?"
    r"|(?:我)?想(?:知道|了解|打听|咨询)(?:一下|下(?=[，,：:\s]))?|请告诉我|麻烦(?:问|告诉我)(?:一下|下(?=[，,：:\s]))?|hi\b|hello\b"
    r"|(?:could|can|would|will)\s+you\s+(?:please\s+)?tell\s+me\b|(?:please\s+)?tell\s+me\b(?=\s*[:,]?\s*(?:who|what|which|when|where|why|how|whether|did|does|do|is|are|was|were|has|have|had)\b)"
    r"|do\s+you\s+know\b|i(?:'d|’d|\s+would)\s+like\s+to\s+know\b|i\s+want\s+to\s+know\b|i\s+wonder\b)[，,：:!！\s]*")
_CLOSING_RE = re.compile(
    r"(?<=[？?。.!！，,])\s*(?:(?:请|麻烦您?)?(?:简要|简单|简短|扼要|直接|简洁|尽量简洁|用中文|用一句话)?地?(?:回答|作答|答复)(?:一下)?(?:即可|就行|就好)?"
    r"|谢谢[您你]?|多谢|谢啦|(?:please\s+)?(?:answer|reply)(?:\s+(?:briefly|concisely|in\s+short|in\s+english))?|thanks?(?:\s+you)?)[。.!！\s]*$")
_NE_RE = re.compile(r"(?<=[\u4e00-\u9fff])呢(?=\s*[？?]?\s*$)")  # …多少件呢？: a particle, not a word
# 霍州 2023 年: the spaces some askers type between Chinese and digits or Latin (Chinese questions only)
_HAN_ASCII_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[0-9a-z%])|(?<=[0-9a-z%]) +(?=[\u4e00-\u9fff])")


# The spoken interrogatives, read as the written ones every rule knows: 叫啥 = 叫什么, 咋样 = 怎么样
_SPOKEN = {"啥": "什么", "咋": "怎么"}
_SPOKEN_RE = re.compile("|".join(_SPOKEN))


# A year in Chinese numerals, read in digits as the reports mostly write it: 二〇二三年 -> 2023年
_CN_YEAR_RE = re.compile(r"[〇零○一二三四五六七八九]{4}(?=\s*年)")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


# English contractions, read spelled out as every rule expects: what's -> what is, didn't -> did not
_EN_CONTRACTIONS = ((re.compile(r"\b(what|who|where|when|how|which|that|there|it)['’]s\b", re.IGNORECASE), r"\1 is"),
                    (re.compile(r"\b(?:can['’]t|cannot)\b", re.IGNORECASE), "can not"),
                    (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"),
                    (re.compile(r"\b(\w+)n['’]t\b", re.IGNORECASE), r"\1 not"))


# "which of Karamay's districts was …", "which one of the counties has …": one place of that level asked, as "which
# district of Karamay" asks it (not before a plural verb: "which of the counties were …" asks for a list)
_EN_PLACE_PLURALS = {"districts": "district", "counties": "county", "cities": "city", "towns": "town", "townships": "township",
                     "subdistricts": "subdistrict", "sub-districts": "sub-district", "villages": "village",
                     "communities": "community", "provinces": "province", "prefectures": "prefecture", "banners": "banner"}
_EN_WHICH_OF_RE = re.compile(r"\b(?P<which>[Ww]hich) (?:one )?of (?:(?P<owner>[A-Z][\w\-'’]*?(?: [A-Z][\w\-'’]*?){0,2})['’]s |the |its |their )"
                             rf"(?P<level>{'|'.join(_EN_PLACE_PLURALS)})\b(?!,? (?:were|are|have)\b)")


def _which_one_of(m: re.Match[str]) -> str:
    level = _EN_PLACE_PLURALS[m.group("level")]
    return f"{m.group('which')} {level}" + (f" of {m.group('owner')}" if m.group("owner") else "")


def _cut(q: str, rx: re.Pattern[str], every: bool = False) -> str:
    """``q`` without the first (or every) match of ``rx`` in its length-preserving fold."""
    spans = [m.span() for m in (rx.finditer(fold_chars(q)) if every else [rx.search(fold_chars(q))]) if m]
    for a, b in reversed(spans):
        q = q[:a] + q[b:]
    return q


def core_question(question: str) -> str:
    """The question without the asker's greeting, request frame and closing words, which say nothing of
    what is asked (and would hide ``…吗？`` or a leading place from the rules that read them), without
    spaces typed between Chinese and digits, with the spoken 啥 / 咋 read as 什么 / 怎么, a year in
    Chinese numerals in digits (二〇二三年) and English contractions spelled out (what's, didn't).

    >>> core_question("请问，赵县有哪些地方的报告？请简要回答。谢谢！")
    '赵县有哪些地方的报告？'
    >>> core_question("Was it enacted? Please answer briefly.")
    'Was it enacted?'
    >>> core_question("In which of Huai'an's counties was it tried?")
    "In which county of Huai'an was it tried?"
    >>> core_question("我想了解一下，霍州 2023 年受理了多少件呢？謝謝"), core_question("Could you tell me who chaired it?")
    ('霍州2023年受理了多少件？', 'who chaired it?')
    """
    q, prev = question, None
    while q != prev:
        prev, q = q, _cut(_cut(q, _COURTESY_RE), _CLOSING_RE).rstrip().rstrip("，,")
    q = _cut(q, _NE_RE)
    if detect_lang(q) != "en":
        q = _SPOKEN_RE.sub(lambda m: _SPOKEN[m.group()], _cut(q, _HAN_ASCII_SPACE_RE, every=True))
        q = _CN_YEAR_RE.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), q)
    else:
        for rx, spelled in _EN_CONTRACTIONS:
            q = rx.sub(spelled, q)
        q = _EN_WHICH_OF_RE.sub(_which_one_of, q)  # which of Karamay's districts -> which district of Karamay
    return q.strip() or question


def _quoted_name(m: re.Match[str]) -> str:
    """A quoted name's words do not ask (“…”), unless its figure is the asked one: “多少证合一”."""
    return m.group(0) if _ASKED_FIGURE_IN_NAME_RE.search(m.group(0)) else "“…”"


_ASKED_FIGURE_IN_NAME_RE = re.compile(r"多少|几(?![乎])")


# An English lead-in before the question word, which asks nothing itself: "In 2019, who …", "According to
# its 2020 report, what …", "When Changzhi checked its documents, how many …" (not "When did …": that asks)
_EN_WH = r"(?:who|whom|whose|what|which|when|where|how|why)\b"
# statements before the question (Datong's report includes a table comparing two years. What was …?): context, not the
# asking (a request is asking: "Compare A and B. Which …?"); a full stop between digits (1.5) ends no sentence
_LEAD_STATEMENT_RE = re.compile(r"^(?!\s*(?:compare|list|summari[sz]e|describe|tell|give|name|explain|look|consider|check|find"
                                r"|please|请|比较|对比|列举|列出|概括|总结|说说|介绍|告诉))"
                                r"(?:[^?？。!！]*?(?:\.(?=\s)|[。!！])\s*)+(?=[^?？]*[?？])(?=\S)")
_EN_LEAD_IN_RE = re.compile(
    r"^\s*(?:(?:in|by|as of|during|since|according to|under|throughout|at the end of|for)\b"
    r"(?!\s+(?:short|brief|a nutshell|summary|sum)\b)[^,?]{1,80}"  # "In short, what …" asks for a summary
    rf",\s*(?={_EN_WH})|(?:when|while|after|before|once)\s+(?!(?:was|were|did|does|do|is|are|has|have|had|will|would)\b)"
    rf"[^?]{{1,160}}?,\s*(?={_EN_WH}))")  # the clause may list things: "checked documents, agreements and …, how many"


# "Jiujiang City", "Haixi Prefecture": a level word written as part of a place's proper name, which asks for no
# place (unlike "which Shandong city"); one-syllable names keep theirs (Yu County), and so do question words
_NAME_LEVEL_RE = re.compile(r"\b(?!(?:Which|What|Whose|Each|Every|Other|Another|This|That|These|Those|Same|Some|Any|The)\b)"
                            r"([A-Z][a-z]{3,}) (?:City|Prefecture|District|County|Banner)\b")


def without_name_levels(question: str) -> str:
    """``question`` without the level word of a place's proper name, for reading what it asks.

    >>> without_name_levels("Which document did Jiujiang City issue?")
    'Which document did Jiujiang issue?'
    """
    return _NAME_LEVEL_RE.sub(r"\1", question)


# 几 after a word that makes it indefinite (别的几个城市, 这几年, 好几次: "a few", "these"): it asks no figure
_INDEFINITE_JI_RE = re.compile(r"(这|那|近|好|别的|其他|其它|另外|另)几(?=[个次项件人家条名年天位批类种所份]|十|百)")


def classify(question: str) -> QType:
    """The answer kind for ``question`` (zh incl. Traditional, or en).

    >>> classify("In 2023, who was the county's Party secretary?").kind
    'name'
    >>> classify("有没有跟别的几个城市签协作协议?").kind, classify("跟几个城市签了协作协议?").kind
    ('yesno', 'number')
    """
    english = detect_lang(question) == "en"
    q = _QUOTED_NAME_RE.sub(_quoted_name, fold(which_of_places(without_name_levels(question)) if english else question).strip())  # “最多跑一次”: its 最多 does not ask
    q = q if english else _INDEFINITE_JI_RE.sub(r"\1若", q)
    while english and _EN_LEAD_IN_RE.match(q):  # In 2021, when Changzhi checked …, how many …
        q = _EN_LEAD_IN_RE.sub("", q, count=1)
    rules = _EN_RULES if english else _ZH_RULES
    kind = next((k for k, pat in rules if pat.search(q)), "other")
    asked = _LEAD_STATEMENT_RE.sub("", q, count=1)
    if asked != q:  # 报告里有一张对比两年的表。2023年的…是多少? the question after a statement is what is asked
        own = next((k for k, pat in rules if pat.search(asked)), "other")
        kind, q = (own, asked) if own != "other" else (kind, q)
    from .asked_unit import asked_unit  # here: asked_unit -> this module's UNITS

    unit = asked_unit(q, english) if kind in ("number", "compare") else ""
    return QType(kind, unit, _direction(q) if kind == "compare" else "")
