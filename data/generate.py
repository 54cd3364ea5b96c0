#!/usr/bin/env python3
"""Deterministic example data for the csbook demo handbook.

Company: 易达生活服务集团 (Yida Life Services), a fictional multi-branch
home-services company (home repair, cleaning, appliance installation).
All people, phone numbers and e-mail addresses are fake.

What it writes (paths relative to this script; UTF-8, no BOM, "\\n" endings):
  survey/responses.csv        ~1,000 survey responses a month, 2024-11..2026-10:
                              overall satisfaction (1-7), NPS item (0-10),
                              customer effort (1-7, 7 = very easy) and the 22
                              SERVQUAL perception (p1..p22) and expectation
                              (e1..e22) items on 1-7. 99 = not applicable,
                              empty cell = missing answer. Appended after e22
                              (the columns before them never change):
                              a1..a22 adequate and d1..d22 desired service
                              (zone-of-tolerance module, 1-7, asked of ~30% of
                              respondents, empty for the others; ~1.5% of
                              A/D pairs are inconsistent, A > D), and
                              imp_tangibles, imp_reliability,
                              imp_responsiveness, imp_assurance, imp_empathy:
                              100 points allocated across the five dimensions
                              (integers summing to 100; ~3% left empty).
  complaints/complaints.csv   ~200 complaints a month, same 24 months, with
                              category, defect, service line, region, branch,
                              department, severity, timestamps, reopen flag,
                              and personal data (customer_name, phone) that the
                              tool must never publish.
  customers/customers.csv     active customers per month and region (the
                              denominator of the complaint rate): about 40,000
                              in all, growing slowly, split by region weight.
  customers/activity.csv      customer_id, month, purchases: one row per month
                              in which a customer bought (purchases >= 1), for
                              a panel of 6,000 surveyed customers, 2024-11..
                              2026-10; monthly retention about 65-69%.

Planted stories (see check_stories.py for the numbers they produce):
  A. 华南 slips: from 2026-05 to 2026-10 its satisfaction falls month by
     month, reliability and responsiveness most; by 2026-10 its NPS is about
     30 points below the other regions. Everything else stays stable apart
     from a mild seasonal dip around the summer air-conditioning peak.
  B. 上门超时 (late arrival) complaints surge in 2026-09 to about 2.5-3x the
     usual count, mostly in 华南, attributed to 调度中心 with defect 系统故障
     (a new dispatch system rollout); they ease in 2026-10 but stay above
     normal. The rest of the complaint volume stays at about 200 a month.
  A shows in the added modules too: in 华南 the reliability and responsiveness
     perceptions sink below the adequate level during story A (dimension MSA
     about +0.25 before, about -0.7 by 2026-10; the other regions stay near
     +0.2, inside the zone), and 华南 customers' monthly retention falls from
     about 66% to about 50%.
Other features to exercise the tool: 拉萨城关店 gets only 3-6 responses a
month (below the minimum cell size of 10); tangibles items are often 99 on
remote channels; ~5% of complaint descriptions contain a phone or e-mail.

Each file, and each added module, has its own seeded generator (SEED + n), so
adding a module leaves the existing files and columns byte-identical.

Run: python3 data/generate.py   (output is byte-identical on every run)
"""

