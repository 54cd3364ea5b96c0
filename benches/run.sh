#!/usr/bin/env bash
# csbook beside the Polars and DuckDB peers of ../shared/bench, on the same
# generated data, in the same run. See benches/README.md.
#
#   benches/run.sh                 # 1,000,000 survey rows, 7 interleaved rounds
#   RUNS=5 PEERS="polars duckdb pandas" benches/run.sh
#
# Environment (all optional):
#   ROWS      survey rows to generate (default 1000000; complaints are ROWS/10)
#   DATA      data folder (default /tmp/csbook-bench/1m for 1M rows, else /tmp/csbook-bench/ROWS)
#   RUNS      timed rounds (default 7, at least 5); one untimed warm-up round comes first
#   PEERS     peers of the shared bench to run beside csbook (default "polars duckdb")
#   CARGO_TARGET_DIR   where csbook is built (default /tmp/csbook-bench-target,
#             kept apart from the repository's target/ so dev builds are never blocked)
#   SKIP_BUILD=1       use the csbook binary already in CARGO_TARGET_DIR
#   QUIET_WAIT=SECONDS wait up to this long for other processes to go quiet before
#             timing (default 0); the load they caused is printed with the results
#   VARIANTS="LABEL=DIR ..."  also time `csbook indicators` (this build) on other
#             project folders over the same data, e.g. "csbook-no-e=benches/variants/no-e"
#   BASELINE=REV       also time `csbook indicators` of an earlier commit (tool
#             `csbook@REV`), on that commit's own benches/project: the source is
#             taken with `git archive` (the working tree is not touched) and built
#             once into /tmp/csbook-bench-baseline/
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=$(cd "$(dirname "$0")/../../shared/bench" && pwd)
ROWS=${ROWS:-1000000}
if [ "$ROWS" = 1000000 ]; then DATA=${DATA:-/tmp/csbook-bench/1m}; else DATA=${DATA:-/tmp/csbook-bench/$ROWS}; fi
RUNS=${RUNS:-7}
PEERS=${PEERS:-polars duckdb}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/csbook-bench-target}
CSBOOK=$CARGO_TARGET_DIR/release/csbook
SURVEY=$DATA/survey.csv
COMPLAINTS=$DATA/complaints.csv

if [ "$RUNS" -lt 5 ]; then echo "RUNS must be at least 5" >&2; exit 2; fi
case " $PEERS " in *" polars "*) ;; *) echo "PEERS must include polars (the ratio column is to Polars)" >&2; exit 2;; esac

step() { printf '\n== %s\n' "$*" >&2; }

# (a) the Python peers
step "python peers"
if ! python3 -c 'import numpy, pandas, polars, duckdb, pyarrow' 2>/dev/null; then
    python3 -m pip install --quiet numpy pandas polars duckdb pyarrow
fi

# (b) the data
step "data in $DATA"
if [ -s "$SURVEY" ] && [ -s "$COMPLAINTS" ]; then
    echo "present: $(wc -c <"$SURVEY") + $(wc -c <"$COMPLAINTS") bytes (delete $DATA to regenerate)" >&2
else
    python3 "$SHARED/gen.py" --rows "$ROWS" --out "$DATA"
fi

# (c) csbook, release
step "csbook release build in $CARGO_TARGET_DIR"
# The source state of the binary is recorded beside it, since the working tree
# may change (or stop compiling) after the build.
STAMP_FILE=$CSBOOK.bench-source
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    source_state="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' + uncommitted changes in src/'), built $(date -u '+%Y-%m-%d %H:%M UTC')"
    if ! (cd "$REPO" && cargo build --release); then
        echo "the build failed; SKIP_BUILD=1 benches/run.sh reuses the last binary ($(cat "$STAMP_FILE" 2>/dev/null || echo none))" >&2
        exit 1
    fi
    echo "$source_state" >"$STAMP_FILE"
fi
[ -x "$CSBOOK" ] || { echo "no $CSBOOK" >&2; exit 1; }

# The project: benches/project for the default data folder, else a copy that
# points at DATA. benches/project uses the built-in instrument (`instrument:
# servqual22`), so only the data paths change; a project naming an instrument
# file of the repository's data/instruments gets it as an absolute path, and the
# other files of a project folder (say a variant's instrument.yaml) are copied.
# project_for SRC_DIR DEST_DIR REPO_ROOT: prints the folder to use.
project_for() {
    if [ "$DATA" = /tmp/csbook-bench/1m ]; then echo "$1"; return; fi
    mkdir -p "$2"
    cp -R "$1"/. "$2"/
    sed -e "s#/tmp/csbook-bench/1m#$DATA#g" \
        -e "s#\.\./\.\./data/instruments/#$3/data/instruments/#" \
        "$1/csbook.yaml" >"$2/csbook.yaml"
    echo "$2"
}
PROJECT=$(project_for "$HERE/project" "$DATA/csbook-project" "$REPO")

