// Issue 9, "Safe markdown": commentary and chapters are untrusted input to a
// published page. This check copies the example project, adds a month's
// commentary and a chapter full of injection vectors (XSS cheat-sheet items
// that CommonMark/GFM can express), builds it with target/debug/csbook and
// opens the built pages in Chromium, over file:// (every page) and over http
// (home, the vectors' report and the vectors' chapter). On each page it fails
// on any dialog or uncaught error, clicks every link whose text is a vector's,
// and asserts that no script ran (`window.__pwned`), that no element carries
// an `on*` attribute, that no URL attribute holds a javascript:, vbscript: or
// data: URL, that the only scripts are the site's own (the same as on that page
// of the unmodified example build), and that the safe links survive.
//
// Called from run.js; `env` gives the suite's browser, its build of the
// unmodified example (the baseline: scripts are compared page by page, so
// CSBOOK_SITE must be a build of this example) and its helpers.
// Env: CSBOOK_BIN (default target/debug/csbook), KEEP_UNSAFE_MD=1 keeps the
// temporary project and site to look at.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { serve } = require("./server");

const P = "window.__pwned=1";

/** Link and image vectors, one paragraph each. `text` is the link text that
 *  must not become a clickable `javascript:` link; `warns` says csbook must
 *  warn at that line (the destination parses as a link with an unsafe scheme). */
const LINKS = [
  { md: `[click](javascript:${P})`, text: "click", warns: true },
  { md: `[c](JAVASCRIPT:${P})`, text: "c", warns: true },
  { md: `[mix](jAvAsCrIpT:${P} "title")`, text: "mix", warns: true },
  { md: `<javascript:${P}>`, text: `javascript:${P}`, warns: true },
  { md: `<JAVASCRIPT:${P}>`, text: `JAVASCRIPT:${P}`, warns: true },
  { md: "<vbscript:msgbox(1)>", text: "vbscript:msgbox(1)", warns: true },
  { md: "[r][ref]", text: "r", warns: true },
  { md: "[r2][ref2]", text: "r2", warns: true },
  { md: `[t](<java\tscript:${P}>)`, text: "t", warns: true },
  { md: `[sp](< javascript:${P}>)`, text: "sp", warns: true },
  { md: `[ctl](<\u0001javascript:${P}>)`, text: "ctl", warns: true },
  { md: `![i](javascript:${P})`, warns: true },
  { md: `[d](data:text/html,<script>${P}</script>)`, text: "d", warns: true },
  { md: "[d64](DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)", text: "d64", warns: true },
  { md: "![svg](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9fcHduZWQ9MSIvPg==)", warns: true },
  { md: "[v](vbscript:x)", text: "v", warns: true },
  { md: `[e](&#106;avascript:${P})`, text: "e", warns: true },
  { md: `[h](&#x6A;&#x61;vascript:${P})`, text: "h", warns: true },
  { md: `[n](javascript&colon;${P})`, text: "n", warns: true },
  { md: `[tab](java&#9;script:${P})`, text: "tab", warns: true },
  { md: `[nl](java&NewLine;script:${P})`, text: "nl", warns: true },
  { md: `[slash](javascript://%0A${P})`, text: "slash", warns: true },
  { md: `[tbl2](javascript:${P}) in a sentence [and](javascript:${P}) twice`, text: "tbl2", warns: true },
  // Attribute break-outs with allowed or relative URLs: the quotes must stay inside.
  { md: `[ttl](https://example.org/t "\\" onmouseover=\\"${P}")`, text: "ttl", external: true },
  { md: `![a"onerror="${P}](missing.png)` },
  { md: `![q](<missing.png" onerror="${P}>)` },
  { md: `[<img src=x onerror="${P}">](#top)`, text: `<img src=x onerror="${P}">` },
];

