"""Plain words a user asks with, and the formal words the genre writes for the same thing.

A user asks whether a government "把学法当成一次机会"; a 法治政府建设年度报告 writes
"把学法作为重大契机".  Each entry maps a colloquial word to the written-register words that state it
(one direction only: a report's 作为 is not always a user's 当成).  Ordinary Chinese register pairs,
not phrases of particular reports.

>>> formal_forms("当成"), formal_forms("法治")
(('作为', '当作', '视为', '看作'), ())
"""
from __future__ import annotations

from . import lazy_re as re

# China's larger minority languages as reports name them, and the genre's 双语 (a minority language beside Chinese)
_MINORITY_LANGUAGES = ("民族语言", "双语", "藏语", "维吾尔语", "维语", "蒙古语", "蒙语", "哈萨克语", "朝鲜语", "彝语", "壮语",
                       "苗语", "土家语", "侗语", "瑶语", "布依语", "白语", "傣语", "哈尼语", "傈僳语", "景颇语", "佤语", "纳西语",
                       "柯尔克孜语", "羌语", "黎语", "水语", "土族语", "东乡语", "畲语")

ZH_FORMAL: dict[str, tuple[str, ...]] = {
    # "to treat X as Y": 把…当成/当作/看成… — reports write 作为 / 视为
    "当成": ("作为", "当作", "视为", "看作"),
    "当作": ("作为", "当成", "视为", "看作"),
    "当做": ("作为", "当作", "视为", "看作"),
    "看成": ("作为", "视为", "看作"),
    "看作": ("作为", "视为", "当作"),
    # an opportunity: 机会 — reports write 契机 / 机遇 / 时机
    "机会": ("契机", "机遇", "时机"),
    # sent up (to a higher body): 报上来 / 交上来 — reports write 报送 / 上报 / 报备 (报送备案)
    "报上来": ("报送", "上报", "报备", "报来"),
    "交上来": ("报送", "上报", "提交", "报来"),
    # sent up by the place itself: 报上去 / 交上去 / 递上去 — reports write 报送 / 上报 / 提交 / 申报 (申报材料已报送)
    "报上去": ("报送", "上报", "申报"),
    "交上去": ("提交", "报送", "上报", "递交"),
    "递上去": ("递交", "提交", "报送"),
    # filed for the record: 备案 — reports contract 报送备案 to 报备
    "备案": ("报备",),
    # to help: 帮 / 帮忙 — reports write 帮助 / 帮扶 / 协助
    "帮忙": ("帮助", "帮扶", "协助"),
    # to look into / check: 查看 — reports write 检查 / 查阅
    "查看": ("检查", "查阅"),
    # the spoken words for a lawsuit and its outcome: 打官司 / 官司 / 当被告 — reports write 诉讼 / 应诉 / 被诉;
    # lost one: 输(掉) / 打输 — 败诉; won one: 打赢 — 胜诉; went to court: 上法庭 — 出庭 / 庭审
    "打官司": ("诉讼", "应诉", "被诉"),
    "官司": ("诉讼", "应诉", "被诉"),
    "输掉": ("败诉",),
    "打输": ("败诉",),
    "输了": ("败诉",),
    "打赢": ("胜诉",),
    # none lost: 没输 — reports write 胜诉 / 无败诉 / 零败诉; a case decided, said plainly: 判下来 — 审结 / 判决 / 宣判 / 结案
    "没输": ("胜诉", "无败诉", "未败诉", "零败诉"),
    "判下来": ("审结", "判决", "宣判", "结案"),
    # the share of lawsuits lost, said plainly: 输的比例 / 输的占比 — reports write 败诉率
    "输的比例": ("败诉率",),
    "输的占比": ("败诉率",),
    "打输的比例": ("败诉率",),
    # the government's departments as a party: 政府部门 — reports write 行政机关
    "政府部门": ("行政机关",),
    # a case: 案子 — reports write 案件 (and count it in 件: 收案59件)
    "案子": ("案件", "立案"),  # 立了多少案子: 立案 (a table's 立案数)
    # unpaid wages: 讨工钱 / 工钱 / 要工钱 — reports write 讨薪 / 欠薪 / 工资 / 劳动报酬
    "讨工钱": ("讨薪", "欠薪", "追薪", "工资", "劳动报酬"),
    "要工钱": ("讨薪", "欠薪", "追薪", "工资", "劳动报酬"),
    "工钱": ("工资", "薪", "劳动报酬"),
    # passed an exam: 考过 / 考上 / 考出 — reports write 通过 / 合格
    "考过": ("通过", "合格"),
    "考上": ("通过", "合格"),
    # holding a certificate: 手里有 / 手上有 执法证 — reports write 持有 / 持证
    "手里": ("持有", "持证"),
    "手上": ("持有", "持证"),
    # received (cases, applications): 收了多少件 — reports write 受理 / 收到 / 收案 / 新收
    "收": ("受理", "收到", "收案", "新收"),
    # fined: 罚钱 — reports write 罚款 / 罚没
    "罚钱": ("罚款", "罚没"),
    # the people served: 老百姓 / 百姓 — reports write 群众 / 人民群众 / 市民 / 居民
    "老百姓": ("群众", "人民群众", "百姓", "市民", "居民"),
    "百姓": ("群众", "人民群众", "市民", "居民"),
    # made easy for them: 方便 — reports write 便民 / 便利 / 便捷
    "方便": ("便民", "便利", "便捷"),
    # set up a point (service, intake, consultation): 设点 — reports write 设立 / 设置 / 布设 …点
    "设点": ("设立", "设置", "布设"),
    # set up a body or a post, said with 设立 / 建立 / 设 — reports write any of 成立 / 设立 / 建立 / 组建 / 设置 / 建成 for it
    "设立": ("成立", "建立", "组建", "设置", "建成"),
    # a phone app, said plainly: 手机应用(程序) / 应用程序 / 手机上 — reports write App (folded: app) / 客户端 / 小程序 / 移动端 / 掌上
    "手机": ("app", "客户端", "小程序", "移动端", "掌上"),
    "应用程序": ("app", "客户端", "小程序"),
    "手机应用": ("app", "客户端", "小程序"),
    # a service or work post, said plainly: 站点 / 点位 — reports write …工作站 / 服务站 / 联络站 / 工作点 / 服务点
    "站点": ("工作站", "服务站", "联络站", "工作点", "服务点"),
    # a government sued: 被告 — reports write 被诉 (被诉行政机关) / 应诉; going to court: 法庭 — 出庭 / 庭审
    "被告": ("被诉", "应诉"),
    "法庭": ("出庭", "庭审"),
    # the head of a unit: 一把手 — reports write 主要负责人 / 负责人
    "一把手": ("主要负责人", "负责人"),
    # going to court: 去法院 / 上法院 — reports write 出庭 / 应诉 / 庭审 / 诉讼 (as 法庭)
    "法院": ("出庭", "应诉", "庭审", "诉讼"),
    # handed down to a lower level to exercise: 交给 / 交由…行使 — reports write 下放 / 赋权 / 赋予 / 移交 …实施 / 承接
    "交给": ("下放", "赋予", "赋权", "移交", "交由", "移送"),  # a case handed to the police: 移送公安机关
    "行使": ("实施", "承接", "履行"),
    # powers handed down are counted as items: 执法权限 — reports write 执法事项 / 权力事项 / 职权
    "权限": ("事项", "权力", "职权"),
    # settled / closed (a case): 了结 / 了断 — reports write 结案 / 办结 / 审结 / 终止
    "了结": ("结案", "办结", "审结", "终止"),
    # checked for legality: 把关 — reports write 审核 / 审查
    "把关": ("审核", "审查"),
    # let off a minor violation: 免罚 / 不罚 / 不用罚(款) / 轻罚 (免罚清单) — reports write 不予处罚 / 免予处罚 / 从轻处罚 /
    # 减轻处罚; a minor case: 情节轻微 — reports write 轻微违法 (the 情节 left out)
    "免罚": ("不予处罚", "免予处罚", "免于处罚", "不罚"),
    "不罚": ("不予处罚", "免予处罚", "免于处罚"),
    "不用罚": ("不予处罚", "免予处罚", "免于处罚"),
    "情节轻微": ("轻微",),
    "轻罚": ("从轻处罚", "减轻处罚", "从轻减轻处罚"),
    # a place in a ranking: 名次 — reports write 位次 / 排名 / 排位; a ranking contest: 评比 — 评价 / 评选 / 考评 / 测评
    "名次": ("位次", "排名", "排位"),
    "评比": ("评价", "评选", "考评", "测评"),
    # how much a measure counts in an appraisal: 分量 — reports write 权重 / 分值 / 比重 / 占比
    "分量": ("权重", "分值", "比重", "占比"),
    # what people care about: 关心 — reports write 关切 / 关注 (群众关切领域, 社会关注); watched closely: 盯 — 紧盯 / 聚焦 / 围绕
    "关心": ("关切", "关注"),
    "盯": ("紧盯", "聚焦", "围绕"),
    # won an honour or a title, said plainly: 拿到 / 拿下 / 评上 (这块)牌子 — reports write 获得 / 荣获 / 获评 / 被评为 /
    # 被命名为 / 取得 …称号, a plaque handed over: 授牌 / 挂牌
    "拿到": ("获得", "取得", "荣获", "获评", "评为", "命名"),
    "拿下": ("获得", "取得", "荣获", "获评", "评为", "命名"),
    "评上": ("评为", "获评", "命名", "入选"),
    "牌子": ("称号", "命名", "授牌", "挂牌", "荣誉"),
    # commended, said plainly (得到表彰): reports write the honour conferred (被评为…先进, 获评, 荣获, 被授予, 被命名为)
    "表彰": ("评为", "获评", "荣获", "授予", "命名"),
    # a minority language, said as the class: reports name the language (用藏语、苗语宣讲) or write 双语 (汉藏双语普法)
    "少数民族语言": _MINORITY_LANGUAGES,
    "民族语言": _MINORITY_LANGUAGES,
    # the environment department by its old name: 环保部门 — reports write 生态环境局 / 生态环境部门
    "环保部门": ("生态环境部门", "生态环境局", "环境保护部门"),
    # decided, said plainly: 拍板 — reports write 决策 / 决定 (作出决策, 集体讨论决定)
    "拍板": ("决策", "决定"),
    # made public, said plainly: 对外 (对外公布) — reports write 向社会 / 公开 / 公布
    "对外": ("向社会", "公开", "公布"),
    # let off with no or a lighter penalty, said by an idiom: 网开一面 / 高抬贵手 / 放一马 — reports write the genre's
    # 包容审慎 measures: 不予处罚 / 免予处罚 / 减轻处罚 / 从轻处罚, 首违不罚 / 轻微不罚 (…不罚), 免罚清单; a lighter
    # one: 少罚 / 轻罚 — 从轻 / 减轻处罚
    "网开一面": ("不予处罚", "免予处罚", "免于处罚", "减轻处罚", "从轻处罚", "不罚", "免罚", "包容审慎"),
    "高抬贵手": ("不予处罚", "免予处罚", "免于处罚", "减轻处罚", "从轻处罚", "不罚", "免罚", "包容审慎"),
    "放一马": ("不予处罚", "免予处罚", "免于处罚", "减轻处罚", "从轻处罚", "不罚", "免罚"),
    "少罚": ("从轻处罚", "减轻处罚", "从轻减轻处罚"),
    # locked up, said plainly: 关押 / 关起来 — reports write 拘留 (行政拘留, 刑事拘留) / 羁押
    "关押": ("拘留", "羁押"),
    "关起来": ("拘留", "羁押"),
    # a business, said plainly: 经营者 / 商家 / 做生意的 — reports write 市场主体 / 经营主体 / 企业 / 商户 / 个体工商户
    "经营者": ("市场主体", "经营主体", "企业", "商户", "个体工商户", "经营户"),
    "商家": ("市场主体", "经营主体", "企业", "商户", "个体工商户", "经营户"),
    # a decision set right by a review body: 纠正 / 改正 (被纠正的复议案件) — reports count it as 纠错 (直接纠错, 纠错率)
    "纠正": ("纠错",),
    "改正": ("纠错",),
    # the same written out as one word (纠正错误, 改正错误): the segmenter keeps it whole; the genre contracts it
    "纠正错误": ("纠错",),
    "改正错误": ("纠错",),
    # documents cleared (文件清理), said plainly: 废掉 / 作废 — reports write 废止 / 废除 / 宣布失效; changed: 改掉 /
    # 改动 — 修改 / 修订; kept: 留下 — 保留
    "废掉": ("废止", "废除", "宣布失效", "失效"),
    "作废": ("废止", "废除", "宣布失效", "失效"),
    "改掉": ("修改", "修订"),
    "改动": ("修改", "修订"),
    "留下": ("保留",),
    # a law or rule newly amended, said plainly: 新改的 / 刚改的 / 改过的 — reports write 新修订 / 修订 / 修改 / 修正; put into
    # force, said plainly: 实行 / 开始用 — reports write 施行 / 实施 (自2024年1月1日起施行)
    "新改": ("新修订", "修订", "修改", "修正"),
    "刚改": ("新修订", "修订", "修改", "修正"),
    "改过": ("修订", "修改", "修正"),
    "实行": ("施行", "实施"),
    # a rule's entry into force, said with 实施 / 生效 — reports write 起施行 as often as 起实施 (自X起施行, 于X起施行)
    "实施": ("施行",),
    "生效": ("施行", "实施"),
    "施行": ("实施",),
    # approved, said plainly: 批下来 / 批了 — reports write 批准 / 批复 (经省人大常委会批准)
    "批下来": ("批准", "批复"),
    # the spoken short forms of what urban management enforces: 违建 / 拆违 / 违停 — reports write the full words
    # (违法建设, 违章建筑, 拆除违法建筑, 违法停车)
    "违建": ("违法建设", "违章建筑", "违法建筑", "违章建设"),
    "拆违": ("拆除违法建设", "拆除违章建筑", "拆除违法建筑", "拆除违建"),
    "违停": ("违法停车", "违章停车", "违规停车"),
    # the older word a user says for a building put up against the rules: 违章建筑 / 违章建设 — reports now write 违法建筑 /
    # 违法建设; pulled down, said plainly: 拆掉 — reports write 拆除
    "违章建筑": ("违法建筑", "违法建设", "违建"),
    "违章建设": ("违法建设", "违法建筑", "违建"),
    "拆掉": ("拆除",),
    # errands run for the public, said plainly: 跑腿 (帮群众代跑腿) — reports write the service as 代跑 / 代办 / 帮办 (代办帮办,
    # “代跑代办”)
    "跑腿": ("代跑", "代办", "帮办"),
}
_WORKS = "厂"  # X厂 (酒厂, 水泥厂, 化工厂) is written X企业 / X企 by the reports

