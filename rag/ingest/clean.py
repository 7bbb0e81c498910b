"""Remove web-page residue and normalise whitespace: the result is the stored document text.

Reports copied from government websites carry the page around them: a breadcrumb
(``首页 > 政府信息公开 > 工作报告``), font-size and print controls (``【字体:大 中 小】``),
a footer (``网站地图``, ``ICP备``, ``版权所有``, browser tips) and a trailing list of
related articles.  Removal is conservative: only whole lines go, only lines that are
short and made of residue vocabulary, and footer or related-article blocks only at the
end of the text.  A body sentence that merely mentions 版权 or 网站 stays.  The header
rows that metadata inference reads (``索 引 号 ... 文 号 ...``) are kept, their
odd spacing normalised.  All offsets of the pipeline refer to the returned text.

>>> clean_text("首页 > 政府信息公开 > 工作报告\\n\\n\\n2021年，全市依法行政。\\u3000\\n网站地图 联系我们\\n版权所有")
'2021年，全市依法行政。'
"""
from __future__ import annotations

from ..text import lazy_re as re
from ..text.normalize import ODD_SPACES, ZERO_WIDTH

_SENTENCE_PUNCT = re.compile("[，。；！？,;!?]")

# --- breadcrumbs and page controls ------------------------------------------------------
_CRUMB_PREFIX = re.compile(r"^(?:当前位置|您现在的位置|你现在的位置|您的位置|你的位置|现在位置|所在位置|位置)\s*[:：]?\s*")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|›|»|＞|→|≫|》{2})\s*")
_CRUMB_HOME = {"首页", "网站首页", "主页", "门户首页", "政府门户网站"}
_CONTROL_WORDS = (
    "字体", "字号", "默认", "打印本页", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "分享到", "分享",
    "收藏本页", "加入收藏", "收藏", "返回顶部", "返回首页", "返回", "顶部", "保存本页", "我要纠错", "纠错", "扫一扫",
    "在手机上打开", "手机阅读", "视力保护色", "背景色", "阅读模式", "朗读", "语音播报", "播放", "暂停", "微信",
    "新浪微博", "腾讯微博", "微博", "QQ空间", "QQ", "人人网", "豆瓣", "复制链接", "无障碍浏览", "无障碍", "长者模式",
    "关怀版", "繁體", "繁体版", "繁体", "简体版", "简体", "手机版", "English", "登录", "注册",
)
_CONTROL_TOKEN = "|".join(map(re.escape, sorted(_CONTROL_WORDS, key=len, reverse=True)))
_CONTROL_LINE = re.compile(rf"(?:{_CONTROL_TOKEN}|[大中小]|[【】\[\]|丨/:：·•\-\s()（）])+")
_CONTROL_WORD = re.compile(_CONTROL_TOKEN)
_TRAILING_CONTROLS = re.compile(  # "发布时间：2024-01-25 【字体：大 中 小】【打印】" keeps its date
    r"(?:\s*(?:[【\[]\s*(?:字体|字号|打印|关闭|收藏|分享)[^】\]]{0,20}[】\]]|(?:字体|字号)\s*[:：]\s*[【\[]?大[】\]]?\s*"
    r"[【\[]?中[】\]]?\s*[【\[]?小[】\]]?|打印本页|关闭窗口|分享到[:：]?|(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*[:：]\s*\d+))+\s*$"
)

# --- footer and related-article blocks (only at the end of the text) -------------------
_FOOTER_STRONG = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|©|Copyright|网站标识码|网站识别码|最佳浏览效果|分辨率|^上一篇|^下一篇", re.IGNORECASE
)
_FOOTER_WEAK = re.compile(
    r"网站地图|站点地图|联系我们|关于我们|主办单位|承办单位|协办单位|主办[:：]|承办[:：]|技术支持|运维单位|维护单位|"
    r"浏览器|适老化|无障碍|严禁上网|网站纠错|我要纠错|找错|免责声明|隐私政策|使用帮助|网站声明|访问量|访问人数|"
    r"访问次数|门户网站|本网站|本站|手机版|扫一扫|微信公众号|官方微信|官方微博|政务新媒体|打印本页|关闭窗口|"
    r"地址[:：]|邮编|邮政编码|传真|电子邮箱|联系电话"
)
_RELATED = re.compile(
    r"^[【\[]?\s*(?:相关文章|相关链接|相关阅读|相关新闻|相关信息|相关稿件|相关文件|推荐阅读|延伸阅读|猜你喜欢|"
    r"热门文章|最新文章|热点推荐)\s*[】\]]?\s*[:：]?$"
)

