// A small sequential test runner. Node's own runner prints TAP or a spec tree
// whose summary CI cannot read as one line; this one prints a line per test
// and ends with "N passed, N failed", exiting non-zero on any failure.
"use strict";

const tests = [];

/** Registers a test; `fn` may be async. */
function test(name, fn, { timeout = 120_000 } = {}) {
  tests.push({ name, fn, timeout });
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs every registered test in order; returns the number that failed. */
async function run() {
  let passed = 0;
  let failed = 0;
  // ONLY=regex runs the matching tests alone, while working on them.
  const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
  for (const t of tests.filter((t) => !only || only.test(t.name))) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeout, t.name);
      passed += 1;
      console.log(`ok     ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed += 1;
      console.log(`FAILED ${t.name} (${Date.now() - started} ms)`);
      console.log(String(err && err.stack ? err.stack : err).replace(/^/gm, "       "));
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}

/** Throws with `message` unless `ok`. */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** Throws listing every problem, if any. */
function none(problems, what) {
  if (problems.length) {
    const shown = problems.slice(0, 40).join("\n  ");
    const more = problems.length > 40 ? `\n  … and ${problems.length - 40} more` : "";
    throw new Error(`${problems.length} ${what}:\n  ${shown}${more}`);
  }
}

module.exports = { test, run, check, none };