# An earlier commit, for the cost of what was added since (BASELINE=REV).
if [ -n "${BASELINE:-}" ]; then
    BASE_SHA=$(git -C "$REPO" rev-parse --short "$BASELINE^{commit}")
    BASE_DIR=/tmp/csbook-bench-baseline/$BASE_SHA
    BASE_BIN=/tmp/csbook-bench-baseline/target/release/csbook-$BASE_SHA
    if [ ! -x "$BASE_BIN" ]; then
        step "baseline csbook@$BASE_SHA: git archive into $BASE_DIR, release build"
        rm -rf "$BASE_DIR" && mkdir -p "$BASE_DIR"
        git -C "$REPO" archive "$BASE_SHA" | tar -x -C "$BASE_DIR"
        (cd "$BASE_DIR" && CARGO_TARGET_DIR=/tmp/csbook-bench-baseline/target cargo build --release)
        cp /tmp/csbook-bench-baseline/target/release/csbook "$BASE_BIN"
    fi
    # Its own bench project, with its own instrument file.
    if [ "$DATA" = /tmp/csbook-bench/1m ]; then
        BASE_PROJECT=$BASE_DIR/benches/project
    else
        BASE_PROJECT=$(project_for "$BASE_DIR/benches/project" "$DATA/csbook-project-$BASE_SHA" "$BASE_DIR")
    fi
fi

