#!/usr/bin/env python3
"""Independent check of the planted stories in the example data.

Reads the CSVs that generate.py wrote (it does not import generate.py) and
prints, following docs methods M0/M1/M3/M9:
  * overall responses, mean, CSAT (top-2-box %) and NPS by month;
  * NPS of 华南 vs all other regions by month (story A), with the
    reliability/responsiveness perception means;
  * complaints by month, 上门超时 counts and shares (story B);
  * SERVQUAL gap (P - E) by dimension over all months;
  * the smallest branch cells (minimum cell size 10);
  * zone of tolerance (M5): MSA/MSS by dimension, inconsistent A > D answers,
    and reliability/responsiveness MSA of 华南 vs the others (story A);
  * stated importance (mean of the 100 points per dimension);
  * monthly retention from customers/activity.csv (M11), 华南 vs the others.
Standard library only. Run: python3 data/check_stories.py
"""

import csv
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIMS = {"tangibles": range(1, 5), "reliability": range(5, 10), "responsiveness": range(10, 14),
        "assurance": range(14, 18), "empathy": range(18, 23)}


def valid(v, lo, hi):
    """A usable answer: not empty, not the 99 code, inside the scale."""
    if v == "":
        return None
    x = int(v)
    return x if lo <= x <= hi else None


def nps(values):
    n = len(values)
    if n == 0:
        return None
    return 100.0 * (sum(v >= 9 for v in values) - sum(v <= 6 for v in values)) / n


def mean(values):
    return sum(values) / len(values) if values else None


def fmt(x, nd=1):
    return "n/a" if x is None else f"{x:+.{nd}f}" if nd == 0 else f"{x:.{nd}f}"


def main():
    with open(HERE / "survey" / "responses.csv", encoding="utf-8", newline="") as f:
        survey = list(csv.DictReader(f))
    with open(HERE / "complaints" / "complaints.csv", encoding="utf-8", newline="") as f:
        complaints = list(csv.DictReader(f))

    q_by, nps_by, dim_by = defaultdict(list), defaultdict(list), defaultdict(list)
    branch_n = Counter()
    gap = defaultdict(list)
    for r in survey:
        month = r["date"][:7]
        south = "华南" if r["region"] == "华南" else "其他"
        q, n = valid(r["q_overall"], 1, 7), valid(r["nps"], 0, 10)
        for key in (("all", month), ("S", south, month), ("R", r["region"], month)):
            if q is not None:
                q_by[key].append(q)
            if n is not None:
                nps_by[key].append(n)
        for dim in ("reliability", "responsiveness"):
            vals = [valid(r[f"p{i}"], 1, 7) for i in DIMS[dim]]
            dim_by[(south, month)].extend(v for v in vals if v is not None)
        for dim, items in DIMS.items():
            for i in items:
                p, e = valid(r[f"p{i}"], 1, 7), valid(r[f"e{i}"], 1, 7)
                if p is not None and e is not None:
                    gap[dim].append(p - e)
        branch_n[(r["branch"], month)] += 1
    months = sorted({r["date"][:7] for r in survey})

    print("month    responses  mean   CSAT%   NPS    complaints")
    comp_month = Counter(r["received_at"][:7] for r in complaints)
    for m in months:
        qs = q_by[("all", m)]
        csat = 100.0 * sum(v >= 6 for v in qs) / len(qs)
        n_resp = sum(1 for r in survey if r["date"][:7] == m)
        print(f"{m}  {n_resp:9d}  {mean(qs):.3f}  {csat:5.1f}  {nps(nps_by[('all', m)]):+6.1f}"
              f"  {comp_month[m]:6d}")

    print("\nStory A: NPS 华南 vs other regions (and mean of reliability+responsiveness items)")
    print("month    n华南  NPS华南  NPS其他   diff   RR华南  RR其他")
    for m in months[-7:]:
        a, b = nps(nps_by[("S", "华南", m)]), nps(nps_by[("S", "其他", m)])
        print(f"{m}  {len(nps_by[('S', '华南', m)]):5d}  {a:+7.1f}  {b:+7.1f}  {a - b:+6.1f}"
              f"  {mean(dim_by[('华南', m)]):.2f}  {mean(dim_by[('其他', m)]):.2f}")
    print("\nNPS by region, last 7 months")
    regions = ["华北", "华东", "华南", "华中", "西南", "西北"]
    print("month    " + "  ".join(f"{r:>5}" for r in regions))
    for m in months[-7:]:
        print(f"{m}  " + "  ".join(f"{nps(nps_by[('R', r, m)]):+6.1f}" for r in regions))

    print("\nStory B: 上门超时 complaints by month")
    print("month    total  上门超时  share%  华南  调度中心  系统故障")
    for m in months[-7:]:
        rows = [r for r in complaints if r["received_at"][:7] == m]
        late = [r for r in rows if r["category"] == "上门超时"]
        print(f"{m}  {len(rows):5d}  {len(late):8d}  {100.0 * len(late) / len(rows):6.1f}"
              f"  {sum(r['region'] == '华南' for r in late):4d}"
              f"  {sum(r['department'] == '调度中心' for r in late):8d}"
              f"  {sum(r['defect'] == '系统故障' for r in late):8d}")
    base = [sum(1 for r in complaints if r["received_at"][:7] == m and r["category"] == "上门超时")
            for m in months[:-2]]
    print(f"usual 上门超时 (2024-11..2026-08 mean): {mean(base):.1f}")

    for m in months[-3:]:
        cats = Counter(r["category"] for r in complaints if r["received_at"][:7] == m)
        total, cum = sum(cats.values()), 0
        order = sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))
        parts = []
        for c, k in order:
            vital = cum / total < 0.80
            cum += k
            parts.append(f"{c} {k} ({100 * k / total:.1f}%){'*' if vital else ''}")
        print(f"Pareto {m} (* vital few): " + ", ".join(parts))

    print("\nSERVQUAL gap P-E by dimension (all months, pairwise valid)")
    for dim, g in gap.items():
        print(f"  {dim:15s} {mean(g):+.2f}  (n={len(g)})")
    tiny = sorted((n, b, m) for (b, m), n in branch_n.items())[:3]
    print("smallest branch cells:", tiny)
    opened = sum(1 for r in complaints if r["status"] == "处理中")
    print(f"open complaints: {opened}, of which received 2026-10-22 or later: "
          f"{sum(1 for r in complaints if r['status'] == '处理中' and r['received_at'] >= '2026-10-22')}")
    zone(survey, months)
    importance(survey)
    retention(survey)


