#!/usr/bin/env python3
"""Independent reference computation of csbook's survey analytics (issue 3) for
the survey_stats fixture.

Reads csbook.yaml, instrument.yaml, responses.csv and activity.csv in this folder
and writes expected_indicators.csv and expected_comparisons.csv, which
tests/integration/survey_stats.rs compares with csbook's site/data/indicators.csv
and site/data/comparisons.csv. Follows /tmp/csbook-spec.md (issue 3) and
methods.md M0-M8, M11, written from their text with pandas, numpy, scipy,
statsmodels and pingouin; no csbook code is involved.

Run from anywhere:  python3 tests/survey_stats/expected.py
(needs numpy, pandas, scipy, statsmodels, pingouin, pyyaml)

Decisions where the spec leaves room are marked "DECISION" below and listed in
README.md.
"""
import csv
import math
import os
import sys
import warnings
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import pingouin as pg
import scipy.stats as st
import statsmodels.api as sm
import yaml
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
Z95 = 1.959963984540054
LEVEL_VALUES = [5, 15, 25, 35, 50, 70, 90]          # answers 1..7 (M1)
BAND_STARTS = [0, 10, 20, 30, 40, 60, 80]           # level 1..7
LEVEL_LABELS = ["very_dissatisfied", "dissatisfied", "not_very_satisfied", "neutral",
                "fairly_satisfied", "satisfied", "very_satisfied"]
IPA_LABELS = {1: "concentrate_here", 2: "keep_up_the_good_work", 3: "low_priority",
              4: "possible_overkill"}
# DECISION: answer_share has one row per scale value lo..hi, zero counts included
# (a share of 0 is defined when n > 0). Set to False for observed values only.
ANSWER_SHARE_ZEROS = True
# DECISION (csbook's): answer_share only for rating scales of at most 11 values
# (0-10); a 0-100 point allocation such as the importance items is not read
# answer by answer.
ANSWER_SHARE_MAX_VALUES = 11

IND_HEADER = ["indicator", "period", "segment", "segment_value", "dimension", "item", "key",
              "value", "n", "ci_low", "ci_high", "share", "cum_share", "vital_few", "label"]
CMP_HEADER = ["period", "segment", "segment_value", "indicator", "against", "base_period",
              "value", "base_value", "difference", "n", "base_n", "test", "statistic", "df",
              "p", "p_adjusted", "significant", "direction", "low_base"]


# ----------------------------------------------------------------------------
# inputs