/** Everything else: headings, raw HTML (block and inline), code, tables, footnotes, diagrams. */
const BLOCKS = [
  `## A {#x"autofocus="autofocus"onfocus="${P}}`,
  "## B {.x onclick=alert(1)}",
  `## C {#c .y data-x=1 onmouseover="${P}" style="position:fixed;inset:0"}`,
  `## <img src=x onerror="${P}"> D`,
  `## E"><svg onload="${P}">`,
  `<img src=x onerror="${P}">`,
  `<script>${P}</script>`,
  `<svg onload="${P}">`,
  `<a href="javascript:${P}">x</a>`,
  `<iframe src="javascript:${P}"></iframe>`,
  `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<form action="javascript:${P}"><button>f</button></form>`,
  `<details open ontoggle="${P}"><summary>s</summary></details>`,
  `<input autofocus onfocus="${P}">`,
  `<body onload="${P}">`,
  `<math><mtext><a href="javascript:${P}">m</a></mtext></math>`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<style>*{background:url("javascript:${P}")}</style>`,
  `<!-- --><script>${P}</script>`,
  `<![CDATA[<script>${P}</script>]]>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>"></noscript>`,
  `Inline <img src=x onerror="${P}"> and <b onmouseover="${P}">bold</b> and <a href="javascript:${P}">ia</a>.`,
  `Footnote[^x"onmouseover="${P}].`,
  `[^x"onmouseover="${P}]: the note.`,
  "```\"><img src=x onerror=\"" + P + "\">\ncode\n```",
  "| <script>" + P + "</script> | [tbl](javascript:" + P + ") |\n|---|---|\n| <img src=x onerror=\"" + P + "\"> | cell |",
  "```fishbone\neffect: '</text><script>" + P + "</script>'\nmethod:\n  - '\"><svg onload=\"" + P + "\">'\n  - cause: '<img src=x onerror=\"" + P + "\">'\n    causes: ['</svg><script>" + P + "</script>']\n```",
  `&lt;script&gt;${P}&lt;/script&gt;`,
];

const SAFE = [
  { md: "[ok](https://example.org)", href: "https://example.org", text: "ok" },
  { md: "[anchor](#top)", href: "#top", text: "anchor" },
  { md: "[mail](mailto:a@example.org)", href: "mailto:a@example.org", text: "mail" },
];

const TITLE = `'<img src=x onerror="${P}"> 注入"onmouseover="${P}'`;

/** The markdown file: front matter, the vectors inside {% raw %}, then two
 *  template outputs outside it. Returns the text and, for each vector that
 *  must warn, its line. */
function vectorsFile(frontMatter) {
  const lines = ["---", ...frontMatter, "---", "", "{% raw %}"];
  const warnLines = [];
  const add = (md) => { lines.push(...md.split("\n"), ""); };
  for (const b of BLOCKS.slice(0, 5)) add(b);
  for (const l of LINKS) {
    if (l.warns) warnLines.push(lines.length + 1);
    add(l.md);
  }
  for (const b of BLOCKS.slice(5)) add(b);
  for (const s of SAFE) add(s.md);
  add(`[ref]: javascript:${P}`);
  add(`[ref2]: <javascript:${P}> "t"`);
  lines.push("{% endraw %}", "");
  // Template output reaches the markdown, which must still escape it.
  lines.push(`{{ "<img src=x onerror=${P}>" }}`, "", `{{ "<script>${P}</script>" | safe }}`, "");
  return { text: lines.join("\n"), warnLines };
}

// ---------------------------------------------------------------- in-page checks

/** Runs in the page: every sign of an injection, as text naming the element. */
function inPage({ base, assets, themeScript }) {
  const problems = [];
  const show = (el) => el.outerHTML.slice(0, 300);
  if (window.__pwned !== undefined) problems.push(`window.__pwned is ${String(window.__pwned)}`);
  const bad = (v) => {
    // As a browser reads a URL: leading spaces and C0 controls go, tabs and newlines anywhere.
    const s = String(v).replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "").toLowerCase();
    return /^(javascript|vbscript|data):/.test(s);
  };
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) problems.push(`attribute ${a.name} on ${show(el)}`);
    }
  }
  const urls = [
    ["a[href]", "href"], ["area[href]", "href"], ["img[src]", "src"], ["img[srcset]", "srcset"],
    ["form[action]", "action"], ["[formaction]", "formaction"], ["iframe[src]", "src"],
    ["object[data]", "data"], ["embed[src]", "src"], ["source[src]", "src"], ["link[href]", "href"],
    ["video[src]", "src"], ["audio[src]", "src"], ["use[href]", "href"], ["image[href]", "href"],
  ];
  for (const [sel, attr] of urls) {
    for (const el of document.querySelectorAll(sel)) {
      if (bad(el.getAttribute(attr))) problems.push(`${attr}="${el.getAttribute(attr)}" on ${show(el)}`);
    }
  }
  for (const el of document.querySelectorAll("[*|href]")) {
    const x = el.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    if (x && bad(x)) problems.push(`xlink:href="${x}" on ${show(el)}`);
  }
  for (const el of document.querySelectorAll("iframe, frame, frameset, object, embed, applet, base, meta[http-equiv]")) {
    problems.push(`element <${el.localName}>: ${show(el)}`);
  }
  // Scripts: the theme script of base.html, JSON data blocks, and the site's own files.
  const scripts = [];
  for (const s of document.querySelectorAll("script")) {
    const src = s.getAttribute("src");
    let sig;
    if (src !== null) {
      const rel = s.src.startsWith(base) ? decodeURIComponent(s.src.slice(base.length)) : s.src;
      if (!assets.includes(rel)) problems.push(`script from ${s.src}: ${show(s)}`);
      sig = `src:${rel}`;
    } else if (s.type === "application/json") {
      sig = `json:${s.id}`;
    } else {
      if (s.textContent !== themeScript) problems.push(`inline script not in base.html: ${show(s)}`);
      sig = `inline:${s.type}:${s.textContent}`;
    }
    scripts.push(sig);
  }
  return { problems, scripts };
}