_MENU_WORD = re.compile(
    r"(?:网站)?首页|(?:政府)?信息公开|政务公开|政民互动|互动交流|办事服务|网上办事|政务服务|新闻中心|新闻动态|要闻动态|"
    r"走进\S{1,6}|专题专栏|公众参与|数据开放|政策文件|政策解读|无障碍|长者模式|登录|注册|搜索|English|繁體|简体"
)

# --- header rows kept for metadata: "索 引 号" -> "索引号" ----------------------------------
_HEADER_LABELS = ("索引号", "发布机构", "发文机关", "发文字号", "文号", "公开日期", "发布日期", "成文日期", "发文日期",
                  "主题分类", "公开方式", "公开范围", "信息来源", "来源", "发布时间", "标题", "名称", "分类", "有效性")
_SPACED_LABEL = re.compile("|".join(r"\s*".join(label) for label in sorted(_HEADER_LABELS, key=len, reverse=True)))
_LABEL_AT_START = re.compile(rf"^(?:{_SPACED_LABEL.pattern})\s*[:：]?")

_SPACE_RUN = re.compile(f"[ \t{ODD_SPACES}]+")
_ZW_RE = re.compile(f"[{ZERO_WIDTH}]")
_LOST_CHARS = re.compile(r"(?<=[。！？；：”」』])\?+$")  # "保障。??": whitespace lost in a bad conversion
# Machine-converted pages print a reading after some characters: 區(qū)域, 清遠(yuǎn)市.  Only a
# bracketed run of pinyin letters with at least one tone mark right after a Han character matches,
# so "(2021)" or "(ABC)" stay (see strip_inline_pinyin).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_INLINE_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")


def clean_text(raw: str) -> str:
    """The stored text of a report: residue lines removed, whitespace normalised,
    at most one blank line in a row, no leading or trailing blank lines."""
    return "\n".join(_clean(raw)[0])


def strip_residue_report(raw: str) -> list[str]:
    """What :func:`clean_text` removes, one ``"reason: line"`` per removed line (for `rag show`).

    >>> strip_residue_report("【字体:大 中 小】\\n正文。")
    ['control: 【字体:大 中 小】']
    """
    return _clean(raw)[1]