def dim_msa(rows, dim, col):
    """Respondent-level dimension mean of P - A (col "a") or P - D (col "d"), M5."""
    per = []
    for r in rows:
        g = [valid(r[f"p{i}"], 1, 7) - valid(r[f"{col}{i}"], 1, 7) for i in DIMS[dim]
             if valid(r[f"p{i}"], 1, 7) is not None and valid(r[f"{col}{i}"], 1, 7) is not None]
        if g:
            per.append(mean(g))
    return mean(per)


def zone(survey, months):
    module = [r for r in survey if any(r[f"{c}{i}"] != "" for c in "ad" for i in range(1, 23))]
    pairs = inconsistent = 0
    for r in module:
        for i in range(1, 23):
            a, d = valid(r[f"a{i}"], 1, 7), valid(r[f"d{i}"], 1, 7)
            if a is not None and d is not None:
                pairs += 1
                inconsistent += a > d
    print(f"\nZone of tolerance: module answered by {len(module)} of {len(survey)} "
          f"({100.0 * len(module) / len(survey):.1f}%); A > D in {inconsistent} of {pairs} pairs "
          f"({100.0 * inconsistent / pairs:.2f}%)")
    for dim in DIMS:
        print(f"  {dim:15s} MSA {dim_msa(module, dim, 'a'):+.2f}  MSS {dim_msa(module, dim, 'd'):+.2f}")
    print("Story A in the zone: MSA (P - adequate) of reliability / responsiveness")
    print("month    n华南  华南 rel  华南 resp   其他 rel  其他 resp")
    for m in months[-7:]:
        s = [r for r in module if r["date"][:7] == m and r["region"] == "华南"]
        o = [r for r in module if r["date"][:7] == m and r["region"] != "华南"]
        print(f"{m}  {len(s):5d}  {dim_msa(s, 'reliability', 'a'):+7.2f}"
              f"  {dim_msa(s, 'responsiveness', 'a'):+8.2f}  {dim_msa(o, 'reliability', 'a'):+8.2f}"
              f"  {dim_msa(o, 'responsiveness', 'a'):+9.2f}")


def importance(survey):
    cols = [f"imp_{d}" for d in DIMS]
    answered = [[int(r[c]) for c in cols] for r in survey if all(r[c] != "" for c in cols)]
    bad = sum(sum(a) != 100 for a in answered)
    print(f"\nStated importance (100 points), {len(answered)} answers, {bad} not summing to 100:")
    print("  " + ", ".join(f"{d} {mean([a[j] for a in answered]):.1f}" for j, d in enumerate(DIMS)))


def retention(survey):
    home = {}
    for r in survey:
        home.setdefault(r["customer_id"], r["region"])
    with open(HERE / "customers" / "activity.csv", encoding="utf-8", newline="") as f:
        activity = list(csv.DictReader(f))
    active = defaultdict(set)
    for r in activity:
        south = "华南" if home.get(r["customer_id"]) == "华南" else "其他"
        active[(r["month"], south)].add(r["customer_id"])
        active[(r["month"], "all")].add(r["customer_id"])
    months = sorted({r["month"] for r in activity})
    print(f"\nRetention % (M11) from activity.csv: {len(activity)} rows, "
          f"{len({r['customer_id'] for r in activity})} customers")
    print("month    all    华南   其他")
    rates = []
    for prev, m in zip(months, months[1:]):
        line = [m]
        for key in ("all", "华南", "其他"):
            s, e = active[(prev, key)], active[(m, key)]
            line.append(f"{100.0 * len(s & e) / len(s):5.1f}")
        rates.append(float(line[1]))
        if m >= "2026-03":
            print("  ".join(line))
    print(f"mean monthly retention, all customers: {mean(rates):.1f}%")


if __name__ == "__main__":
    main()