import csv
import math
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 20241116  # picked so that 华南's monthly NPS falls every month of story A
HERE = Path(__file__).resolve().parent
MONTHS = [(2024 + (10 + i) // 12, (10 + i) % 12 + 1) for i in range(24)]  # 2024-11..2026-10
AS_OF = datetime(2026, 11, 1, 0, 0)  # data extracted at the end of 2026-10

REGIONS = {  # region: (survey/complaint weight, branches)
    "华北": (0.15, ["北京朝阳店", "北京海淀店", "天津河西店"]),
    "华东": (0.25, ["上海浦东店", "杭州西湖店", "南京鼓楼店"]),
    "华南": (0.22, ["广州天河店", "深圳南山店", "佛山禅城店"]),
    "华中": (0.14, ["武汉洪山店", "长沙岳麓店", "郑州金水店"]),
    "西南": (0.13, ["成都武侯店", "重庆渝北店", "拉萨城关店"]),
    "西北": (0.11, ["西安雁塔店", "兰州城关店", "银川兴庆店"]),
}
TINY_BRANCH = "拉萨城关店"
SURVEY_CHANNELS = {"门店": 0.30, "电话": 0.25, "网站": 0.15, "App": 0.30}

# SERVQUAL dimensions: items, mean perception, mean expectation.
DIMS = {
    "tangibles": (range(1, 5), 5.45, 5.75),
    "reliability": (range(5, 10), 5.25, 6.35),
    "responsiveness": (range(10, 14), 5.15, 6.15),
    "assurance": (range(14, 18), 5.55, 6.05),
    "empathy": (range(18, 23), 5.25, 5.90),
}
# How much each dimension drives overall satisfaction (reliability and
# responsiveness dominate, so key-driver analysis finds them).
DRIVER = {"tangibles": 0.05, "reliability": 0.42, "responsiveness": 0.33,
          "assurance": 0.12, "empathy": 0.10}
Q_MU = 6.00

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘")
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
         "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文静", "志强", "海燕",
         "晓东", "玉兰", "子涵", "浩然", "雨桐", "思远", "佳怡", "俊杰", "欣怡", "宇航"]
PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
          "xu", "sun", "ma", "zhu", "hu", "guo", "lin", "he", "gao", "luo"]


def rint(x):
    """Round half up (not banker's rounding)."""
    return int(math.floor(x + 0.5))


def clip(x, lo, hi):
    return max(lo, min(hi, x))


def days_in(y, m):
    return ((datetime(y + (m == 12), m % 12 + 1, 1)) - datetime(y, m, 1)).days


def make_customers(rng):
    """A pool of 15,000 customers with fixed fake name, phone and e-mail."""
    pool = []
    for i in range(15000):
        cid = f"C{100001 + i:06d}"
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        phone = "1" + rng.choice("358") + "".join(rng.choice("0123456789") for _ in range(9))
        dom = rng.choice(["example.com", "example.com", "example.org"])
        email = f"{rng.choice(PINYIN)}{rng.randint(1, 9999)}@{dom}"
        pool.append((cid, name, phone, email))
    return pool


def seasonal(m):
    """Mild dip in the July/August air-conditioning peak."""
    return -0.07 * math.cos(2 * math.pi * (m - 7.5) / 12)


def south_slide(y, m):
    """Months into the 华南 decline: 0 until 2026-04, 1 in 2026-05 ... 6 in 2026-10."""
    return max(0, (y - 2026) * 12 + m - 4) if y >= 2026 else 0


# ---------------------------------------------------------------- survey
def survey_row(rng, y, m, region, channel):
    k = south_slide(y, m) if region == "华南" else 0
    z = rng.gauss(0, 1) + seasonal(m) - 0.05 * k   # the respondent's general mood
    angry = rng.random() < 0.02 + 0.004 * k         # a visit that went badly wrong
    if angry:
        z -= 2.5
    d_true = {}
    for dim, (_, p_mu, _) in DIMS.items():
        shift = 0.0
        if dim in ("reliability", "responsiveness"):
            shift -= 0.09 * k                       # story A: delivery falls short
        if dim == "tangibles" and channel == "门店":
            shift += 0.10
        d_true[dim] = p_mu + 0.75 * z + 0.45 * rng.gauss(0, 1) + shift
    q_cont = Q_MU + sum(w * (d_true[d] - DIMS[d][1]) for d, w in DRIVER.items()) \
        + rng.gauss(0, 0.55)
    q = clip(rint(q_cont), 1, 7)
    nps = clip(rint(8.3 + 1.45 * (q_cont - Q_MU) - 2.5 * angry + rng.gauss(0, 1.15)), 0, 10)
    ces_shift = {"App": 0.3, "网站": 0.0, "电话": -0.2, "门店": 0.1}[channel]
    ces = clip(rint(5.2 + 0.5 * (d_true["responsiveness"] - DIMS["responsiveness"][1])
                    + ces_shift + rng.gauss(0, 0.9)), 1, 7)
    e_trait = rng.gauss(0, 0.35)                    # some people expect more
    p_items, e_items = [0] * 23, [0] * 23
    for dim, (items, _, e_mu) in DIMS.items():
        e_dim = e_mu + e_trait + rng.gauss(0, 0.25)
        for i in items:
            p_items[i] = clip(rint(d_true[dim] + rng.gauss(0, 0.55)), 1, 7)
            e_items[i] = clip(rint(e_dim + rng.gauss(0, 0.5)), 1, 7)
    na_rate = 0.01 if channel == "门店" else 0.05
    for i in range(1, 5):                           # tangibles not applicable
        if rng.random() < na_rate:
            p_items[i] = e_items[i] = 99
    answers = [q, nps, ces] + p_items[1:] + e_items[1:]
    for j in range(len(answers)):                   # skipped answers
        if rng.random() < 0.005:
            answers[j] = ""
    # What the extra modules (drawn from other generators) build on; the answers
    # above are unchanged by them.
    return answers, {"k": k, "p": p_items, "e": e_items}


