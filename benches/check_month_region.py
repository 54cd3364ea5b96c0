#!/usr/bin/env python3
"""Independent check of csbook's month x region survey figures against Polars.

Runs the Polars peer (../shared/bench/peer_polars.py) and `csbook indicators
--format json` on the same data, then compares every month x region cell:

  Polars month_region      csbook observation (segment == "region", period YYYY-MM)
  n                        indicator `responses`: value and n; `overall_mean`: n
  mean_q_overall           indicator `overall_mean`
  csat_top2 (0-1 share)    indicator `csat` / 100 (csbook's csat is 0-100)
  nps                      indicator `nps`

Values must agree to --rtol (default 1e-9) relative; counts exactly; and both
sides must have the same set of cells. Prints the number of cells compared;
exit status 1 on any mismatch.

Usage:
  python3 benches/check_month_region.py --csbook BIN --project DIR \
      --survey S.csv --complaints C.csv [--polars-json P.json] [--csbook-json C.json]

--polars-json / --csbook-json reuse existing outputs instead of running the tools.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "bench"))
MONTH = re.compile(r"^\d{4}-\d{2}$")


def polars_table(args):
    path = args.polars_json
    if not path:
        fd, path = tempfile.mkstemp(suffix=".json", prefix="polars-")
        os.close(fd)
        subprocess.run([sys.executable, os.path.join(SHARED, "peer_polars.py"),
                        args.survey, args.complaints, path], check=True)
    with open(path) as f:
        doc = json.load(f)
    if not args.polars_json:
        os.unlink(path)
    return {(r["month"], r["region"]): r for r in doc["month_region"]}, doc.get("meta", {})


def csbook_table(args):
    if args.csbook_json:
        with open(args.csbook_json) as f:
            rows = json.load(f)
    else:
        out = subprocess.run([args.csbook, "--quiet", "indicators", "--root", args.project, "--format", "json"],
                             check=True, stdout=subprocess.PIPE).stdout
        rows = json.loads(out)
    cells = {}
    for o in rows:
        # Only unkeyed observations (the JSON omits empty `key`, `dimension`, `item`).
        if o["segment"] != "region" or any(o.get(f) for f in ("key", "dimension", "item")) \
                or not MONTH.match(o["period"]):
            continue
        cells.setdefault((o["period"], o["segment_value"]), {})[o["indicator"]] = o
    return cells


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csbook", default="/tmp/csbook-bench-target/release/csbook")
    ap.add_argument("--project", default=os.path.join(HERE, "project"))
    ap.add_argument("--survey", default="/tmp/csbook-bench/1m/survey.csv")
    ap.add_argument("--complaints", default="/tmp/csbook-bench/1m/complaints.csv")
    ap.add_argument("--polars-json")
    ap.add_argument("--csbook-json")
    ap.add_argument("--rtol", type=float, default=1e-9)
    a = ap.parse_args()

    pol, meta = polars_table(a)
    cs = csbook_table(a)
    problems = []
    for k in sorted(set(pol) - set(cs)):
        problems.append("cell %s/%s: in Polars, not in csbook" % k)
    for k in sorted(set(cs) - set(pol)):
        problems.append("cell %s/%s: in csbook, not in Polars" % k)

    compared = 0
    worst = 0.0

    def check(key, what, want, got):
        nonlocal worst
        if got is None:
            problems.append("%s/%s %s: csbook has no value (Polars %r)" % (key + (what, want)))
            return
        # abs_tol only guards an exact zero reached by different float paths
        if not math.isclose(want, got, rel_tol=a.rtol, abs_tol=1e-12):
            problems.append("%s/%s %s: Polars %r vs csbook %r" % (key + (what, want, got)))
        elif want != 0:
            worst = max(worst, abs(want - got) / abs(want))

    for key in sorted(set(pol) & set(cs)):
        p, c = pol[key], cs[key]
        missing = [i for i in ("responses", "overall_mean", "csat", "nps") if i not in c]
        if missing:
            problems.append("%s/%s: csbook lacks %s (suppressed?)" % (key + (", ".join(missing),)))
            continue
        n = p["n"]
        if c["responses"]["n"] != n or c["responses"]["value"] != n or c["overall_mean"]["n"] != n:
            problems.append("%s/%s n: Polars %d vs csbook responses value %r, n %r, overall_mean n %r" % (
                key + (n, c["responses"]["value"], c["responses"]["n"], c["overall_mean"]["n"])))
        check(key, "mean_q_overall", p["mean_q_overall"], c["overall_mean"]["value"])
        check(key, "csat_top2", p["csat_top2"], None if c["csat"]["value"] is None else c["csat"]["value"] / 100.0)
        check(key, "nps", p["nps"], c["nps"]["value"])
        compared += 1

    months = sorted({k[0] for k in pol})
    print("month x region: %d cells compared (%d months x %d regions; Polars %s), "
          "4 figures each, rtol %g, worst relative difference %.2e" % (
              compared, len(months), len({k[1] for k in pol}), meta.get("version", "?"), a.rtol, worst))
    if problems or compared == 0:
        print("MISMATCH (%d problems)%s" % (len(problems), "" if problems else ": nothing compared"))
        for line in problems[:20]:
            print("  " + line)
        sys.exit(1)
    print("OK: csbook agrees with Polars")


if __name__ == "__main__":
    main()