def _clean(raw: str) -> tuple[list[str], list[str]]:
    removed: list[str] = []
    lines = [normalize_line(ln) for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = []
    for ln in lines:
        reason = line_residue(ln)
        if reason:
            removed.append(f"{reason}: {ln}")
        else:
            kept.append(normalize_header_row(_TRAILING_CONTROLS.sub("", ln) if _may_end_in_controls(ln) else ln))
    kept = _strip_top_menu(kept, removed)
    kept = _strip_trailing_blocks(kept, removed)
    return _collapse_blank_lines(kept), removed


def _may_end_in_controls(line: str) -> bool:
    """False when :data:`_TRAILING_CONTROLS` cannot match: the last non-space character of a match
    is one of 】]小页口到:： or a digit (checked first: the regex is slow on long paragraphs)."""
    tail = line.rstrip()[-1:]
    return bool(tail) and (tail in "】]小页口到:：" or tail.isdecimal())


def normalize_line(line: str) -> str:
    """Zero-width characters out; NBSP, full-width and other odd spaces and tabs to one ASCII space."""
    line = _SPACE_RUN.sub(" ", _ZW_RE.sub("", line)).strip()
    return _LOST_CHARS.sub("", line)


def strip_inline_pinyin(line: str) -> str:
    """Readings printed after characters by converter sites go: ``清遠(yuǎn)市`` -> ``清遠市``.

    The stored text keeps them (it is the page as published, and quotes and evidence are copied
    from it); what *matches* text against names — metadata inference — reads it through this.

    >>> strip_inline_pinyin("清遠(yuǎn)市教育局(2020年)加強(qiáng)")
    '清遠市教育局(2020年)加強'
    """
    return _INLINE_PINYIN.sub("", line)


def line_residue(line: str) -> str:
    """'breadcrumb' or 'control' when the whole line is page residue, else ''."""
    if not line or len(line) > 150:
        return ""
    if is_breadcrumb(line):
        return "breadcrumb"
    if _CONTROL_LINE.fullmatch(line) and (_CONTROL_WORD.search(line) or re.search("大.*中.*小", line)):
        return "control"
    return ""


def is_breadcrumb(line: str) -> bool:
    """``首页 > 政府信息公开 > 工作报告`` (also ›, », ＞, >>, →; with or without 当前位置:).

    >>> is_breadcrumb("当前位置：首页 >> 政务公开"), is_breadcrumb("增速>5%")
    (True, False)
    """
    prefixed = _CRUMB_PREFIX.match(line)
    rest = line[prefixed.end():] if prefixed else line
    parts = _CRUMB_SEP.split(rest)
    if parts and parts[-1] == "":
        parts = parts[:-1]
    if len(parts) < 2 or any(not p or len(p) > 20 or _SENTENCE_PUNCT.search(p) for p in parts):
        return False
    if prefixed or parts[0] in _CRUMB_HOME:
        return True
    return len(parts) >= 3 and all(len(p) <= 12 and re.search("[\u4e00-\u9fff]", p) and not re.search(r"\d", p)
                                   for p in parts)


def is_footer_line(line: str) -> bool:
    """A line of a website footer: a strong marker (ICP备, ©, 版权所有...) in a line of at most 150
    characters, or a weak one (网站地图, 主办单位, 无障碍...) in a short line without sentence punctuation."""
    if len(line) <= 150 and _FOOTER_STRONG.search(line):
        return True
    return len(line) <= 60 and bool(_FOOTER_WEAK.search(line)) and not _SENTENCE_PUNCT.search(line)


def _strip_top_menu(lines: list[str], removed: list[str]) -> list[str]:
    """A site menu rendered one item per line before the title (首页 / 政务公开 / 政民互动 ...):
    the leading run of short lines without digits or punctuation, when 2+ of them are menu words."""
    end = 0
    while end < len(lines) and (not lines[end] or (len(lines[end]) <= 8 and not re.search(r"[\d，。,.:：]", lines[end]))):
        end += 1
    menu = [ln for ln in lines[:end] if ln]
    if sum(1 for ln in menu if _MENU_WORD.fullmatch(ln)) < 2:
        return lines
    removed.extend(f"menu: {ln}" for ln in menu)
    return lines[end:]


def _strip_trailing_blocks(lines: list[str], removed: list[str]) -> list[str]:
    while True:
        n = len(lines)
        while lines and not lines[-1]:
            lines.pop()
        for reason, cut in (("footer", _footer_start(lines)), ("related", _related_start(lines))):
            if cut < len(lines):
                removed.extend(f"{reason}: {ln}" for ln in lines[cut:] if ln)
                lines = lines[:cut]
        if len(lines) == n:
            return lines


def _footer_start(lines: list[str]) -> int:
    """Index where the trailing footer block starts (len(lines) if none).  Up to two short
    unmarked lines (an address, a phone number) count as footer only between footer lines."""
    cut, pending = len(lines), 0
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if not ln:
            continue
        if is_footer_line(ln):
            cut, pending = i, 0
        elif len(ln) <= 40 and not re.search("[。；！？]", ln) and pending < 2:
            pending += 1
        else:
            break
    return cut


def _related_start(lines: list[str]) -> int:
    """A trailing ``相关文章`` heading and the link titles after it (short lines, no full stops)."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 40), -1):
        ln = lines[i]
        if _RELATED.match(ln):
            return i
        if ln and (len(ln) > 100 or "。" in ln):
            break
    return len(lines)


def normalize_header_row(line: str) -> str:
    """``索 引 号 zzf/2021-00044 发布机构 州政府`` -> ``索引号 zzf/2021-00044 发布机构 州政府``;
    only in rows that start with such a label and have no sentence punctuation."""
    if len(line) > 200 or not _LABEL_AT_START.match(line) or re.search("[，。；]", line):
        return line
    return _SPACED_LABEL.sub(lambda m: re.sub(r"\s+", "", m.group(0)), line)


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    return out
