// Browser tests of the example handbook: builds it with csbook, then drives
// Debian's Chromium over every page, opened from file:// and served from
// 127.0.0.1 under a sub-path. Also runs the Nu HTML Checker, a link checker
// and axe-core, measures page weight and writes screenshots for people to
// look at (tests/browser/out/screenshots/). lib/unsafe-markdown.js builds a
// copy of the example with markdown injection vectors and checks that none
// reaches the page (issue 9).
//
// Usage: node run.js            (from tests/browser, after `npm ci`)
// Env:   CHROMIUM=/path/to/chromium   CSBOOK_SITE=/prebuilt/site (skips the build)
//        CSBOOK_BIN=/path/to/csbook (the injection check's build; target/debug/csbook)
//        ONLY=regex (runs the matching tests alone)
"use strict";

const { chromium } = require("playwright-core");
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { pathToFileURL } = require("url");
const { test, run, check, none } = require("./lib/harness");
const { serve } = require("./lib/server");
const { unsafeMarkdown } = require("./lib/unsafe-markdown");

const REPO = path.resolve(__dirname, "../..");
const OUT = path.join(__dirname, "out");
const SHOTS = path.join(OUT, "screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const PREFIX = "/handbook/";
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Page-weight budgets: bytes of HTML + CSS + JS + icon a page loads, without
 *  ECharts (one cached file for the whole site) and the search index (loaded
 *  only when someone searches). The report of the example holds 27 charts,
 *  each with its option and data table; the budgets leave about a fifth of
 *  headroom over the figures measured when they were set (55 KB and 133 KB). */
const BUDGET = { home: 64 * 1024, report: 160 * 1024, analysis: 160 * 1024 };

// Known text of the example handbook (content/ and data/).
const SEARCHES = [
  { query: "上门超时", expect: /reports\/\d{4}-\d{2}\.html|chapters\// },
  { query: "满意", expect: /chapters\// },
  { query: "NPS", expect: /chapters\/02-survey-indicators\.html/ },
  { query: "SERVQUAL", expect: /chapters\/04-servqual\.html/ },
];

let site; // folder of the built handbook
let pages; // its HTML files, relative, with "/" separators
let browser;
let server;

// ---------------------------------------------------------------- helpers

function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

const modes = {
  file: {
    url: (rel) => pathToFileURL(path.join(site, rel)).href,
    // file:// pages may load file:// URLs only (and inline data).
    ownRequest: (u) => u.startsWith("file://") || u.startsWith("data:"),
  },
  http: {
    url: (rel) => server.url + rel.split("/").map(encodeURIComponent).join("/"),
    ownRequest: (u) => u.startsWith(server.url) || u.startsWith("data:"),
  },
};

/** Opens `rel` in a new page of `context`, recording errors and requests. */
async function open(context, mode, rel, { waitUntil = "load" } = {}) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${rel}: console: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${rel}: uncaught: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`${rel}: request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(modes[mode].url(rel), { waitUntil });
  return { page, errors, requests };
}

/** Scrolls every chart into view (they are drawn lazily) and waits until each
 *  holds an SVG with drawn elements; returns the ids of those that did not. */
async function drawCharts(page) {
  const count = await page.locator(".chart-box").count();
  if (!count) return [];
  await page.evaluate(async () => {
    for (const box of document.querySelectorAll(".chart-box")) {
      box.scrollIntoView({ block: "center" });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
  });
  const undrawn = () => [...document.querySelectorAll(".chart-box")].filter((b) => {
    const svg = b.querySelector("svg");
    // data-rendered is set by csbook.js once ECharts has finished animating.
    return !(b.dataset.rendered && svg && svg.querySelectorAll("path, text").length >= 5 && svg.getBoundingClientRect().width > 50);
  }).map((b) => b.dataset.option);
  try {
    await page.waitForFunction(`(${undrawn})().length === 0`, null, { timeout: 15_000 });
    return [];
  } catch {
    return page.evaluate(undrawn);
  }
}

async function newContext(options = {}) {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", ...options });
}

/** The HTML files of one kind: "index.html", a chapter, a report. */
function samplePages() {
  return sampleOf(pages);
}

/// The latest report, analysis and complaints page, and the others, of a list of pages.
function sampleOf(all) {
  const latest = (suffix) => all.filter((p) => /^reports\/\d{4}-\d{2}/.test(p) && p.endsWith(suffix)).sort().pop();
  const reports = all.filter((p) => /^reports\/\d{4}-\d{2}\.html$/.test(p)).sort();
  return {
    home: "index.html",
    chapter: all.find((p) => p.startsWith("chapters/")),
    report: reports[reports.length - 1],
    analysis: latest("-analysis.html"),
    complaints: latest("-complaints.html"),
    archive: "archive.html",
  };
}

// ---------------------------------------------------------------- static checks

test("every internal link and #fragment resolves", () => {
  const ids = new Map();
  const idsOf = (rel) => {
    if (!ids.has(rel)) {
      const html = fs.readFileSync(path.join(site, rel), "utf8");
      ids.set(rel, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
    }
    return ids.get(rel);
  };
  const problems = [];
  let links = 0;
  for (const rel of pages) {
    const html = fs.readFileSync(path.join(site, rel), "utf8");
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(m[1]);
      if (/^(mailto:|data:)/.test(raw)) continue;
      links += 1;
      if (/^[a-z]+:|^\/\//i.test(raw)) { problems.push(`${rel}: external or absolute URL ${raw}`); continue; }
      if (raw.startsWith("/")) { problems.push(`${rel}: root-relative URL ${raw} breaks under a sub-path`); continue; }
      const [target, fragment] = raw.split("#");
      const file = target ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), decodeURIComponent(target))) : rel;
      if (file.startsWith("..") || !fs.existsSync(path.join(site, file))) { problems.push(`${rel}: broken link ${raw}`); continue; }
      if (fragment && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(fragment))) {
        problems.push(`${rel}: no element with id "${decodeURIComponent(fragment)}" in ${file}`);
      }
    }
  }
  check(links > 500, `only ${links} links checked`);
  none(problems, "broken links");
});

function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" })[e]);
}

test("the Nu HTML Checker finds no errors on any page", () => {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const files = pages.map((p) => path.join(site, p));
  const r = spawnSync("java", ["-Xss4m", "-jar", jar, "--errors-only", "--format", "json", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  check(r.error === undefined, `cannot run java: ${r.error}`);
  const report = JSON.parse(r.stderr || r.stdout || '{"messages":[]}');
  const errors = report.messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => `${path.relative(site, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`);
  none(errors, "HTML errors");
  check(r.status === 0, `vnu exited with ${r.status}`);
}, { timeout: 300_000 });

test(`page weight: home ≤ ${BUDGET.home / 1024} KiB, report and analysis ≤ ${BUDGET.report / 1024} KiB (HTML+CSS+JS, without ECharts)`, async () => {
  const { home, report, analysis } = samplePages();
  const context = await newContext();
  const lines = [];
  for (const [kind, rel] of [["home", home], ["report", report], ["analysis", analysis]]) {
    const { page } = await open(context, "http", rel);
    await drawCharts(page);
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).concat([location.href]));
    await page.close();
    let raw = 0;
    let gz = 0;
    const counted = [];
    for (const url of new Set(loaded)) {
      if (/echarts\.min\.js$|search-index\.js$/.test(url)) continue;
      const file = path.join(site, decodeURIComponent(new URL(url).pathname.slice(PREFIX.length)));
      const body = fs.readFileSync(file);
      raw += body.length;
      gz += zlib.gzipSync(body, { level: 9 }).length;
      counted.push(path.basename(file));
    }
    lines.push(`${kind} (${rel}): ${raw} bytes, ${gz} gzipped [${counted.join(", ")}]`);
    check(raw <= BUDGET[kind], `${kind} weighs ${raw} bytes, over its budget of ${BUDGET[kind]}`);
  }
  const echarts = fs.statSync(path.join(site, "assets/vendor/echarts/echarts.min.js")).size;
  const index = fs.statSync(path.join(site, "assets/search-index.js")).size;
  lines.push(`echarts.min.js (cached, chart pages only): ${echarts} bytes; search-index.js (on first search): ${index} bytes`);
  fs.writeFileSync(path.join(OUT, "page-weight.txt"), lines.join("\n") + "\n");
  lines.forEach((l) => console.log(`       ${l}`));
  await context.close();
});

// ---------------------------------------------------------------- every page, both ways

for (const mode of ["file", "http"]) {
  test(`${mode}: every page loads without errors, draws every chart and requests nothing from elsewhere`, async () => {
    const context = await newContext();
    const problems = [];
    let charts = 0;
    for (const rel of pages) {
      const { page, errors, requests } = await open(context, mode, rel);
      const undrawn = await drawCharts(page);
      charts += await page.locator(".chart-box").count();
      undrawn.forEach((id) => problems.push(`${rel}: chart ${id} not drawn`));
      const echartsScripts = await page.locator('script[src*="echarts.min.js"]').count();
      const hasCharts = (await page.locator(".chart-box").count()) > 0;
      if (echartsScripts !== (hasCharts ? 1 : 0)) problems.push(`${rel}: ECharts included ${echartsScripts} times`);
      await page.waitForTimeout(50);
      problems.push(...errors);
      requests.filter((u) => !modes[mode].ownRequest(u)).forEach((u) => problems.push(`${rel}: request outside the site: ${u}`));
      await page.close();
    }
    check(charts > 100, `only ${charts} charts on the whole site`);
    none(problems, "problems");
    await context.close();
  }, { timeout: 600_000 });

  test(`${mode}: search finds Chinese and English text`, async () => {
    const context = await newContext();
    const { page, errors, requests } = await open(context, mode, samplePages().chapter);
    const input = page.locator("#search-input");
    check(await input.isVisible(), "no visible search box");
    const problems = [];
    for (const { query, expect } of SEARCHES) {
      await input.fill("");
      await input.fill(query);
      const results = page.locator("#search-results a");
      try {
        // The panel names the query it shows: earlier results are not these.
        await page.waitForFunction((q) => document.getElementById("search-results").dataset.query === q, query, { timeout: 5000 });
        await results.first().waitFor({ timeout: 1000 });
      } catch {
        problems.push(`"${query}": no results (${await page.locator("#search-results").innerText().catch(() => "")})`);
        continue;
      }
      const hrefs = await results.evaluateAll((as) => as.map((a) => a.href));
      if (!hrefs.some((h) => expect.test(decodeURIComponent(h)))) problems.push(`"${query}": no result matches ${expect}: ${hrefs.slice(0, 5).join(" ")}`);
      const marked = await page.locator("#search-results mark").first().innerText().catch(() => "");
      if (!marked) problems.push(`"${query}": no highlighted match`);
      // Every result leads to a page that exists, at a heading that exists.
      for (const href of hrefs.slice(0, 5)) {
        const url = new URL(href);
        const rel = decodeURIComponent(mode === "file" ? path.relative(site, url.pathname) : url.pathname.slice(PREFIX.length));
        if (!pages.includes(rel)) problems.push(`"${query}": result ${href} is not a page`);
      }
    }
    // A query that matches nothing says so.
    await input.fill("zzqqxxnotaword");
    const none_ = await page.evaluate(() => document.querySelector("form.search").dataset.none);
    await page.locator("#search-results .search-status", { hasText: none_ }).waitFor({ timeout: 5000 });
    check((await page.locator("#search-results a").count()) === 0, "results for nonsense");
    // Enter opens the first result.
    await input.fill("SERVQUAL");
    await page.waitForFunction(() => document.getElementById("search-results").dataset.query === "SERVQUAL");
    await Promise.all([page.waitForURL(/04-servqual/), input.press("Enter")]);
    problems.push(...errors);
    requests.filter((u) => !modes[mode].ownRequest(u)).forEach((u) => problems.push(`request outside the site: ${u}`));
    none(problems, "search problems");
    await context.close();
  });

  test(`${mode}: the dark-mode toggle re-themes page and charts and is remembered`, async () => {
    const context = await newContext({ colorScheme: "light" });
    const { page, errors } = await open(context, mode, samplePages().home);
    await drawCharts(page);
    const state = () => page.evaluate(() => ({
      theme: document.documentElement.dataset.theme || "",
      pressed: document.querySelector(".theme-toggle").getAttribute("aria-pressed"),
      bg: getComputedStyle(document.body).backgroundColor,
      // ECharts writes the theme's axis-label colour on its SVG text.
      chartText: [...document.querySelectorAll(".chart-box svg text")].map((t) => t.getAttribute("fill")).filter(Boolean),
    }));
    const before = await state();
    check(before.bg === "rgb(255, 255, 255)" && before.pressed === "false", `not light at first: ${JSON.stringify(before)}`);
    check(before.chartText.includes("#59636e"), "charts are not in the light theme");
    await page.locator(".theme-toggle").click();
    await page.waitForTimeout(300);
    const after = await state();
    check(after.theme === "dark" && after.pressed === "true", `toggle did not switch: ${JSON.stringify(after)}`);
    check(after.bg === "rgb(13, 17, 23)", `background is ${after.bg} in dark mode`);
    check(after.chartText.includes("#9198a1") && !after.chartText.includes("#59636e"), "charts were not re-themed");
    await page.reload();
    const reloaded = await state();
    check(reloaded.theme === "dark" && reloaded.bg === "rgb(13, 17, 23)", `not remembered across a reload: ${JSON.stringify(reloaded)}`);
    // The choice holds on another page too, and switching back is remembered.
    const other = await open(context, mode, samplePages().report);
    check((await other.page.evaluate(() => document.documentElement.dataset.theme)) === "dark", "not remembered on another page");
    await other.page.locator(".theme-toggle").click();
    await other.page.reload();
    check((await other.page.evaluate(() => getComputedStyle(document.body).backgroundColor)) === "rgb(255, 255, 255)", "light not remembered");
    none([...errors, ...other.errors], "errors");
    await context.close();
  });

  test(`${mode}: print emulation shows every chart, in the light theme, and hides navigation`, async () => {
    // Dark on screen: paper must still get dark text on white.
    const context = await newContext({ colorScheme: "dark" });
    const { page, errors } = await open(context, mode, samplePages().report);
    // No scrolling first: printing must draw the lazy charts by itself.
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => [...document.querySelectorAll(".chart-box")].every((b) => b.dataset.rendered), null, { timeout: 10_000 }).catch(() => {});
    const result = await page.evaluate(() => {
      const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).display !== "none");
      return {
        nav: [".topbar", ".sidebar", ".pager", ".breadcrumbs", ".search", ".footer"].filter((s) => shown(s).length).join(" "),
        boxes: document.querySelectorAll(".chart-box").length,
        drawn: [...document.querySelectorAll(".chart-box")].filter((b) => {
          const svg = b.querySelector("svg");
          const r = svg && svg.getBoundingClientRect();
          return b.dataset.rendered && svg && svg.querySelectorAll("path, text").length >= 5 && r.width > 100 && r.height > 100;
        }).length,
        chartText: [...document.querySelectorAll(".chart-box svg text")].map((t) => t.getAttribute("fill")),
        bg: getComputedStyle(document.body).backgroundColor,
      };
    });
    check(result.bg === "rgb(255, 255, 255)", `printed background is ${result.bg}`);
    check(result.chartText.includes("#59636e") && !result.chartText.includes("#9198a1"), "printed charts keep the dark theme");
    check(result.nav === "", `navigation shows in print: ${result.nav}`);
    check(result.boxes > 5 && result.drawn === result.boxes, `${result.drawn} of ${result.boxes} charts visible in print`);
    check(result.boxes <= 12, `the report holds ${result.boxes} charts, more than 12`);
    if (mode === "file") {
      fs.mkdirSync(OUT, { recursive: true });
      const pdf = await page.pdf({ path: path.join(OUT, "report.pdf"), format: "A4", printBackground: true });
      const sheets = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      check(sheets >= 1 && sheets <= 8, `the report prints to ${sheets} A4 pages, more than 8`);
      console.log(`       the report prints to ${sheets} A4 pages`);
    }
    none(errors, "errors");
    await context.close();
  });
}

// ---------------------------------------------------------------- phones, keyboard, a11y

test("360 px phone width: no page scrolls sideways, the menu opens and closes", async () => {
  const context = await newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const problems = [];
  for (const rel of pages) {
    const { page, errors } = await open(context, "file", rel);
    await drawCharts(page);
    const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    if (w.scroll > w.inner) problems.push(`${rel}: ${w.scroll} px wide in a ${w.inner} px viewport`);
    problems.push(...errors);
    await page.close();
  }
  const { page } = await open(context, "file", samplePages().report);
  const sidebar = page.locator("#sidebar");
  check(!(await sidebar.isVisible()), "sidebar shows on a phone before opening the menu");
  await page.locator(".menu-toggle").click();
  check(await sidebar.isVisible(), "menu does not open the sidebar");
  check((await page.locator(".menu-toggle").getAttribute("aria-expanded")) === "true", "aria-expanded not set");
  await page.keyboard.press("Escape");
  check(!(await sidebar.isVisible()), "Escape does not close the sidebar");
  none(problems, "problems");
  await context.close();
}, { timeout: 300_000 });

test("keyboard: the skip link comes first and focus is visible", async () => {
  const context = await newContext();
  const { page } = await open(context, "file", samplePages().report);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => {
    const a = document.activeElement;
    const s = getComputedStyle(a);
    return { cls: a.className, left: a.getBoundingClientRect().left };
  });
  check(first.cls === "skip" && first.left >= 0, `first Tab stop: ${JSON.stringify(first)}`);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => {
    const a = document.activeElement;
    const s = getComputedStyle(a);
    return { inMain: !!a.closest("main"), outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  check(next.inMain, "the skip link does not lead into the main content");
  check(next.outline !== "none" && next.width >= 2, `focus is not visible: ${JSON.stringify(next)}`);
  // "/" jumps to the search box.
  await page.keyboard.press("Escape");
  await page.locator("h1").click();
  await page.keyboard.press("/");
  check((await page.evaluate(() => document.activeElement.id)) === "search-input", '"/" does not focus the search');
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core: no serious or critical violations (${scheme})`, async () => {
    const axe = require.resolve("axe-core/axe.min.js");
    const context = await newContext({ colorScheme: scheme });
    const problems = [];
    const s = samplePages();
    for (const rel of [s.home, s.chapter, s.report, s.analysis, s.archive]) {
      const { page } = await open(context, "file", rel);
      await drawCharts(page);
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      });
      violations.forEach((v) => problems.push(`${rel}: ${v}`));
      await page.close();
    }
    none(problems, "accessibility violations");
    await context.close();
  });
}

// ---------------------------------------------------------------- features

test("heading anchors copy the section's full URL", async () => {
  const context = await newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  const rel = samplePages().chapter;
  const { page, errors } = await open(context, "http", rel);
  const anchor = page.locator("article h2 a.anchor").first();
  const id = (await anchor.getAttribute("href")).slice(1);
  check(!(await anchor.getAttribute("aria-hidden")), "a focusable anchor is hidden from assistive technology");
  check(/.+: .+/.test(await anchor.getAttribute("aria-label")), "anchor has no accessible name");
  await anchor.focus();
  await anchor.click();
  await page.locator(".toast.show").waitFor();
  const expected = modes.http.url(rel) + "#" + id;
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(decodeURIComponent(copied) === decodeURIComponent(expected), `copied ${copied}, expected ${expected}`);
  check(decodeURIComponent(page.url()).endsWith("#" + id), `address is ${page.url()}`);
  none(errors, "errors");
  await context.close();
});

test("home tiles show a sparkline and link to a chart that exists", async () => {
  const context = await newContext();
  const { page } = await open(context, "file", "index.html");
  const tiles = await page.locator(".tile").evaluateAll((ts) => ts.map((t) => ({
    id: t.closest("li").dataset.indicator,
    href: t.getAttribute("href"),
    points: t.querySelector("svg.spark polyline")?.getAttribute("points").split(" ").length || 0,
  })));
  check(tiles.length >= 4, `${tiles.length} tiles`);
  for (const t of tiles) check(t.points >= 2, `tile ${t.id} has no sparkline`);
  // Only a base (the response count) has no chart to link to.
  for (const t of tiles) check(t.href || t.id === "responses", `tile ${t.id} links nowhere`);
  // Follow each link and check its chart is there.
  for (const t of tiles.filter((t) => t.href)) {
    await page.goto(new URL(t.href, modes.file.url("index.html")).href);
    const id = t.href.split("#")[1];
    check(await page.locator(`figure.chart[id="${id}"] .chart-box`).count() === 1, `${t.href} leads to no chart`);
  }
  await context.close();
});

test("archive: jump to a month and compare any two months", async () => {
  const context = await newContext();
  const { page, errors } = await open(context, "file", "archive.html");
  // Each month's row shows its change on the month before.
  check((await page.locator(".archive-table .delta").count()) > 50, "archive shows no changes");
  const pick = page.locator("form.compare-pick");
  check(await pick.isVisible(), "no compare form");
  const months = await page.locator('form.compare-pick select[name="from"] option').evaluateAll((os) => os.map((o) => o.value));
  const from = months[months.length - 1];
  const to = months[0];
  await pick.locator('select[name="from"]').selectOption(from);
  await pick.locator('select[name="to"]').selectOption(to);
  const head = await page.locator(".compare-table thead").innerText();
  check(head.includes(from) && head.includes(to), `compare table heads: ${head}`);
  const changes = await page.locator(".compare-table tbody td:nth-child(4)").allInnerTexts();
  check(changes.length >= 4 && changes.every((c) => /[+−±]\d|–/.test(c)), `changes: ${changes}`);
  // The first column of the compare table agrees with the archive's row for `from`.
  const fromRow = await page.locator(`.archive-table tr:has(a:text-is("${from}")) td`).first().innerText();
  const fromCell = await page.locator(".compare-table tbody tr:first-child td:nth-child(2)").innerText();
  check(fromRow.startsWith(fromCell), `compare shows ${fromCell}, archive shows ${fromRow}`);
  await page.locator("#jump-month").selectOption({ index: 3 });
  await Promise.all([page.waitForURL(/reports\/\d{4}-\d{2}\.html$/), page.locator("form.jump button").click()]);
  none(errors, "errors");
  await context.close();
});

test("markdown injection vectors in commentary and a chapter run no script and leave no unsafe URL or on* attribute (file: every page, http: home, report, chapter)", () =>
  unsafeMarkdown({ browser, baseline: site, repo: REPO, prefix: PREFIX, walk, check, none }), { timeout: 120_000 });

test("an English handbook (csbook new --lang en): English UI, charts, search, no errors", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csbook-en-"));
  try {
    const project = path.join(dir, "project");
    const out = path.join(dir, "site");
    const csbook = (...args) => {
      const r = spawnSync("cargo", ["run", "--quiet", "--", ...args], { cwd: REPO, encoding: "utf8" });
      check(r.status === 0, `csbook ${args.join(" ")} failed:\n${r.stderr}`);
    };
    csbook("new", "--lang", "en", project);
    csbook("build", "--quiet", "--root", project, "--out", out);
    const enPages = walk(out).filter((p) => p.endsWith(".html"));
    const context = await newContext();
    const problems = [];
    for (const rel of enPages) {
      const page = await context.newPage();
      page.on("console", (m) => { if (m.type() === "error") problems.push(`${rel}: ${m.text()}`); });
      page.on("pageerror", (e) => problems.push(`${rel}: ${e.message}`));
      await page.goto(pathToFileURL(path.join(out, rel)).href);
      problems.push(...(await drawCharts(page)).map((id) => `${rel}: chart ${id} not drawn`));
      const seen = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        // Everything a reader sees or hears: text, labels, placeholders, titles.
        text: [document.body.innerText, document.title,
          ...[...document.querySelectorAll("[aria-label],[placeholder],[title]")].map((e) => [e.getAttribute("aria-label"), e.getAttribute("placeholder"), e.getAttribute("title")].join(" ")),
          ...[...document.querySelectorAll(".chart-box svg text")].map((t) => t.textContent)].join(" "),
      }));
      if (seen.lang !== "en") problems.push(`${rel}: lang="${seen.lang}"`);
      const cjk = seen.text.match(/[\u3040-\u30ff\u3400-\u9fff].{0,12}/u);
      if (cjk) problems.push(`${rel}: Chinese text in an English handbook: "${cjk[0]}"`);
      await page.close();
    }
    // Screenshots of the English pages a manager reads.
    const en = sampleOf(enPages);
    const shots = await newContext({ viewport: { width: 1280, height: 900 } });
    for (const name of ["home", "report", "complaints", "analysis"]) {
      if (!en[name]) { problems.push(`no ${name} page in the English handbook`); continue; }
      const shot = await shots.newPage();
      await shot.goto(pathToFileURL(path.join(out, en[name])).href);
      await drawCharts(shot);
      await shot.evaluate(() => window.scrollTo(0, 0));
      fs.mkdirSync(SHOTS, { recursive: true });
      await shot.screenshot({ path: path.join(SHOTS, `en-${name}-desktop-light.png`), fullPage: true });
      await shot.close();
    }
    await shots.close();
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(out, "index.html")).href);
    await page.locator("#search-input").fill("promoters");
    await page.waitForFunction(() => document.getElementById("search-results").dataset.query === "promoters");
    if (!(await page.locator("#search-results a").count())) problems.push('search for "promoters" found nothing');
    none(problems, "problems");
    await context.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("screenshots of home, a report, its complaints and analysis pages, phone and desktop, light and dark", async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const s = samplePages();
  for (const scheme of ["light", "dark"]) {
    for (const [device, viewport] of [["phone", { width: 360, height: 780 }], ["desktop", { width: 1280, height: 900 }]]) {
      const context = await newContext({ viewport, colorScheme: scheme, deviceScaleFactor: device === "phone" ? 2 : 1 });
      for (const [name, rel] of [["home", s.home], ["report", s.report], ["complaints", s.complaints], ["analysis", s.analysis]]) {
        const { page } = await open(context, "file", rel);
        await drawCharts(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(200);
        const file = path.join(SHOTS, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: name === "home" || device === "desktop" });
        check(fs.statSync(file).size > 10_000, `${file} is nearly empty`);
        await page.close();
      }
      await context.close();
    }
  }
  // And the features a reader meets once: search results, the archive, a chapter.
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const { page } = await open(context, "file", s.chapter);
  await page.locator("#search-input").fill("上门超时");
  await page.waitForFunction(() => document.getElementById("search-results").dataset.query === "上门超时");
  await page.screenshot({ path: path.join(SHOTS, "search-desktop-light.png") });
  await page.goto(modes.file.url(s.archive));
  await page.screenshot({ path: path.join(SHOTS, "archive-desktop-light.png") });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(modes.file.url(s.chapter));
  await page.screenshot({ path: path.join(SHOTS, "chapter-phone-dark.png"), fullPage: true });
  await context.close();
  console.log(`       written to ${path.relative(REPO, SHOTS)}/`);
});

// ---------------------------------------------------------------- main

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  // Screenshots of this run only.
  fs.rmSync(SHOTS, { recursive: true, force: true });
  let tmp = null;
  try {
    if (process.env.CSBOOK_SITE) {
      site = path.resolve(process.env.CSBOOK_SITE);
    } else {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), "csbook-browser-"));
      site = path.join(tmp, "handbook");
      console.log(`building the example handbook into ${site}`);
      execFileSync("cargo", ["run", "--quiet", "--", "build", "--quiet", "--out", site], { cwd: REPO, stdio: "inherit" });
    }
    pages = walk(site).filter((p) => p.endsWith(".html")).sort();
    console.log(`${pages.length} pages`);
    server = await serve(site, PREFIX);
    // Playwright gives a non-persistent browser a fresh temporary profile.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    console.log(`Chromium ${browser.version()}, site served at ${server.url}`);
  } catch (err) {
    console.log(`setup failed: ${err.stack || err}`);
    console.log("0 passed, 1 failed");
    process.exitCode = 1;
    return;
  }
  let failed = 1;
  try {
    failed = await run();
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main();
