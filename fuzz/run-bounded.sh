#!/usr/bin/env bash
# Bounded fuzzing for CI: builds every cargo-fuzz target, replays the saved
# crash inputs under fuzz/regressions/, then fuzzes each target for
# FUZZ_SECONDS (default 60) seconds from the committed seeds (fuzz/seeds/<target>)
# plus the local corpus (fuzz/corpus/<target>, not committed).
# Exits non-zero if any target crashes (panic, sanitizer error, timeout, OOM);
# libFuzzer saves the input under fuzz/artifacts/<target>/.
#
#   FUZZ_SECONDS=60      seconds per target
#   FUZZ_TARGETS="a b"   only these targets (default: all of `cargo fuzz list`)
#   FUZZ_REGRESSIONS=0   skip replaying fuzz/regressions/
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
toolchain=nightly

if ! rustup run "$toolchain" rustc --version >/dev/null 2>&1; then
  echo "run-bounded: cargo-fuzz needs the $toolchain toolchain (rustup toolchain install $toolchain)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

fuzz() { nice -n 10 cargo "+$toolchain" fuzz "$@"; }

targets=${FUZZ_TARGETS:-$(cargo fuzz list --fuzz-dir fuzz)}
start=$(date +%s)
fuzz build --fuzz-dir fuzz
echo "run-bounded: built in $(( $(date +%s) - start )) s"

failed=()
if [ "${FUZZ_REGRESSIONS:-1}" != 0 ]; then
  for t in $targets; do
    inputs=(fuzz/regressions/"$t"-*)
    [ -e "${inputs[0]}" ] || continue
    echo "run-bounded: $t: replaying ${#inputs[@]} regression input(s)"
    if ! fuzz run --fuzz-dir fuzz "$t" "${inputs[@]}" -- -runs=1 -rss_limit_mb=2048 -timeout=30; then
      failed+=("$t (regression)")
    fi
  done
fi

for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  echo "run-bounded: $t: fuzzing for $seconds s"
  if ! fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1; then
    failed+=("$t")
  fi
done

echo "run-bounded: done in $(( $(date +%s) - start )) s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-bounded: FAILED: ${failed[*]} (inputs under fuzz/artifacts/)" >&2
  exit 1
fi
echo "run-bounded: no crash"