# a decision withheld, said plainly: 没有给予处罚 / 没给立案 / 未给予许可 — reports write 不予处罚 / 不予立案 / 不予许可 (the
# genre's 不予 decisions)
_WITHHELD_RE = re.compile(r"(?:没有|没|未|不)(?:给予|给)(?=处罚|行政处罚|受理|立案|许可|登记|批准|认定|采纳|公开|处分|备案)")


# the head of a body asked for by name, said plainly: 司法局的一把手叫什么 / 法院的主要负责人是谁 — reports write the head's
# title before the name (局党委书记、局长某某某同志): the title the body's kind gives its head
_BODY_HEADS = {"局": "局长", "厅": "厅长", "委员会": "主任", "办公室": "主任", "中心": "主任", "法院": "院长", "检察院": "检察长"}
_BODY_HEAD_ASKED_RE = re.compile(rf"(?P<body>{'|'.join(_BODY_HEADS)}|(?P<level>[省市县区州旗乡镇])(?:人民)?政府)的?"
                                 r"(?:一把手|主要负责人|主要领导|负责同志|当家人|掌门人|头儿)"
                                 r"(?=是谁|叫什么|的名字|的姓名|姓名|名字|姓什么|是哪位|是何人)")


def _body_head(m: re.Match[str]) -> str:
    return m.group("body") + (m.group("level") + "长" if m.group("level") else _BODY_HEADS[m.group("body")])


