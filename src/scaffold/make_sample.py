#!/usr/bin/env python3
"""Writes the small sample data that `csbook new` puts into a new project.

Deterministic (fixed seed); run from anywhere: python3 src/scaffold/make_sample.py
"""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261124)
REGIONS = ["North", "South", "East"]
CHANNELS = ["store", "phone", "web"]
MONTHS = ["2026-08", "2026-09", "2026-10"]
CATEGORIES = ["Late arrival", "Repair quality", "Staff attitude", "Billing", "Other"]


def clamp(x, lo, hi):
    return max(lo, min(hi, int(round(x))))


# Expectations come from their own stream, so the other columns stay as they were.
expect = random.Random(20261125)
EXPECTED = [5.6, 6.3, 6.0, 6.1, 5.7]  # mean expectation of p1..p5: reliability highest

with open(os.path.join(HERE, "responses.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["response_id", "date", "region", "channel", "email", "q_overall", "nps", "ces",
                "p1", "p2", "p3", "p4", "p5", "e1", "e2", "e3", "e4", "e5"])
    rid = 0
    for m in MONTHS:
        for _ in range(60):
            rid += 1
            sat = rng.gauss(5.3, 1.1)
            w.writerow([
                "S%04d" % rid, "%s-%02d" % (m, rng.randint(1, 28)), rng.choice(REGIONS),
                rng.choice(CHANNELS), "person%d@example.com" % rid if rng.random() < 0.5 else "",
                clamp(sat, 1, 7), clamp(sat * 1.6 - 1.5 + rng.gauss(0, 1.2), 0, 10),
                clamp(sat + rng.gauss(0, 0.8), 1, 7),
                *[clamp(sat + rng.gauss(0, 0.9), 1, 7) for _ in range(5)],
                *[clamp(e + expect.gauss(0, 0.7), 1, 7) for e in EXPECTED],
            ])

with open(os.path.join(HERE, "complaints.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["complaint_id", "received_at", "category", "region", "severity", "resolved_at",
                "customer_name", "phone"])
    cid = 0
    for m in MONTHS:
        for _ in range(30):
            cid += 1
            day = rng.randint(1, 27)
            w.writerow([
                "K%04d" % cid, "%s-%02d %02d:%02d" % (m, day, rng.randint(8, 20), rng.randint(0, 59)),
                rng.choices(CATEGORIES, weights=[8, 5, 3, 2, 1])[0], rng.choice(REGIONS),
                rng.choice(["low", "medium", "high"]),
                "%s-%02d 18:00" % (m, day + 1) if rng.random() < 0.9 else "",
                "Customer %d" % cid, "1380013%04d" % cid,
            ])