# Zone of tolerance (three-column format, methods M5): mean adequate and
# desired level per dimension. Reliability has the narrowest zone and the
# highest floor, so it is the first to fall below adequate when it slips.
ZOT = {
    "tangibles": (4.30, 5.85),
    "reliability": (5.00, 6.45),
    "responsiveness": (4.85, 6.25),
    "assurance": (4.65, 6.15),
    "empathy": (4.50, 6.00),
}
ZOT_SHARE = 0.30        # share of respondents who get the ZOT module
# Stated importance: mean of the 100 points given to each dimension.
IMPORTANCE = {"tangibles": 12, "reliability": 30, "responsiveness": 23, "assurance": 19,
              "empathy": 16}


def zot_answers(rng, state):
    """Adequate a1..a22 and desired d1..d22 for one respondent of the ZOT module."""
    p_items, e_items = state["p"], state["e"]
    a_items, d_items = [0] * 23, [0] * 23
    for dim, (items, _, e_mu) in DIMS.items():
        a_mu, d_mu = ZOT[dim]
        e_vals = [e_items[i] for i in items if e_items[i] != 99]
        e_dev = sum(e_vals) / len(e_vals) - e_mu if e_vals else 0.0
        d_dim = d_mu + 0.6 * e_dev + rng.gauss(0, 0.2)   # desired tracks expectation
        a_dim = a_mu + 0.4 * e_dev + rng.gauss(0, 0.35)
        for i in items:
            if p_items[i] == 99:                    # not applicable, as for P and E
                a_items[i] = d_items[i] = 99
                continue
            d = clip(rint(d_dim + rng.gauss(0, 0.45)), 1, 7)
            a = clip(rint(a_dim + rng.gauss(0, 0.5)), 1, 7)
            d_items[i], a_items[i] = d, min(a, d)
    swapped = rng.random() < 0.012                  # read the two columns the wrong way round
    for i in range(1, 23):
        if a_items[i] != 99 and (swapped or rng.random() < 0.004):
            a_items[i], d_items[i] = d_items[i], a_items[i]
    return a_items[1:] + d_items[1:]


