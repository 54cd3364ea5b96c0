#!/usr/bin/env python3
"""Independent check of the planted stories in the example data.

Reads the CSVs that generate.py wrote (it does not import generate.py) and
prints, following docs methods M0/M1/M3/M9:
  * overall responses, mean, CSAT (top-2-box %) and NPS by month;
  * NPS of 华南 vs all other regions by month (story A), with the
    reliability/responsiveness perception means;
  * complaints by month, 上门超时 counts and shares (story B);
  * SERVQUAL gap (P - E) by dimension over all months;
  * the smallest branch cells (minimum cell size 10).
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


if __name__ == "__main__":
    main()
