#!/usr/bin/env python3
"""Seeded generator of the survey_stats fixture data: responses.csv and activity.csv.

Run from anywhere (numpy only):  python3 tests/survey_stats/make_data.py
then regenerate the expected tables:  python3 tests/survey_stats/expected.py

What the data contain on purpose (see README.md):
- 15 months 2024-01 .. 2025-03 (five whole quarters), so `last_year` comparisons
  exist for 2025-01 .. 2025-03;
- region North (~45-70 a month), South (~28-45), West (8-20: a low base, n < 30),
  and Atlantis, 1 response in 4 months of 4 different quarters: below
  min_cell_size (5) in every month and quarter, so it must appear nowhere;
- West 2024-07 has only 3 responses (that cell is suppressed, and West is left out
  of that month's ANOVA);
- 2025-02: North drops sharply (overall, nps, ces, perceptions), so several
  comparisons are significant;
- West 2024-11: every respondent gives the same perception answers
  (rel_p1 4, rel_p2 5, rel_p3 3 raw = 5 after reverse coding, emp_p1 4, emp_p2 4), so
  cs_index = (2*35 + 50 + 50 + 35 + 35) / 6 = 40 exactly, the lower edge of the band
  of level 5 (a tie on a band boundary); all its NPS answers are 9-10 but one 8, so
  the NPS confidence interval is clipped at 100;
- empty cells (~3 %) in every item, not-applicable codes 99 (~3 %) in the P, E, A,
  D items (~1 % in overall, nps, ces); the importance items have no na code, and
  99 is a valid answer there (~2 %);
- one respondent with the whole empathy dimension not applicable (2024-05), one
  with every reliability perception empty (2024-09);
- rel_p3 / rel_e3 are reverse coded: the file holds 8 - x.
"""
import csv
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260417

MONTHS = ["2024-%02d" % m for m in range(1, 13)] + ["2025-01", "2025-02", "2025-03"]
ITEMS = ["q_overall", "q_nps", "q_ces",
         "rel_p1", "rel_p2", "rel_p3", "rel_e1", "rel_e2", "rel_e3",
         "rel_a1", "rel_d1", "rel_a2",
         "emp_p1", "emp_p2", "emp_e1", "emp_e2", "emp_a1", "emp_d1", "emp_d2",
         "rel_imp", "emp_imp"]
PEAD = [i for i in ITEMS if i.split("_")[0] in ("rel", "emp") and not i.endswith("imp")]
REVERSED = {"rel_p3", "rel_e3"}
TINY = {"2024-02", "2024-06", "2024-10", "2025-02"}


def clip_round(x, lo, hi):
    return int(min(hi, max(lo, round(x))))


def respondent(rng, shift):
    """One respondent's true answers (before reverse coding and gaps)."""
    g = rng.normal() + shift
    rel = 0.7 * g + 0.7 * rng.normal()
    emp = 0.5 * g + 0.85 * rng.normal()
    exp_level = rng.normal()
    a = {}
    for k in (1, 2, 3):
        a["rel_p%d" % k] = clip_round(4.7 + 1.0 * rel + 0.7 * rng.normal(), 1, 7)
        a["rel_e%d" % k] = clip_round(5.6 + 0.5 * exp_level + 0.6 * rng.normal(), 1, 7)
    for k in (1, 2):
        a["emp_p%d" % k] = clip_round(4.6 + 1.0 * emp + 0.7 * rng.normal(), 1, 7)
        a["emp_e%d" % k] = clip_round(5.4 + 0.5 * exp_level + 0.6 * rng.normal(), 1, 7)
    for item in ("rel_a1", "rel_a2", "emp_a1"):
        a[item] = clip_round(4.0 + 0.3 * exp_level + 0.8 * rng.normal(), 1, 7)
    for item in ("rel_d1", "emp_d1", "emp_d2"):
        a[item] = clip_round(6.2 + 0.3 * exp_level + 0.6 * rng.normal(), 1, 7)
    overall = 4.8 + 0.9 * rel + 0.5 * emp + 0.6 * rng.normal()
    a["q_overall"] = clip_round(overall, 1, 7)
    a["q_nps"] = clip_round(6.8 + 1.4 * (overall - 4.8) + 1.2 * rng.normal(), 0, 10)
    a["q_ces"] = clip_round(5.0 + 0.6 * g + 1.0 * rng.normal(), 1, 7)
    if rng.random() < 0.02:
        a["rel_imp"], a["emp_imp"] = 99, 1
    else:
        a["rel_imp"] = clip_round(55 + 12 * rng.normal(), 0, 100)
        a["emp_imp"] = 100 - a["rel_imp"]
    return a


def main():
    rng = np.random.default_rng(SEED)
    rows = []
    count = 0
    for month in MONTHS:
        sizes = {
            "North": int(rng.integers(45, 71)),
            "South": int(rng.integers(28, 46)),
            "West": 3 if month == "2024-07" else int(rng.integers(8, 21)),
            "Atlantis": 1 if month in TINY else 0,
        }
        for region, size in sizes.items():
            for j in range(size):
                shift = -1.3 if (month == "2025-02" and region == "North") else 0.0
                a = respondent(rng, shift)
                if month == "2024-11" and region == "West":
                    a.update(rel_p1=4, rel_p2=5, rel_p3=5, emp_p1=4, emp_p2=4)
                    a["q_nps"] = 8 if j == 0 else int(rng.integers(9, 11))
                    cells = {k: str(v) for k, v in a.items()}
                else:
                    cells = {}
                    for item, v in a.items():
                        u = rng.random()
                        na_p = 0.03 if item in PEAD else (0.0 if item.endswith("imp") else 0.01)
                        if u < 0.03:
                            cells[item] = ""
                        elif u < 0.03 + na_p:
                            cells[item] = "99"
                        else:
                            cells[item] = str(v)
                for item in REVERSED:
                    if cells[item] not in ("", "99"):
                        cells[item] = str(8 - int(cells[item]))
                count += 1
                if month == "2024-05" and region == "North" and j == 0:
                    for item in ("emp_p1", "emp_p2", "emp_e1", "emp_e2", "emp_a1", "emp_d1", "emp_d2"):
                        cells[item] = "99"
                if month == "2024-09" and region == "South" and j == 0:
                    for item in ("rel_p1", "rel_p2", "rel_p3"):
                        cells[item] = ""
                day = int(rng.integers(1, 29))
                row = {"response_id": "r%05d" % count, "date": "%s-%02d" % (month, day), "region": region}
                row.update({i: cells[i] for i in ITEMS})
                rows.append(row)
    rows.sort(key=lambda r: (r["date"], r["response_id"]))
    with open(os.path.join(HERE, "responses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, ["response_id", "date", "region"] + ITEMS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    # customer activity: one row per customer and month with at least one purchase
    arng = np.random.default_rng(SEED + 1)
    active = arng.random(400) < 0.6
    act_rows = []
    for month in MONTHS:
        for c in range(400):
            if active[c]:
                act_rows.append(("c%04d" % (c + 1), month, 1 + int(arng.poisson(0.5))))
        p = np.where(active, 0.72, 0.3)
        active = arng.random(400) < p
    with open(os.path.join(HERE, "activity.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["customer_id", "month", "purchases"])
        w.writerows(act_rows)
    print("responses.csv: %d rows; activity.csv: %d rows" % (len(rows), len(act_rows)))


if __name__ == "__main__":
    main()