/** The scripts of a page of the baseline, read from its HTML, as inPage signs them. */
function baselineScripts(file) {
  const html = fs.readFileSync(file, "utf8");
  const rel = path.dirname(file);
  const attr = (attrs, name) => {
    const m = attrs.match(new RegExp(`\\s${name}="([^"]*)"`));
    return m && m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  };
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs, text]) => {
    const src = attr(attrs, "src");
    if (src !== null) return { src, rel };
    if (attr(attrs, "type") === "application/json") return `json:${attr(attrs, "id")}`;
    return `inline:${attr(attrs, "type") || ""}:${text}`;
  });
}

// ---------------------------------------------------------------- the check

async function unsafeMarkdown(env) {
  const { browser, baseline, repo, prefix, walk, check, none } = env;
  const csbook = process.env.CSBOOK_BIN || path.join(repo, "target/debug/csbook");
  check(fs.existsSync(csbook), `${csbook} is missing: run cargo build`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csbook-unsafe-md-"));
  let server;
  try {
    // ---- the project: the example plus a commentary and a chapter of vectors
    const project = path.join(dir, "project");
    const out = path.join(dir, "site");
    fs.mkdirSync(project);
    for (const f of ["csbook.yaml", "data", "content", "templates"]) {
      fs.cpSync(path.join(repo, f), path.join(project, f), { recursive: true });
    }
    // A month with a report but no commentary yet: the latest such.
    const taken = new Set(walk(path.join(project, "content"))
      .map((f) => fs.readFileSync(path.join(project, "content", f), "utf8").match(/^period:\s*["']?(\d{4}-\d{2})/m))
      .filter(Boolean).map((m) => m[1]));
    const month = walk(baseline).map((p) => p.match(/^reports\/(\d{4}-\d{2})\.html$/)).filter(Boolean)
      .map((m) => m[1]).filter((m) => !taken.has(m)).sort().pop();
    check(month, "every month of the example has commentary: no month left for the vectors");
    const files = {
      commentary: { rel: `content/commentary/${month}.md`, page: `reports/${month}.html`, fm: [`title: ${TITLE}`, `period: ${month}`] },
      chapter: { rel: "content/chapters/99-unsafe-markdown.md", page: "chapters/99-unsafe-markdown.html", fm: [`title: ${TITLE}`, "order: 99"] },
    };
    for (const f of Object.values(files)) {
      const { text, warnLines } = vectorsFile(f.fm);
      f.warnLines = warnLines;
      fs.writeFileSync(path.join(project, f.rel), text);
    }

    // ---- the build: exit 0, a warning at every unsafe link
    const started = Date.now();
    const r = spawnSync(csbook, ["build", "--root", project, "--out", out], { encoding: "utf8" });
    check(r.status === 0, `csbook build exited with ${r.status}:\n${r.stderr}`);
    // The example handbook is zh-CN, and so are its messages ("警告：").
    const warnings = r.stderr.split("\n").filter((l) => l.startsWith("warning:") || l.startsWith("警告："));
    const problems = [];
    for (const [kind, f] of Object.entries(files)) {
      const named = warnings.filter((w) => w.includes(f.rel));
      if (!named.length) problems.push(`build: no warning names the ${kind} ${f.rel}`);
      for (const line of f.warnLines) {
        if (!named.some((w) => w.includes(`${f.rel}:${line}:`))) {
          problems.push(`build: no warning for ${f.rel}:${line}: ${fs.readFileSync(path.join(project, f.rel), "utf8").split("\n")[line - 1]}`);
        }
      }
    }
    const buildMs = Date.now() - started;
    const built = walk(out).filter((p) => p.endsWith(".html")).sort();
    for (const f of Object.values(files)) check(built.includes(f.page), `${f.page} was not built`);

    // ---- the browser
    const themeScript = fs.readFileSync(path.join(project, "templates/base.html"), "utf8")
      .match(/<script>([\s\S]*?)<\/script>/)[1];
    const assets = ["assets/csbook.js", "assets/vendor/echarts/echarts.min.js", "assets/search-index.js"];
    const dynamic = new Set(["src:assets/vendor/echarts/echarts.min.js", "src:assets/search-index.js"]);
    const texts = new Set(LINKS.filter((l) => l.text && !l.external).map((l) => l.text));
    const external = new Set(LINKS.filter((l) => l.external).map((l) => l.text));
    server = await serve(out, prefix);
    const modes = {
      file: { base: pathToFileURL(out).href + "/", pages: built },
      http: { base: server.url, pages: ["index.html", files.commentary.page, files.chapter.page] },
    };
    let visited = 0;
    let clicked = 0;
    const searchHits = [];
    for (const [mode, { base, pages }] of Object.entries(modes)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Nothing leaves the machine, whatever a vector links to.
      await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      // One tab for every page: a new one each time costs more than the checks.
      const page = await context.newPage();
      let where = "";
      page.on("dialog", (d) => { problems.push(`${where}: ${d.type()} dialog "${d.message()}"`); d.dismiss().catch(() => {}); });
      page.on("pageerror", (e) => problems.push(`${where}: uncaught: ${e.message}`));
      for (const rel of pages) {
        where = `${mode} ${rel}`;
        const url = base + rel.split("/").map(encodeURIComponent).join("/");
        // The vectors' pages and home wait for every resource (ECharts too);
        // elsewhere only the chapter's title is in the navigation, and the
        // page's images (onerror) are all that matter after parsing.
        const vectorPage = rel === "index.html" || Object.values(files).some((f) => f.page === rel);
        await page.goto(url, { waitUntil: vectorPage ? "load" : "domcontentloaded" });
        await page.waitForFunction(() => [...document.images].every((i) => i.complete));
        // Focus every link (autofocus/onfocus vectors), click the vectors' links.
        const links = page.locator("a");
        const hits = await links.evaluateAll((as, wanted) => as.map((a, i) => [i, a.textContent.trim()])
          .filter(([, t]) => wanted.includes(t)), [...texts, ...external]);
        for (const [i, text] of hits) {
          const a = links.nth(i);
          await a.focus().catch(() => {});
          await a.hover({ timeout: 1000 }).catch(() => {});
          if (texts.has(text)) {
            clicked += 1;
            await a.click({ noWaitAfter: true, timeout: 2000 }).catch((e) => problems.push(`${where}: cannot click "${text}": ${e.message.split("\n")[0]}`));
            await page.waitForTimeout(50);
            if (page.url() !== url && !page.url().startsWith(url + "#")) {
              problems.push(`${where}: clicking "${text}" went to ${page.url()}`);
              await page.goto(url, { waitUntil: "load" });
            }
          }
        }
        await page.evaluate(() => { for (const a of document.querySelectorAll("a, input, button")) a.focus(); });
        await page.waitForTimeout(20);
        // The search panel shows the vectors' text too.
        if (rel === files.commentary.page) {
          await page.locator("#search-input").fill("pwned");
          await page.waitForFunction(() => document.getElementById("search-results").dataset.query === "pwned", null, { timeout: 5000 })
            .catch(() => problems.push(`${where}: search for "pwned" did not answer`));
          await page.waitForTimeout(100);
          searchHits.push(`${mode} ${await page.locator("#search-results a").count()}`);
        }
        const found = await page.evaluate(inPage, { base, assets, themeScript });
        found.problems.forEach((p) => problems.push(`${where}: ${p}`));
        // Scripts: none beyond those of the same page of the unmodified build.
        const ref = fs.existsSync(path.join(baseline, rel)) ? rel : built.find((p) => p.startsWith("chapters/") && fs.existsSync(path.join(baseline, p)));
        const expected = baselineScripts(path.join(baseline, ref)).map((s) => (typeof s === "string" ? s
          : `src:${path.posix.normalize(path.posix.join(path.posix.dirname(ref), s.src))}`));
        const left = [...expected];
        for (const s of found.scripts) {
          const i = left.indexOf(s);
          if (i >= 0) left.splice(i, 1);
          else if (!dynamic.has(s)) problems.push(`${where}: script not on ${ref} of the example build: ${s.slice(0, 200)}`);
        }
        if (vectorPage && rel !== "index.html") {
          for (const s of SAFE) {
            const ok = await page.locator(`.content a[href="${s.href}"]`, { hasText: s.text }).count();
            if (!ok) problems.push(`${where}: safe link [${s.text}](${s.href}) is missing`);
          }
          const html = await page.locator(".content").innerHTML();
          if (!html.includes("window.__pwned=1")) problems.push(`${where}: the vectors' text is not shown at all`);
        }
        visited += 1;
      }
      await context.close();
    }
    console.log(`       ${built.length} pages built in ${buildMs} ms, ${warnings.length} warnings; ${visited} page visits in ${Date.now() - started - buildMs} ms, ${clicked} vector links clicked, search results for "pwned": ${searchHits.join(", ")}; vectors in ${files.commentary.page} and ${files.chapter.page}`);
    none(problems, "injection problems");
  } finally {
    if (server) await server.close();
    if (process.env.KEEP_UNSAFE_MD) console.log(`       kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { unsafeMarkdown, vectorsFile };
