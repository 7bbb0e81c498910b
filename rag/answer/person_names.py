"""Does a text look like a person's name: the common Chinese surnames, minority names with their dot,
capitalised English names, and names written without a Han surname where the context shows one.

>>> person_name_like("李炳军"), person_name_like("进行了")
(True, False)
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import fold_chars

# The common Chinese surnames (单姓 of the 百家姓 in everyday use, and the compound 复姓): a language
# fact, not a word of any report.  A name answer starts with one (李炳军, 王某某, 欧阳某).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    "荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智"
    "幸奉植衡富尧闭由")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯",
                      "轩辕", "端木", "独孤", "南宫", "西门", "万俟", "呼延", "澹台", "申屠", "太史")
# characters that are words of a sentence, never part of a two-to-four character name
_NOT_NAME_CHARS = set("了的是在和与及或等对把被将为于向从到也都又就还要会能进行开展召主持作出召集指导推动")
_MINORITY_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,10}")  # 艾尔肯·吐尼亚孜
_EN_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}")


def unsurnamed_name_like(text: str) -> bool:
    """Could ``text`` be a name written without a Han surname (才让扎西, 巴特尔: Tibetan, Mongolian and other
    names of the autonomous areas), where the text around it already shows a name stands there (an asked
    title right before it, a verb right after)?  Two to four Chinese characters, none a function
    character, and a part of it a name to the dictionary (扎西, 巴特尔); words (多次, 亲自, 现场述法) are no name.

    >>> [unsurnamed_name_like(t) for t in ("才让扎西", "巴特尔", "多次", "亲自", "现场述法", "每年都", "“十四五”")]
    [True, True, False, False, False, False, False]
    """
    from .pos_tags import pos_tokens

    t = fold_chars(text).strip()
    if not 2 <= len(t) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in t) or any(c in _NOT_NAME_CHARS for c in t):
        return False
    return any(flag.startswith(("nr", "ns")) for _, flag in pos_tokens(t))


def person_name_like(text: str) -> bool:
    """Does ``text`` look like a person's name: a common surname and one to three more characters
    (李炳军, 王某某), a minority name with its dot (艾尔肯·吐尼亚孜), or a capitalised English name?
    Words of the sentence (进行了) and quoted terms (“十四五”) do not.

    >>> [person_name_like(t) for t in ("李炳军", "王某某", "欧阳某", "进行了", "“十四五”", "主要负责同志")]
    [True, True, True, False, False, False]
    """
    t = fold_chars(text).strip()
    if _MINORITY_NAME_RE.fullmatch(t) or _EN_NAME_RE.fullmatch(t):
        return True
    if not 2 <= len(t) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in t):
        return False
    rest = t[2:] if t[:2] in COMPOUND_SURNAMES else t[1:] if t[0] in _SURNAMES else None
    return bool(rest) and len(rest) <= 3 and not any(c in _NOT_NAME_CHARS for c in rest)