WORK=$(mktemp -d /tmp/csbook-bench-run.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$DATA/results-$STAMP.jsonl

# One command line per tool, tab-free; {out} files go to WORK.
declare -A CMD
ORDER=(csbook-indicators csbook-build)
CMD[csbook-indicators]="$CSBOOK --quiet indicators --root $PROJECT --format json"
CMD[csbook-build]="$CSBOOK --quiet build --root $PROJECT --out $WORK/site"
for v in ${VARIANTS:-}; do
    label=${v%%=*} dir=${v#*=}
    case $dir in /*) ;; *) dir=$REPO/$dir;; esac
    [ -f "$dir/csbook.yaml" ] || { echo "VARIANTS: no $dir/csbook.yaml" >&2; exit 2; }
    ORDER+=("$label")
    CMD[$label]="$CSBOOK --quiet indicators --root $(project_for "$dir" "$DATA/csbook-project-$label" "$REPO") --format json"
done
if [ -n "${BASELINE:-}" ]; then
    ORDER+=("csbook@$BASE_SHA")
    CMD[csbook@$BASE_SHA]="$BASE_BIN --quiet indicators --root $BASE_PROJECT --format json"
fi
for p in $PEERS; do
    ORDER+=("$p")
    CMD[$p]="python3 $SHARED/peer_$p.py $SURVEY $COMPLAINTS $WORK/$p.json"
done

# Check every command once before timing anything (the harness hides output).
step "smoke run"
for t in "${ORDER[@]}"; do
    # shellcheck disable=SC2086
    ${CMD[$t]} >/dev/null 2>"$WORK/$t.err" || { echo "$t failed:" >&2; cat "$WORK/$t.err" >&2; exit 1; }
done
"$CSBOOK" --quiet indicators --root "$PROJECT" --format json >"$WORK/csbook.json"

# (d) interleaved timing: round 0 is a warm-up (not recorded); in round r the
# tools start at position r, so no tool always runs first or after the same one.
step "timing: ${#ORDER[@]} tools x $RUNS rounds (+1 warm-up), harness.py run, results in $RESULTS"
# Other work on the machine during the timing: CPU time the kernel counts as busy
# (/proc/stat) minus the CPU time of this script's own children (bash `times`).
busy_s() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / {printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz}' /proc/stat; }
# `times` must run in this shell (a subshell has no children of its own).
own_s() { awk 'NR == 2 {split($0, f, /[ ms]+/); print f[1] * 60 + f[2] + f[3] * 60 + f[4]}' "$WORK/times"; }
# Wait (up to QUIET_WAIT seconds, default 0) for 5 s in which other processes use
# under 0.2 CPUs; say how busy the machine was either way.
waited=0
while :; do
    b0=$(busy_s); sleep 5; b1=$(busy_s)
    idle_load=$(awk -v a="$b0" -v b="$b1" 'BEGIN {printf "%.2f", (b - a) / 5}')
    if awk -v l="$idle_load" 'BEGIN {exit !(l < 0.2)}' || [ "$waited" -ge "${QUIET_WAIT:-0}" ]; then break; fi
    waited=$((waited + 5))
done
echo "other load just before timing: $idle_load CPUs (waited ${waited}s)" >&2
times >"$WORK/times"; BUSY0=$(busy_s) OWN0=$(own_s) T0=$(date +%s.%N)
k=${#ORDER[@]}
for ((r = 0; r <= RUNS; r++)); do
    for ((i = 0; i < k; i++)); do
        t=${ORDER[$(((i + r) % k))]}
        if [ "$r" = 0 ]; then jsonl=$WORK/warmup.jsonl; else jsonl=$RESULTS; fi
        # shellcheck disable=SC2086
        line=$(python3 "$SHARED/harness.py" run -n 1 --warmup 0 --label "$t" --jsonl "$jsonl" -- ${CMD[$t]})
        printf 'round %d/%d  %-18s %s\n' "$r" "$RUNS" "$t" "$line" >&2
    done
done

times >"$WORK/times"; BUSY1=$(busy_s) OWN1=$(own_s) T1=$(date +%s.%N)
OTHER=$(awk -v b0="$BUSY0" -v b1="$BUSY1" -v o0="$OWN0" -v o1="$OWN1" -v t0="$T0" -v t1="$T1" -v n="$(nproc)" \
    'BEGIN {o = (b1 - b0) - (o1 - o0); if (o < 0) o = 0; printf "%.1f CPU-s from other processes over %.0f s of timing (%.2f of %d CPUs on average)", o, t1 - t0, o / (t1 - t0), n}')

# Machine and versions.
step "environment"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
    echo "other load during timing: $OTHER"
    echo "data: $(($(wc -l <"$SURVEY") - 1)) survey rows ($(du -m "$SURVEY" | cut -f1) MB), $(($(wc -l <"$COMPLAINTS") - 1)) complaints ($(du -m "$COMPLAINTS" | cut -f1) MB)"
    echo "csbook: $("$CSBOOK" --version) from $(cat "$STAMP_FILE" 2>/dev/null || echo 'an unknown source state'), $(rustc --version)"
    if [ -n "${BASELINE:-}" ]; then echo "baseline: csbook@$BASE_SHA, $(git -C "$REPO" log -1 --format='%cd: %s' --date=format:'%Y-%m-%d %H:%M' "$BASE_SHA")"; fi
    for v in ${VARIANTS:-}; do echo "variant: ${v%%=*} = this csbook on ${v#*=}"; done
    echo "peers: $(python3 -c 'import sys, polars, duckdb, pandas; print("Python %s, Polars %s, DuckDB %s, pandas %s" % (sys.version.split()[0], polars.__version__, duckdb.__version__, pandas.__version__))')"
} | tee "$WORK/env.txt"

# (e) the table
step "results (median of $RUNS interleaved runs; peak RSS from wait4)"
python3 - "$RESULTS" "${ORDER[@]}" <<'PY'
import json, statistics, sys
path, order = sys.argv[1], sys.argv[2:]
runs = {t: [] for t in order}
errors = {}
for line in open(path):
    r = json.loads(line)
    if "error" in r:
        errors[r["label"]] = r["error"]
    else:
        runs[r["label"]].append(r)
def med(t, k):
    return statistics.median(r[k]["median"] for r in runs[t])
base = runs.get("polars") and (med("polars", "wall_s"), med("polars", "peak_mib"))
print("| tool | median wall s | min-max wall s | CPU s (user+sys) | peak MiB | wall / Polars | peak / Polars |")
print("|---|---:|---:|---:|---:|---:|---:|")
for t in order:
    if t in errors or not runs[t]:
        print("| %s | %s | | | | | |" % (t, errors.get(t, "no runs")))
        continue
    w, m = med(t, "wall_s"), med(t, "peak_mib")
    ws = [r["wall_s"]["median"] for r in runs[t]]
    cpu = statistics.median(r["user_s"]["median"] + r["sys_s"]["median"] for r in runs[t])
    print("| %s | %.3f | %.3f-%.3f | %.2f | %.0f | %s | %s |" % (
        t, w, min(ws), max(ws), cpu, m,
        "%.2f" % (w / base[0]) if base else "", "%.2f" % (m / base[1]) if base else ""))
print("\n(%d timed runs each)" % min(len(v) for v in runs.values()))
PY

# Correctness: the peers agree with each other, and csbook with Polars.
step "correctness"
peer_outs=()
for p in $PEERS; do peer_outs+=("$WORK/$p.json"); done
status=0
if [ "${#peer_outs[@]}" -gt 1 ]; then python3 "$SHARED/compare.py" "${peer_outs[@]}" || status=1; fi
python3 "$HERE/check_month_region.py" --csbook "$CSBOOK" --project "$PROJECT" \
    --survey "$SURVEY" --complaints "$COMPLAINTS" \
    --polars-json "$WORK/polars.json" --csbook-json "$WORK/csbook.json" || status=1
exit $status