def load_yaml(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


PROJECT = load_yaml("csbook.yaml")
INSTR = load_yaml(PROJECT["survey"]["instrument"])
MIN_CELL = int(PROJECT.get("min_cell_size", 10))
SEGMENTS = [s["id"] for s in PROJECT.get("segments", [])]
SEG_COLUMN = {s["id"]: s.get("column", s["id"]) for s in PROJECT.get("segments", [])}
ITEM_SEGMENTS = set(PROJECT["survey"].get("item_segments", []))
WINDOW = int(PROJECT.get("drivers", {}).get("window", 3))
LEVEL = float(PROJECT.get("significance", {}).get("level", 0.05))
LOW_BASE = int(PROJECT.get("significance", {}).get("low_base", 30))
SERVQUAL_WEIGHTS = PROJECT.get("servqual", {}).get("weights")
DIMS = list(INSTR.get("dimensions", {}).keys())

ITEMS = {}
for raw in INSTR["items"]:
    lo, hi = (int(x) for x in raw["scale"].split("-"))
    ITEMS[raw["id"]] = dict(
        id=raw["id"], role=raw["role"], dim=raw.get("dimension") or "", lo=lo, hi=hi,
        pair=raw.get("pair"), reverse=bool(raw.get("reverse", False)),
        weight=float(raw.get("weight", 1.0)),
        na=[int(c) for c in (raw["na_codes"] if "na_codes" in raw else INSTR.get("na_codes", [99]))])


def role_items(role, dim=None):
    return [i for i in ITEMS.values() if i["role"] == role and (dim is None or i["dim"] == dim)]


def one_role(role):
    items = role_items(role)
    return items[0]["id"] if items else None


OVERALL, NPS, CES = one_role("overall"), one_role("nps"), one_role("ces")
P_ITEMS = [i["id"] for i in role_items("perception")]
# perception item -> its paired expectation / adequate / desired item ids
PAIRS = {r: {i["pair"]: i["id"] for i in role_items(r)} for r in ("expectation", "adequate", "desired")}

resp = pd.read_csv(os.path.join(HERE, PROJECT["survey"]["responses"]), dtype=str,
                   keep_default_na=False)
resp["month"] = resp["date"].str[:7]
resp["quarter"] = resp["date"].str[:4] + "-Q" + ((resp["date"].str[5:7].astype(int) - 1) // 3 + 1).astype(str)

# Recoded answers: NaN when missing or not applicable; reverse coding applied.
VAL, MISSING, NA = {}, {}, {}
for iid, it in ITEMS.items():
    raw = resp[iid].str.strip()
    MISSING[iid] = raw == ""
    num = pd.to_numeric(raw.where(~MISSING[iid]), errors="raise")
    NA[iid] = num.isin(it["na"])
    valid = num.where(~NA[iid])
    ok = valid.dropna()
    assert ((ok == ok.round()) & (ok >= it["lo"]) & (ok <= it["hi"])).all(), "invalid answer in " + iid
    if it["reverse"]:
        valid = it["lo"] + it["hi"] - valid
    VAL[iid] = valid.astype(float)
V = pd.DataFrame(VAL)
V["month"], V["quarter"] = resp["month"], resp["quarter"]
for s in SEGMENTS:
    V["seg:" + s] = resp[SEG_COLUMN[s]]
MISS = pd.DataFrame(MISSING)
NAS = pd.DataFrame(NA)

MONTHS = sorted(V["month"].unique())
QUARTERS = sorted(V["quarter"].unique())


def month_add(m, k):
    y, mm = int(m[:4]), int(m[5:7])
    t = y * 12 + (mm - 1) + k
    return "%04d-%02d" % (t // 12, t % 12 + 1)


def groups():
    """(segment, segment_value, column or None) for `all` and every segment value."""
    out = [("all", "", None)]
    for s in SEGMENTS:
        for v in sorted(V["seg:" + s].unique()):
            out.append((s, v, v))
    return out


def group_mask(seg, val):
    return pd.Series(True, index=V.index) if seg == "all" else V["seg:" + seg] == val


# ----------------------------------------------------------------------------
# output rows

IND = []


def add(indicator, period, seg, segv, value, n, dim="", item="", key="", ci_low=None,
        ci_high=None, label=""):
    IND.append(dict(indicator=indicator, period=period, segment=seg, segment_value=segv,
                    dimension=dim, item=item, key=str(key), value=value, n=int(n),
                    ci_low=ci_low, ci_high=ci_high, share=None, cum_share=None,
                    vital_few="", label=label))


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if math.isnan(x):
        return ""
    assert math.isfinite(x), x
    return repr(x)


def mean_or_nan(s):
    return float(s.mean()) if len(s) else float("nan")


# ----------------------------------------------------------------------------
# headline statistics of one subset

def nps_stats(x):
    """NPS, SE (divisor n), n (M3)."""
    n = len(x)
    if n == 0:
        return float("nan"), float("nan"), 0
    p = float((x >= 9).sum()) / n
    d = float((x <= 6).sum()) / n
    nps = 100.0 * (p - d)
    se = 100.0 * math.sqrt((p + d - (p - d) ** 2) / n)
    return nps, se, n


def top2(item, x):
    it = ITEMS[item]
    return int((x >= it["hi"] - 1).sum())


def headline(period, seg, segv, d):
    add("responses", period, seg, segv, float(len(d)), len(d))
    if OVERALL:
        it = ITEMS[OVERALL]
        x = d[OVERALL].dropna()
        n = len(x)
        add("overall_mean", period, seg, segv, mean_or_nan(x), n)
        add("csat", period, seg, segv, 100.0 * top2(OVERALL, x) / n if n else None, n)
        mid = (it["lo"] + it["hi"]) / 2.0
        add("dissatisfied", period, seg, segv, 100.0 * float((x < mid).sum()) / n if n else None, n)
    if NPS:
        nps, se, n = nps_stats(d[NPS].dropna())
        lo = max(-100.0, nps - Z95 * se) if n else None
        hi = min(100.0, nps + Z95 * se) if n else None
        add("nps", period, seg, segv, nps, n, ci_low=lo, ci_high=hi)
    if CES:
        x = d[CES].dropna()
        add("ces", period, seg, segv, mean_or_nan(x), len(x))


def item_rows(period, seg, segv, d, idx):
    for iid, it in ITEMS.items():
        x = d[iid].dropna()
        n = len(x)
        mean = mean_or_nan(x)
        # The 95 % t interval of the mean (scipy), where n >= 2.
        lo = hi = None
        if n >= 2:
            sem = x.std(ddof=1) / math.sqrt(n)
            # Every answer alike: no spread, the interval is the mean itself.
            lo, hi = (mean, mean) if sem == 0 else st.t.interval(0.95, n - 1, loc=mean, scale=sem)
        add("item_mean", period, seg, segv, mean, n, dim=it["dim"], item=iid, ci_low=lo, ci_high=hi)
        add("item_index", period, seg, segv, (mean - it["lo"]) / (it["hi"] - it["lo"]) * 100.0,
            n, dim=it["dim"], item=iid)
        counts = Counter(int(v) for v in x)
        values = range(it["lo"], it["hi"] + 1) if ANSWER_SHARE_ZEROS else sorted(counts)
        if n and it["hi"] - it["lo"] + 1 <= ANSWER_SHARE_MAX_VALUES:
            for v in values:
                add("answer_share", period, seg, segv, 100.0 * counts.get(v, 0) / n, n,
                    dim=it["dim"], item=iid, key=v)
        nm = int(MISS.loc[idx, iid].sum())
        nna = int(NAS.loc[idx, iid].sum())
        # DECISION (csbook's): the base of these counts is every respondent of the
        # cell, so they are suppressed with the cell, not when the count is small.
        add("item_missing", period, seg, segv, float(nm), len(d), dim=it["dim"], item=iid)
        add("item_not_applicable", period, seg, segv, float(nna), len(d), dim=it["dim"], item=iid)


def cs_index(period, seg, segv, d):
    items = P_ITEMS or [OVERALL]
    num, den, nmin = 0.0, 0.0, None
    undefined = False
    for iid in items:
        x = d[iid].dropna()
        nmin = len(x) if nmin is None else min(nmin, len(x))
        if len(x) == 0:
            undefined = True
            continue
        levels = x.astype(int).map(lambda a: LEVEL_VALUES[a - 1])
        r = float(levels.mean())
        num += ITEMS[iid]["weight"] * r
        den += ITEMS[iid]["weight"]
    if undefined:
        add("cs_index", period, seg, segv, None, nmin)
        add("cs_level", period, seg, segv, None, nmin)
        return
    idx = num / den
    level = max(k for k in range(7) if BAND_STARTS[k] <= idx) + 1
    add("cs_index", period, seg, segv, idx, nmin)
    add("cs_level", period, seg, segv, float(level), nmin, label=LEVEL_LABELS[level - 1])


def respondent_dim_means(d, pairs, other_fn):
    """Per respondent: mean over the dimension's valid pairs (P item, other item) of
    other_fn(P, other); NaN when the respondent has no valid pair."""
    cols = []
    for p, o in pairs:
        both = d[p].notna() & d[o].notna()
        cols.append(other_fn(d[p], d[o]).where(both))
    return pd.concat(cols, axis=1).mean(axis=1, skipna=True)


def servqual(period, seg, segv, d, item_level):
    gaps, ns = {}, {}
    for dim in DIMS:
        pairs = [(p, PAIRS["expectation"][p]) for p in P_ITEMS
                 if ITEMS[p]["dim"] == dim and p in PAIRS["expectation"]]
        if item_level:
            for p, e in pairs:
                both = d[p].notna() & d[e].notna()
                n = int(both.sum())
                add("perception_mean", period, seg, segv, mean_or_nan(d.loc[both, p]), n, dim=dim, item=p)
                add("expectation_mean", period, seg, segv, mean_or_nan(d.loc[both, e]), n, dim=dim, item=p)
                add("servqual_gap", period, seg, segv, mean_or_nan(d.loc[both, p] - d.loc[both, e]), n,
                    dim=dim, item=p)
        if not pairs:
            gaps[dim], ns[dim] = float("nan"), 0
            continue
        rp = respondent_dim_means(d, pairs, lambda P, O: P).dropna()
        re_ = respondent_dim_means(d, pairs, lambda P, O: O).dropna()
        rg = respondent_dim_means(d, pairs, lambda P, O: P - O).dropna()
        n = len(rg)
        add("perception_mean", period, seg, segv, mean_or_nan(rp), n, dim=dim)
        add("expectation_mean", period, seg, segv, mean_or_nan(re_), n, dim=dim)
        add("servqual_gap", period, seg, segv, mean_or_nan(rg), n, dim=dim)
        gaps[dim], ns[dim] = mean_or_nan(rg), n
    nmin = min(ns.values())
    defined = all(not math.isnan(g) for g in gaps.values())
    add("servqual_gap", period, seg, segv,
        sum(gaps.values()) / len(gaps) if defined else None, nmin)
    # weights: project servqual.weights, else mean importance per dimension, else equal
    if SERVQUAL_WEIGHTS:
        w = {dim: float(SERVQUAL_WEIGHTS[dim]) for dim in DIMS}
    else:
        w = {}
        for dim in DIMS:
            imp = role_items("importance", dim)
            w[dim] = mean_or_nan(d[imp[0]["id"]].dropna()) if imp else float("nan")
        if any(math.isnan(x) for x in w.values()):  # DECISION: any missing -> equal
            w = {dim: 1.0 for dim in DIMS}
    weighted = (sum(w[dim] * gaps[dim] for dim in DIMS) / sum(w.values())) if defined else None
    add("servqual_weighted", period, seg, segv, weighted, nmin)


def zot(period, seg, segv, d):
    for dim in DIMS:
        for role, level_ind, diff_ind in (("adequate", "zot_adequate", "zot_msa"),
                                          ("desired", "zot_desired", "zot_mss")):
            pairs = [(p, PAIRS[role][p]) for p in P_ITEMS
                     if ITEMS[p]["dim"] == dim and p in PAIRS[role]]
            if not pairs:
                continue
            level = respondent_dim_means(d, pairs, lambda P, O: O).dropna()
            diff = respondent_dim_means(d, pairs, lambda P, O: P - O).dropna()
            add(level_ind, period, seg, segv, mean_or_nan(level), len(level), dim=dim)
            add(diff_ind, period, seg, segv, mean_or_nan(diff), len(diff), dim=dim)


def zot_inconsistent(period, d):
    # DECISION (csbook's): all respondents only; share of the items answered
    # with both adequate and desired valid where adequate > desired, n = those items.
    pairs = [(PAIRS["adequate"][p], PAIRS["desired"][p]) for p in P_ITEMS
             if p in PAIRS["adequate"] and p in PAIRS["desired"]]
    if not pairs:
        return
    both = 0
    above = 0
    for a, dd in pairs:
        valid = d[a].notna() & d[dd].notna()
        both += int(valid.sum())
        above += int((d[a][valid] > d[dd][valid]).sum())
    add("zot_inconsistent", period, "all", "", 100.0 * above / both if both else None, both)


def alpha_of(frame):
    frame = frame.dropna()
    n, k = frame.shape
    if k < 2 or n < 2 or frame.sum(axis=1).var(ddof=1) == 0:
        return None, n
    a, _ci = pg.cronbach_alpha(data=frame, nan_policy="listwise")
    return float(a), n


def cronbach(period, d):
    for dim in DIMS:
        ps = [p for p in P_ITEMS if ITEMS[p]["dim"] == dim]
        es = [i["id"] for i in role_items("expectation", dim)]
        gp = [(p, PAIRS["expectation"][p]) for p in ps if p in PAIRS["expectation"]]
        blocks = {
            "perception": d[ps],
            "expectation": d[es],
            "gap": pd.DataFrame({p: d[p] - d[e] for p, e in gp}),
        }
        for key, frame in blocks.items():
            a, n = alpha_of(frame)
            add("cronbach_alpha", period, "all", "", a, n, dim=dim, key=key)


def loyalty(period, seg, segv, d):
    both = d[OVERALL].notna() & d[NPS].notna()
    o, r = d.loc[both, OVERALL], d.loc[both, NPS]
    n = int(both.sum())
    hs = o >= ITEMS[OVERALL]["hi"] - 1
    hl = r >= 9
    for key, m in (("loyalist", hs & hl), ("mercenary", hs & ~hl),
                   ("hostage", ~hs & hl), ("defector", ~hs & ~hl)):
        add("loyalty_quadrant", period, seg, segv, 100.0 * float(m.sum()) / n if n else None, n, key=key)


# ----------------------------------------------------------------------------
# drivers (M8)

def johnson(rxx, rxy):
    lam, vec = np.linalg.eigh(rxx)
    lam = np.clip(lam, 0.0, None)
    lstar = vec @ np.diag(np.sqrt(lam)) @ vec.T
    beta_z = np.linalg.solve(lstar, rxy)
    return (lstar ** 2) @ (beta_z ** 2)


def check_johnson():
    rs = np.array([[1.0, 0.2, 0.3, 0.4, -0.4],
                   [0.2, 1.0, 0.5, 0.1, 0.1],
                   [0.3, 0.5, 1.0, 0.2, -0.3],
                   [0.4, 0.1, 0.2, 1.0, 0.4],
                   [-0.4, 0.1, -0.3, 0.4, 1.0]])
    eps = johnson(rs[:4, :4], rs[:4, 4])
    assert np.allclose(eps, [0.24066119, 0.05492664, 0.12143476, 0.28158189], atol=5e-9), eps
    r2 = rs[:4, 4] @ np.linalg.solve(rs[:4, :4], rs[:4, 4])
    assert abs(eps.sum() - r2) < 1e-12


def driver_sample(d):
    """Listwise: overall valid and >= 1 valid P item in every dimension."""
    X = pd.DataFrame({dim: d[[p for p in P_ITEMS if ITEMS[p]["dim"] == dim]].mean(axis=1, skipna=True)
                      for dim in DIMS})
    X["y"] = d[OVERALL]
    return X.dropna()


def drivers(month, seg, segv, mask):
    window = {month_add(month, -k) for k in range(WINDOW)}
    d = V[mask & V["month"].isin(window)]
    S = driver_sample(d)
    n, p = len(S), len(DIMS)
    undefined = n <= p + 1
    if not undefined:
        Z = (S - S.mean()) / S.std(ddof=1)
        if not np.isfinite(Z.to_numpy()).all():
            undefined = True  # DECISION: a zero-variance variable leaves the drivers undefined
    if not undefined:
        R = np.corrcoef(S[DIMS].to_numpy(), rowvar=False)
        if np.linalg.cond(R) > 1e12:
            undefined = True
    # Performance: the dimension's mean P over the driver sample, on 0-100.
    lo, hi = ITEMS[P_ITEMS[0]]["lo"], ITEMS[P_ITEMS[0]]["hi"]
    perf = {dim: (float(S[dim].mean()) - lo) / (hi - lo) * 100.0 for dim in DIMS}
    if undefined:
        add("driver_r2", month, seg, segv, None, n)
        for dim in DIMS:
            add("driver_beta", month, seg, segv, None, n, dim=dim)
            add("driver_weight", month, seg, segv, None, n, dim=dim)
            add("ipa_performance", month, seg, segv, perf[dim], n, dim=dim)
            add("ipa_quadrant", month, seg, segv, None, n, dim=dim)
        return
    fit = sm.OLS(Z["y"].to_numpy(), sm.add_constant(Z[DIMS].to_numpy())).fit()
    betas = fit.params[1:]
    r2 = float(fit.rsquared)
    rxy = np.array([np.corrcoef(S[dim], S["y"])[0, 1] for dim in DIMS])
    eps = johnson(R, rxy)
    assert abs(eps.sum() - r2) < 1e-9, (eps.sum(), r2)
    add("driver_r2", month, seg, segv, r2, n)
    for j, dim in enumerate(DIMS):
        add("driver_beta", month, seg, segv, float(betas[j]), n, dim=dim)
        add("driver_weight", month, seg, segv, float(eps[j]), n, dim=dim)
    # IPA
    for dim in DIMS:
        add("ipa_performance", month, seg, segv, perf[dim], n, dim=dim)
    imp = {dim: float(eps[j]) for j, dim in enumerate(DIMS)}
    ci, cp = sum(imp.values()) / len(DIMS), sum(perf.values()) / len(DIMS)
    for dim in DIMS:
        high_i, high_p = imp[dim] >= ci, perf[dim] >= cp
        q = 1 if (high_i and not high_p) else 2 if (high_i and high_p) else 3 if not high_p else 4
        add("ipa_quadrant", month, seg, segv, float(q), n, dim=dim, label=IPA_LABELS[q])


# ----------------------------------------------------------------------------
# activity (M11)

def activity():
    a = PROJECT["activity"]
    files = a["files"] if isinstance(a["files"], list) else [a["files"]]
    act = pd.concat([pd.read_csv(os.path.join(HERE, f), dtype=str, keep_default_na=False) for f in files])
    act["m"] = act[a.get("period_column", "month")].str[:7]
    act["c"] = act[a.get("customer_column", "customer_id")]
    act["k"] = act[a.get("purchases_column", "purchases")].astype(int)
    assert (act["k"] >= 1).all(), "fixture has no zero-purchase rows"
    months = sorted(act["m"].unique())
    first, last = months[0], months[-1]
    sets = {m: set(g["c"]) for m, g in act.groupby("m")}
    m = month_add(first, 1)
    while m <= last:
        prev, cur = sets.get(month_add(m, -1), set()), sets.get(m, set())
        if prev:
            ret = 100.0 * len(prev & cur) / len(prev)
            add("retention_rate", m, "all", "", ret, len(prev))
            add("churn_rate", m, "all", "", 100.0 - ret, len(prev))
        m = month_add(m, 1)
    m = month_add(first, 11)
    while m <= last:
        window = {month_add(m, -k) for k in range(12)}
        tot = act[act["m"].isin(window)].groupby("c")["k"].sum()
        n1 = int((tot >= 1).sum())
        add("repurchase_rate", m + "-TTM", "all", "", 100.0 * float((tot >= 2).sum()) / n1 if n1 else None, n1)
        m = month_add(m, 1)


# ----------------------------------------------------------------------------
# comparisons

CMP = []


def cell(month, seg, segv, indicator):
    """(value, n, data for the test) of a headline indicator in a cell."""
    d = V[(V["month"] == month) & group_mask(seg, segv)]
    if indicator in ("overall_mean", "ces"):
        x = d[OVERALL if indicator == "overall_mean" else CES].dropna().to_numpy()
        return mean_or_nan(pd.Series(x)), len(x), x
    if indicator == "csat":
        x = d[OVERALL].dropna()
        n = len(x)
        k = top2(OVERALL, x)
        return (100.0 * k / n if n else float("nan")), n, (k, n)
    if indicator == "nps":
        nps, se, n = nps_stats(d[NPS].dropna())
        return nps, n, se
    raise ValueError(indicator)


def test(indicator, a, b):
    """(test, statistic, df, p) comparing cell a with base cell b; None when undefined."""
    if indicator in ("overall_mean", "ces"):
        x, y = a, b
        if len(x) < 2 or len(y) < 2 or (np.var(x) == 0 and np.var(y) == 0):
            return "welch_t", None, None, None
        r = st.ttest_ind(x, y, equal_var=False)
        return "welch_t", float(r.statistic), float(r.df), float(r.pvalue)
    if indicator == "csat":
        (k1, n1), (k2, n2) = a, b
        pooled = (k1 + k2) / (n1 + n2)
        if n1 == 0 or n2 == 0 or pooled in (0.0, 1.0):
            return "two_proportion_z", None, None, None
        z, p = proportions_ztest(np.array([k1, k2]), np.array([n1, n2]))
        return "two_proportion_z", float(z), None, float(p)
    if indicator == "nps":
        (v1, se1), (v2, se2) = a, b
        se = math.sqrt(se1 ** 2 + se2 ** 2)
        if se == 0:
            return "nps_difference", None, None, None
        z = (v1 - v2) / se
        return "nps_difference", z, None, float(2.0 * st.norm.sf(abs(z)))
    raise ValueError(indicator)


def comparisons():
    for month in MONTHS:
        for seg, segv, _ in groups():
            for indicator in ("overall_mean", "ces", "csat", "nps"):
                for against, base in (("previous", month_add(month, -1)), ("last_year", month_add(month, -12))):
                    v, n, da = cell(month, seg, segv, indicator)
                    bv, bn, db = cell(base, seg, segv, indicator)
                    if n < MIN_CELL or bn < MIN_CELL:
                        continue
                    if indicator == "nps":
                        da, db = (v, da), (bv, db)
                    name, stat, df, p = test(indicator, da, db)
                    CMP.append(dict(period=month, segment=seg, segment_value=segv, indicator=indicator,
                                    against=against, base_period=base, value=v, base_value=bv,
                                    difference=v - bv, n=n, base_n=bn, test=name, statistic=stat,
                                    df=df, p=p, low_base=(n < LOW_BASE or bn < LOW_BASE)))
        for seg in SEGMENTS:
            for indicator in ("overall_mean", "ces"):
                samples = []
                for s, segv, _ in groups():
                    if s != seg:
                        continue
                    _v, n, x = cell(month, seg, segv, indicator)
                    if n >= MIN_CELL:
                        samples.append(x)
                if len(samples) < 2:
                    continue
                allx = np.concatenate(samples)
                N, k = len(allx), len(samples)
                grand = allx.mean()
                ssb = sum(len(x) * (x.mean() - grand) ** 2 for x in samples)
                ssw = sum(((x - x.mean()) ** 2).sum() for x in samples)
                if ssw == 0:
                    F, p = None, None
                else:
                    r = st.f_oneway(*samples)
                    F, p = float(r.statistic), float(r.pvalue)
                CMP.append(dict(period=month, segment=seg, segment_value="", indicator=indicator,
                                against="segment_values", base_period="",
                                value=(ssb / (ssb + ssw)) if ssb + ssw > 0 else None,
                                base_value=None, difference=None, n=N, base_n=None, test="anova",
                                statistic=F, df="%d/%d" % (k - 1, N - k), p=p,
                                low_base=any(len(x) < LOW_BASE for x in samples)))
    # Benjamini-Hochberg per month over the rows that have a p
    by_month = defaultdict(list)
    for r in CMP:
        if r["p"] is not None and not math.isnan(r["p"]):
            by_month[r["period"]].append(r)
    for rows in by_month.values():
        adj = multipletests([r["p"] for r in rows], method="fdr_bh")[1]
        for r, a in zip(rows, adj):
            r["p_adjusted"] = float(a)
    for r in CMP:
        r.setdefault("p_adjusted", None)
        sig = r["p_adjusted"] is not None and r["p_adjusted"] < LEVEL and not r["low_base"]
        r["significant"] = sig
        r["direction"] = ("up" if r["difference"] > 0 else "down") if (sig and r["test"] != "anova") else ""


# ----------------------------------------------------------------------------

def main():
    warnings.simplefilter("error", RuntimeWarning)
    check_johnson()
    for seg, segv, _ in groups():
        mask = group_mask(seg, segv)
        item_level = seg == "all" or seg in ITEM_SEGMENTS
        for kind in ("month", "quarter"):
            for period in (MONTHS if kind == "month" else QUARTERS):
                pm = mask & (V[kind] == period)
                if not pm.any():
                    continue  # no respondent in this cell: no rows at all
                d = V[pm]
                headline(period, seg, segv, d)
                if item_level:
                    item_rows(period, seg, segv, d, pm)
                cs_index(period, seg, segv, d)
                servqual(period, seg, segv, d, item_level)
                zot(period, seg, segv, d)
                loyalty(period, seg, segv, d)
                if seg == "all":
                    cronbach(period, d)
                    zot_inconsistent(period, d)
        for month in MONTHS:
            drivers(month, seg, segv, mask)
    if "activity" in PROJECT:
        activity()
    comparisons()

    rows = [r for r in IND if r["n"] >= MIN_CELL]
    ikey = lambda r: (r["indicator"], r["period"], r["segment"], r["segment_value"], r["dimension"],
                      r["item"], r["key"])
    rows.sort(key=ikey)
    assert len({ikey(r) for r in rows}) == len(rows), "duplicate indicator keys"
    with open(os.path.join(HERE, "expected_indicators.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(IND_HEADER)
        for r in rows:
            w.writerow([fmt(r[h]) for h in IND_HEADER])
    ckey = lambda r: (r["period"], r["segment"], r["segment_value"], r["indicator"], r["against"])
    CMP.sort(key=ckey)
    assert len({ckey(r) for r in CMP}) == len(CMP), "duplicate comparison keys"
    with open(os.path.join(HERE, "expected_comparisons.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(CMP_HEADER)
        for r in CMP:
            w.writerow([fmt(r[h]) for h in CMP_HEADER])

    # summary
    print("expected_indicators.csv: %d rows (%d before suppression)" % (len(rows), len(IND)))
    for ind, c in sorted(Counter(r["indicator"] for r in rows).items()):
        print("  %-22s %6d" % (ind, c))
    print("expected_comparisons.csv: %d rows, %d significant" % (len(CMP), sum(r["significant"] for r in CMP)))
    for (ind, ag), c in sorted(Counter((r["indicator"], r["against"]) for r in CMP).items()):
        print("  %-14s %-15s %4d" % (ind, ag, c))


if __name__ == "__main__":
    sys.exit(main())