def importance_answers(rng):
    """100 points across the five dimensions (integers summing to 100)."""
    g = [rng.gammavariate(10 * IMPORTANCE[d] / 100, 1.0) + 1e-9 for d in DIMS]
    unit = 5 if rng.random() < 0.6 else 1          # many people think in fives
    raw = [(100 // unit) * x / sum(g) for x in g]
    pts = [math.floor(x) for x in raw]
    order = sorted(range(5), key=lambda j: (-(raw[j] - pts[j]), j))
    for j in order[:100 // unit - sum(pts)]:        # largest remainder
        pts[j] += 1
    return [unit * x for x in pts]


def extra_answers(zot_rng, x_rng, state):
    """ZOT module (about 30% of respondents) and stated importance (everyone)."""
    if zot_rng.random() < ZOT_SHARE:
        zot = zot_answers(x_rng, state)
        for j in range(len(zot)):                   # skipped answers
            if x_rng.random() < 0.005:
                zot[j] = ""
    else:
        zot = [""] * 44
    imp = importance_answers(x_rng) if x_rng.random() >= 0.03 else [""] * 5
    return zot + imp


def make_survey(rng, customers, zot_rng, x_rng):
    regions = list(REGIONS)
    weights = [REGIONS[r][0] for r in regions]
    channels, ch_w = list(SURVEY_CHANNELS), list(SURVEY_CHANNELS.values())
    rows, rid = [], 0
    for y, m in MONTHS:
        n_month = rng.randint(900, 1100)
        n_tiny = rng.randint(3, 6)
        cells = []
        for _ in range(n_month - n_tiny):
            region = rng.choices(regions, weights)[0]
            branches = [b for b in REGIONS[region][1] if b != TINY_BRANCH]
            cells.append((region, rng.choice(branches)))
        cells += [("西南", TINY_BRANCH)] * n_tiny
        month_rows = []
        for region, branch in cells:
            day = rng.randint(1, days_in(y, m))
            channel = rng.choices(channels, ch_w)[0]
            cid, _, _, email = rng.choice(customers)
            if rng.random() < 0.30:
                email = ""
            answers, state = survey_row(rng, y, m, region, channel)
            answers += extra_answers(zot_rng, x_rng, state)
            month_rows.append([f"{y:04d}-{m:02d}-{day:02d}", region, channel, branch,
                               cid, email] + answers)
        month_rows.sort(key=lambda r: r[0])         # stable: ties keep draw order
        for r in month_rows:
            rid += 1
            rows.append([f"R{rid:06d}"] + r)
    header = ["response_id", "date", "region", "channel", "branch", "customer_id", "email",
              "q_overall", "nps", "ces"] + [f"p{i}" for i in range(1, 23)] \
        + [f"e{i}" for i in range(1, 23)] + [f"a{i}" for i in range(1, 23)] \
        + [f"d{i}" for i in range(1, 23)] + [f"imp_{d}" for d in DIMS]
    return header, rows


# ------------------------------------------------------------ complaints
CATEGORIES = {  # category: base weight (Pareto-skewed)
    "上门超时": 0.24, "维修质量": 0.20, "服务态度": 0.14, "收费争议": 0.11, "预约困难": 0.09,
    "配件缺货": 0.07, "清洁不彻底": 0.06, "安装损坏": 0.05, "其他": 0.04,
}
ALL_PRODUCTS = {"家电维修": 0.25, "管道疏通": 0.12, "日常保洁": 0.20, "深度保洁": 0.12,
                "空调安装": 0.18, "家具安装": 0.13}
PRODUCTS = {
    "维修质量": {"家电维修": 0.65, "管道疏通": 0.35},
    "配件缺货": {"家电维修": 0.75, "空调安装": 0.25},
    "清洁不彻底": {"日常保洁": 0.55, "深度保洁": 0.45},
    "安装损坏": {"空调安装": 0.6, "家具安装": 0.4},
}
LINE_DEPT = {"家电维修": "维修部", "管道疏通": "维修部", "日常保洁": "保洁部",
             "深度保洁": "保洁部", "空调安装": "安装部", "家具安装": "安装部"}
# category: (probability of a central department, that department, the other
# department; None = the department that runs the service line)
DEPT_RULE = {
    "上门超时": (0.55, "调度中心", None), "服务态度": (0.35, "客服中心", None),
    "收费争议": (0.6, "财务部", None), "预约困难": (0.6, "调度中心", "客服中心"),
    "其他": (0.7, "客服中心", "财务部"),
}
DEFECTS = {
    "上门超时": {"流程缺陷": 0.45, "沟通不当": 0.2, "系统故障": 0.15, "技能不足": 0.05, "无缺陷": 0.15},
    "维修质量": {"技能不足": 0.6, "物料问题": 0.25, "流程缺陷": 0.1, "无缺陷": 0.05},
    "服务态度": {"沟通不当": 0.8, "流程缺陷": 0.1, "无缺陷": 0.1},
    "收费争议": {"流程缺陷": 0.4, "沟通不当": 0.35, "系统故障": 0.1, "无缺陷": 0.15},
    "预约困难": {"流程缺陷": 0.45, "系统故障": 0.35, "无缺陷": 0.2},
    "配件缺货": {"物料问题": 0.8, "流程缺陷": 0.2},
    "清洁不彻底": {"技能不足": 0.5, "流程缺陷": 0.3, "物料问题": 0.1, "无缺陷": 0.1},
    "安装损坏": {"技能不足": 0.65, "物料问题": 0.2, "流程缺陷": 0.15},
    "其他": {"无缺陷": 0.5, "流程缺陷": 0.3, "沟通不当": 0.2},
}
TEMPLATES = {
    "上门超时": ["预约{p}上午上门，师傅晚到{h}小时才来", "约好的{p}服务师傅迟到{h}小时，也没提前通知",
             "等了{h}个多小时师傅还没到，打电话也说不清什么时候来"],
    "维修质量": ["{p}做完第二天又出现同样的问题", "{p}完成后问题没有解决，还要再约一次",
             "维修后设备出现新的异响，怀疑没修好"],
    "服务态度": ["师傅说话不耐烦，问问题也不解释", "客服接电话态度冷淡，多次被挂断",
             "上门人员抽烟，提醒后还很不客气"],
    "收费争议": ["{p}结算价格比报价高出不少，没有明细", "上门费事先没说，结账时才收",
             "配件价格比市场价贵很多，要求说明"],
    "预约困难": ["App上连续几天都约不到{p}的时间", "热线一直占线，约不上{p}", "预约成功后被临时取消，没有说明原因"],
    "配件缺货": ["{p}需要的配件缺货，已经等了一周", "师傅说配件要调货，至今没有消息"],
    "清洁不彻底": ["{p}后厨房油污还在，卫生间也没擦干净", "{p}漏掉了阳台和窗户，时间也没做够"],
    "安装损坏": ["{p}时把墙面和地板划坏了", "{p}后发现柜门变形，师傅不承认"],
    "其他": ["发票一直没有开出来", "会员积分没有到账", "想咨询服务范围，没人回复"],
}
COMPLAINT_CHANNELS = {"热线": 0.35, "门店": 0.15, "App": 0.25, "网站": 0.10, "社交媒体": 0.15}
SEVERITY = {"low": 0.45, "medium": 0.35, "high": 0.15, "critical": 0.05}
# (median hours to first response, median hours to resolution)
TIMES = {"low": (8.0, 50.0), "medium": (4.0, 30.0), "high": (1.5, 10.0), "critical": (0.5, 3.0)}
SURGE = {(2026, 9): 85, (2026, 10): 32}  # story B: extra 上门超时 complaints


def pick(rng, table):
    return rng.choices(list(table), list(table.values()))[0]


def region_weights(y, m):
    """Complaints follow the survey mix; 华南's share creeps up with story A."""
    k = south_slide(y, m)
    return {r: w * (1 + 0.06 * k if r == "华南" else 1) for r, (w, _) in REGIONS.items()}


def complaint(rng, y, m, customers, surge=False):
    received = datetime(y, m, rng.randint(1, days_in(y, m)), rng.choice(range(8, 22)),
                        rng.randint(0, 59))
    if surge:
        cat, defect, dept = "上门超时", "系统故障", "调度中心"
        region = "华南" if rng.random() < 0.8 else pick(rng, region_weights(y, m))
        product = pick(rng, ALL_PRODUCTS)
    else:
        cat = pick(rng, CATEGORIES)
        region = pick(rng, region_weights(y, m))
        product = pick(rng, PRODUCTS.get(cat, ALL_PRODUCTS))
        defect = pick(rng, DEFECTS[cat])
        p_central, central, other = DEPT_RULE.get(cat, (0.0, None, None))
        dept = central if rng.random() < p_central else (other or LINE_DEPT[product])
    branches = REGIONS[region][1]
    branch = rng.choices(branches, [0.1 if b == TINY_BRANCH else 1 for b in branches])[0]
    severity = pick(rng, SEVERITY)
    t_first, t_res = TIMES[severity]
    first = received + timedelta(minutes=max(1, rint(60 * t_first * rng.lognormvariate(0, 0.7))))
    resolved = first + timedelta(minutes=max(5, rint(60 * t_res * rng.lognormvariate(0, 0.8))))
    late_in_month = (y, m) == MONTHS[-1] and received.day >= 22
    if resolved >= AS_OF or (late_in_month and rng.random() < 0.35) or rng.random() < 0.004:
        resolved = None                              # still open at extraction
    if first >= AS_OF:
        first = None
    reopen_p = 0.10 if cat in ("维修质量", "清洁不彻底") else 0.05
    reopened = 1 if resolved and rng.random() < reopen_p else 0
    cid, name, phone, email = rng.choice(customers)
    text = rng.choice(TEMPLATES[cat]).format(p=product, h=rng.choice([2, 3, 4, 5]))
    if surge and rng.random() < 0.5:
        text += "，客服说是新派单系统出了问题"
    if rng.random() < 0.05:                         # contact details inside free text
        if rng.random() < 0.6:
            other = "1" + rng.choice("358") + "".join(rng.choice("0123456789") for _ in range(9))
            text += f"，请回电{other}"
        else:
            text += f"，请发邮件到{email}"
    text += "。"
    fmt = "%Y-%m-%d %H:%M"
    return [received, rng.choices(list(COMPLAINT_CHANNELS), list(COMPLAINT_CHANNELS.values()))[0],
            cat, defect, product, region, branch, dept, severity,
            "已解决" if resolved else "处理中",
            first.strftime(fmt) if first else "", resolved.strftime(fmt) if resolved else "",
            reopened, cid, name, phone, text]


def make_complaints(rng, customers):
    rows = []
    for y, m in MONTHS:
        n_base = rng.randint(185, 215)
        month = [complaint(rng, y, m, customers) for _ in range(n_base)]
        month += [complaint(rng, y, m, customers, surge=True) for _ in range(SURGE.get((y, m), 0))]
        month.sort(key=lambda r: r[0])               # stable sort by received time
        rows.extend(month)
    out = []
    for i, r in enumerate(rows, start=1):
        out.append([f"K{i:06d}", r[0].strftime("%Y-%m-%d %H:%M")] + r[1:])
    header = ["complaint_id", "received_at", "channel", "category", "defect", "product", "region",
              "branch", "department", "severity", "status", "first_response_at", "resolved_at",
              "reopened", "customer_id", "customer_name", "phone", "description"]
    return header, out


def make_customer_base(rng):
    rows = []
    for i, (y, m) in enumerate(MONTHS):
        total = 38000 * (1 + 0.004 * i)
        for region, (weight, _) in REGIONS.items():
            rows.append([f"{y:04d}-{m:02d}", region, rint(total * weight * rng.uniform(0.98, 1.02))])
    return ["month", "region", "customers"], rows


# ------------------------------------------------------------ activity
ACTIVITY_CUSTOMERS = 6000   # panel of surveyed customers followed month by month


def make_activity(rng, survey_rows):
    """Purchases per customer and month for a panel of surveyed customers.

    Each customer belongs to the region of their first survey response. Being
    active is a Markov chain: active last month -> active again with the
    customer's retention propensity (around 0.6; lower in 华南 during story A),
    inactive -> re-activates with a small probability. A customer is always
    active in a month in which they answered the survey (the survey follows a
    service visit).
    """
    home, answered = {}, {}
    for r in survey_rows:                           # rows are in date order
        cid, month = r[5], r[1][:7]
        home.setdefault(cid, r[2])
        answered.setdefault(cid, set()).add(month)
    panel = sorted(rng.sample(sorted(home), ACTIVITY_CUSTOMERS))
    rows = []
    for cid in panel:
        stay = clip(rng.gauss(0.62, 0.12), 0.25, 0.95)
        come_back = clip(rng.gauss(0.12, 0.05), 0.02, 0.40)
        active = rng.random() < come_back / (1 - stay + come_back)
        for t, (y, m) in enumerate(MONTHS):
            month = f"{y:04d}-{m:02d}"
            if t > 0:
                k = south_slide(y, m) if home[cid] == "华南" else 0
                p = stay - 0.035 * k if active else come_back
                active = rng.random() < p
            if month in answered[cid]:
                active = True
            if active:
                n = 1 + (rng.random() < 0.22) + (rng.random() < 0.06)
                rows.append([cid, month, n])
    return ["customer_id", "month", "purchases"], rows


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    rng = random.Random(SEED)
    customers = make_customers(rng)
    # Separate generators per file, so changing one file leaves the other alone.
    s_header, s_rows = make_survey(random.Random(SEED + 1), customers,
                                   random.Random(SEED + 10), random.Random(SEED + 11))
    c_header, c_rows = make_complaints(random.Random(SEED + 2), customers)
    write_csv(HERE / "survey" / "responses.csv", s_header, s_rows)
    write_csv(HERE / "complaints" / "complaints.csv", c_header, c_rows)
    b_header, b_rows = make_customer_base(random.Random(SEED + 3))
    write_csv(HERE / "customers" / "customers.csv", b_header, b_rows)
    a_header, a_rows = make_activity(random.Random(SEED + 12), s_rows)
    write_csv(HERE / "customers" / "activity.csv", a_header, a_rows)
    print(f"survey/responses.csv: {len(s_rows)} rows; complaints/complaints.csv: {len(c_rows)} rows; "
          f"customers/activity.csv: {len(a_rows)} rows")


if __name__ == "__main__":
    main()