def written_phrasing(text: str) -> str:
    """``text`` (folded) with the plain phrasings of the genre's set phrases written as the reports write them:
    ``没有给予处罚`` -> ``不予处罚``, a body's ``一把手`` asked by name -> the head's title (``局长``); ``text``
    unchanged otherwise.

    >>> written_phrasing("对多少起违法行为没有给予处罚"), written_phrasing("县人民政府的一把手叫什么名字")
    ('对多少起违法行为不予处罚', '县人民政府县长叫什么名字')
    """
    return _BODY_HEAD_ASKED_RE.sub(_body_head, _WITHHELD_RE.sub("不予", text))


def formal_forms(word: str) -> tuple[str, ...]:
    """The written-register words that state the plain ``word`` (``()`` for any other word); a works named by its
    trade (化工厂) is written as an enterprise of that trade (化工企业).

    >>> formal_forms("水泥厂")
    ('水泥企业', '水泥企')
    """
    if word not in ZH_FORMAL and len(word) >= 2 and word.endswith(_WORKS) and not word.endswith("兵工厂"):  # an arsenal is no enterprise
        return word[:-1] + "企业", word[:-1] + "企"
    return ZH_FORMAL.get(word, ())


def formal_words_in(text: str) -> tuple[str, ...]:
    """The written-register words for every plain word of two or more characters written in ``text`` (folded):
    a question's 打官司 brings 诉讼, 应诉, 被诉, so that lexical search finds what the reports write (a single
    character, 收, is a part of too many other words: 征收, 收费).

    >>> formal_words_in("政府当被告打官司输掉的比例")
    ('诉讼', '应诉', '被诉', '败诉')
    """
    rephrased = written_phrasing(text)  # 没有给予处罚: 不予处罚 searched too
    said = tuple(w for w in re.findall(r"不予[\u4e00-\u9fff]{2}", rephrased) if w not in text) if rephrased != text else ()
    said += tuple(_body_head(m)[len(m.group("body")):] for m in _BODY_HEAD_ASKED_RE.finditer(text))  # 一把手: 局长 searched
    return tuple(dict.fromkeys((*(f for plain, forms in ZH_FORMAL.items() if len(plain) >= 2 and plain in text
                                  for f in forms), *said)))

