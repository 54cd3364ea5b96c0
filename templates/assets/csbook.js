/* csbook: the charts of a page and the small interactions of the theme.
   A classic script (not a module) and no fetch(): pages must work opened from
   file://, where browsers block both. Everything it loads (ECharts, the search
   index) is a classic <script> from the site's own assets folder. */
(function () {
  "use strict";
  var root = document.documentElement;
  var lang = root.lang || "en";
  var zh = lang.indexOf("zh") === 0;
  var me = document.currentScript;
  // The assets folder, as an absolute URL: this file's own address without its name.
  var assets = me ? me.src.replace(/[^/]*$/, "") : "assets/";

  /* ---------- theme: light or dark ---------- */

  function dark() {
    var t = root.dataset.theme;
    if (t) return t === "dark";
    return !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  }

  var themeButton = document.querySelector(".theme-toggle");
  function showThemeState() {
    if (themeButton) themeButton.setAttribute("aria-pressed", dark() ? "true" : "false");
  }
  showThemeState();
  if (themeButton) themeButton.addEventListener("click", function () {
    var next = dark() ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("csbook-theme", next); } catch (e) { /* storage may be disabled */ }
    showThemeState();
    retheme();
  });
  // Without a remembered choice the page follows the system setting as it changes.
  if (window.matchMedia) {
    var scheme = window.matchMedia("(prefers-color-scheme: dark)");
    var onScheme = function () { if (!root.dataset.theme) { showThemeState(); retheme(); } };
    if (scheme.addEventListener) scheme.addEventListener("change", onScheme);
  }

  /* ---------- charts ---------- */

  // Okabe & Ito's palette, distinguishable with the common colour-vision
  // deficiencies. On white the darker members come first (the yellow and sky
  // blue fall below 3:1 contrast there); on dark the lighter ones do.
  var PALETTE_LIGHT = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];
  var PALETTE_DARK = ["#56B4E9", "#E69F00", "#009E73", "#F0E442", "#CC79A7", "#D55E00", "#0072B2", "#FFFFFF"];

  function echartsTheme(palette, c) {
    var axis = {
      axisLine: { lineStyle: { color: c.line } },
      axisTick: { lineStyle: { color: c.line } },
      axisLabel: { color: c.muted },
      splitLine: { lineStyle: { color: [c.grid] } },
      nameTextStyle: { color: c.muted }
    };
    return {
      color: palette,
      backgroundColor: "transparent",
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, color: c.fg },
      title: { textStyle: { color: c.fg } },
      legend: { textStyle: { color: c.fg }, inactiveColor: c.line },
      tooltip: {
        backgroundColor: c.panel,
        borderColor: c.line,
        textStyle: { color: c.fg },
        axisPointer: { lineStyle: { color: c.muted }, crossStyle: { color: c.muted } }
      },
      categoryAxis: axis,
      valueAxis: axis,
      line: { symbolSize: 6, lineStyle: { width: 2 } },
      markLine: { label: { color: c.fg } },
      visualMap: { textStyle: { color: c.fg } }
    };
  }

  var THEMES = {
    light: echartsTheme(PALETTE_LIGHT, { fg: "#1f2328", muted: "#59636e", line: "#afb8c1", grid: "#e5e9ee", panel: "#ffffff" }),
    dark: echartsTheme(PALETTE_DARK, { fg: "#e6edf3", muted: "#9198a1", line: "#656c76", grid: "#262c36", panel: "#151b23" })
  };
  function themeName() { return printing || !dark() ? "csbook-light" : "csbook-dark"; }

  // A heatmap's colour scale, from none to the most: white to the first
  // colour on light, the page's background to the light first colour on
  // dark. The option from Rust carries the light ramp
  // (complaint_charts::HEAT_RAMP); colours set in an option outlive a theme
  // change, so they are swapped here, on drawing and on every change.
  var RAMPS = { "csbook-light": ["#FFFFFF", "#0072B2"], "csbook-dark": ["#0d1117", "#56B4E9"] };
  function isRamp(colors) {
    return Array.isArray(colors) && colors.join(",").toUpperCase() === RAMPS["csbook-light"].join(",").toUpperCase();
  }
  // Which of an option's visual maps use the ramp.
  function ramped(option) {
    return asArray(option.visualMap).map(function (m) { return !!(m.inRange && isRamp(m.inRange.color)); });
  }
  // The visualMap update that puts theme `name`'s ramp on the maps `which` marks.
  function rampUpdate(which, name) {
    return which.map(function (r) { return r ? { inRange: { color: RAMPS[name].slice() } } : {}; });
  }

  var numberFormats = {};
  function number(decimals) {
    var key = String(decimals);
    if (!numberFormats[key]) {
      numberFormats[key] = new Intl.NumberFormat(lang, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    }
    return numberFormats[key];
  }
  var monthShort = new Intl.DateTimeFormat(lang, { year: "2-digit", month: "short", timeZone: "UTC" });
  var monthLong = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", timeZone: "UTC" });
  function monthLabel(value, format) {
    var m = /^(\d{4})-(\d{2})$/.exec(value);
    return m ? format.format(new Date(Date.UTC(+m[1], +m[2] - 1, 1))) : value;
  }

  function reducedMotion() {
    return printing || !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  function asArray(x) { return x == null ? [] : Array.isArray(x) ? x : [x]; }

  // Adds what depends on the reader's locale and on the page: number and month
  // formats, the tooltip, marker-line labels, a legend when there are several
  // series. The option from Rust stays plain JSON (no functions in it).
  function localise(option, box) {
    var decimals = +(box.dataset.decimals || 2);
    var suffix = box.dataset.suffix || "";
    // Diverging bars draw some amounts below zero: show their magnitude.
    var magnitude = box.dataset.absolute === "1" ? Math.abs : function (v) { return v; };
    var yAxes = asArray(option.yAxis);
    var axisSuffix = yAxes.map(function (axis) {
      var f = axis.axisLabel && axis.axisLabel.formatter;
      return typeof f === "string" && f.indexOf("%") >= 0 ? "%" : suffix;
    });
    yAxes.forEach(function (axis, i) {
      axis.axisLabel = axis.axisLabel || {};
      // Category axes (a heatmap's rows) carry names, not numbers.
      if (!axis.axisLabel.formatter && axis.type !== "category") {
        axis.axisLabel.formatter = function (v) { return number(decimals).format(magnitude(v)) + axisSuffix[i]; };
      }
    });
    // A value x axis (horizontal bars, scatter plots) reads like a y axis.
    asArray(option.xAxis).forEach(function (axis) {
      if (axis.type === "value") {
        axis.axisLabel = axis.axisLabel || {};
        if (!axis.axisLabel.formatter) {
          axis.axisLabel.formatter = function (v) { return number(decimals).format(magnitude(v)) + suffix; };
        }
      }
    });
    asArray(option.xAxis).forEach(function (axis) {
      if (axis.type === "category" && asArray(axis.data).every(function (d) { return /^\d{4}-\d{2}$/.test(d); })) {
        axis.axisLabel = axis.axisLabel || {};
        axis.axisLabel.formatter = function (v) { return monthLabel(v, monthShort); };
        // The first and last labels stay inside the chart on narrow screens.
        axis.axisLabel.alignMinLabel = "left";
        axis.axisLabel.alignMaxLabel = "right";
        axis.axisLabel.hideOverlap = true;
        // The last month, the report's own, is always labelled.
        axis.axisLabel.showMaxLabel = true;
        axis.axisPointer = { label: { formatter: function (p) { return monthLabel(p.value, monthLong); } } };
      }
    });
    var series = asArray(option.series);
    // A confidence band (charts::trend_with_interval): an invisible line at
    // the interval's low end (kept out of the tooltip) and the band's height
    // stacked on it; the tooltip shows the interval's two ends.
    var bandLow = null;
    series.forEach(function (s) { if (s.id === "ci-low") bandLow = s; });
    series.forEach(function (s) {
      var sfx = axisSuffix[s.yAxisIndex || 0] || suffix;
      var fmt = function (v) {
        return v == null || v === "-" || isNaN(v) ? "–" : number(decimals).format(magnitude(v)) + sfx;
      };
      s.tooltip = s.tooltip || {};
      s.tooltip.valueFormatter = fmt;
      if (s.id === "ci-band" && bandLow) {
        var lows = asArray(bandLow.data);
        s.tooltip.valueFormatter = function (v, i) {
          var lo = lows[i];
          if (v == null || v === "-" || isNaN(v) || lo == null || lo === "-" || isNaN(lo)) return "–";
          return fmt(+lo) + " – " + fmt(+lo + +v);
        };
      }
      if (s.markLine) {
        // Over bars a label inside the plot would sit on the last bar: it goes
        // past the line's end, in room kept on the right.
        var onBars = s.type === "bar";
        if (onBars) {
          asArray(option.grid).forEach(function (g) { g.right = 96; });
        }
        // A vertical line over horizontal bars (the best on top, an inverse
        // category axis) ends at the bottom, on the value axis' labels: its
        // label goes at its top instead.
        var vertical = asArray(s.markLine.data).some(function (d) { return d && d.xAxis != null; });
        var inverse = asArray(option.yAxis).some(function (a) { return a.type === "category" && a.inverse; });
        s.markLine.label = {
          position: onBars ? (vertical && inverse ? "start" : "end") : "insideEndTop",
          formatter: function (p) { return /%$/.test(p.name) ? p.name : p.name + " " + fmt(p.value); }
        };
        // Two such lines (the overall figure and the target) are often
        // close: their labels are stacked, one line of text apart.
        var lines = asArray(s.markLine.data).filter(function (d) { return d; });
        if (onBars && vertical && inverse) {
          lines.forEach(function (d, i) { d.label = { distance: 5 + 14 * i }; });
        } else if (onBars && lines.length === 2) {
          // Labels beside the plot: the higher line's a little up, the other's down.
          var higher = +lines[0].yAxis >= +lines[1].yAxis ? 0 : 1;
          lines.forEach(function (d, i) { d.label = { offset: [0, i === higher ? -7 : 7] }; });
        }
      }
    });
    option.tooltip = option.tooltip || { trigger: "axis" };
    option.tooltip.confine = true;
    if (series.length > 1 && !option.legend) option.legend = { top: 0 };
    if (option.legend) option.legend.type = "scroll";
    option.backgroundColor = "transparent";
    option.animation = !reducedMotion();
    option.animationDuration = 500;
    // ECharts' own aria would replace the box's one-sentence summary (its
    // accessible name) with a generated list of every number.
    option.aria = { enabled: false };
    return option;
  }

  var charts = [];
  var printing = false;
  var echartsReady = false;

  // ECharts sizes its SVG in pixels; a viewBox lets print CSS scale it to the page.
  function addViewBox(box) {
    var svg = box.querySelector("svg");
    if (!svg) return;
    var w = svg.getAttribute("width"), h = svg.getAttribute("height");
    if (w && h) svg.setAttribute("viewBox", "0 0 " + parseFloat(w) + " " + parseFloat(h));
  }

  function draw(box) {
    if (box.dataset.drawn || !echartsReady) return;
    var src = document.getElementById(box.dataset.option);
    if (!src) return;
    box.dataset.drawn = "1";
    var chart = echarts.init(box, themeName(), { renderer: "svg", locale: zh ? "ZH" : "EN" });
    // "finished" comes once animation ends; data-rendered lets tests and
    // print wait for whole charts rather than half-drawn lines.
    chart.on("finished", function () { addViewBox(box); box.dataset.rendered = "1"; });
    var option = localise(JSON.parse(src.textContent), box);
    var which = ramped(option);
    if (which.some(Boolean)) {
      var update = rampUpdate(which, themeName());
      asArray(option.visualMap).forEach(function (m, i) { if (which[i]) m.inRange = update[i].inRange; });
    }
    chart.setOption(option);
    charts.push({ chart: chart, box: box, ramped: which });
  }

  function retheme() {
    var name = themeName();
    charts.forEach(function (c) {
      if (typeof c.chart.setTheme === "function") {
        c.chart.setTheme(name);
        if (c.ramped.some(Boolean)) c.chart.setOption({ visualMap: rampUpdate(c.ramped, name) });
      } else {
        // ECharts before 6 has no setTheme: draw the chart again.
        c.chart.dispose();
        delete c.box.dataset.drawn;
      }
    });
    charts = charts.filter(function (c) { return !c.chart.isDisposed(); });
    boxes.forEach(function (b) { if (!b.dataset.drawn && b.dataset.wanted) draw(b); });
  }

  var boxes = Array.prototype.slice.call(document.querySelectorAll(".chart-box"));

  function startCharts() {
    echarts.registerTheme("csbook-light", THEMES.light);
    echarts.registerTheme("csbook-dark", THEMES.dark);
    echartsReady = true;
    // Long reports have a dozen charts: draw each as it nears the viewport.
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          if (e.isIntersecting) {
            e.target.dataset.wanted = "1";
            draw(e.target);
            io.unobserve(e.target);
          }
        });
      }, { rootMargin: "200px" });
      boxes.forEach(function (b) { io.observe(b); });
    } else {
      boxes.forEach(function (b) { b.dataset.wanted = "1"; draw(b); });
    }
  }

  if (boxes.length) {
    if (window.echarts) {
      startCharts();
    } else {
      // Loaded only on pages with charts; the browser caches it across pages.
      var s = document.createElement("script");
      s.src = assets + "vendor/echarts/echarts.min.js";
      s.onload = startCharts;
      s.onerror = function () { root.classList.add("no-charts"); };
      document.head.appendChild(s);
    }
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { charts.forEach(function (c) { c.chart.resize(); }); }, 100);
  });

  // The text width of an A4 page with 15 mm margins (style.css), in CSS pixels.
  var PRINT_WIDTH = 680;
  var PRINT_HEIGHT = 240;

  // Printing draws every chart (lazy ones too), in the light theme, at the
  // paper's width; afterwards the screen's theme comes back.
  function beforePrint() {
    if (printing) return;
    printing = true;
    boxes.forEach(function (b) { b.dataset.wanted = "1"; draw(b); });
    // Paper gets the final picture at once, never a frame of an animation.
    charts.forEach(function (c) { c.chart.setOption({ animation: false }); });
    retheme();
    charts.forEach(function (c) {
      // Drawn at the paper's width, text prints at its screen size.
      c.chart.resize({ width: PRINT_WIDTH, height: PRINT_HEIGHT, animation: { duration: 0 } });
      // The browser lays out the printout as soon as this handler returns,
      // before the next animation frame: paint now.
      var zr = c.chart.getZr && c.chart.getZr();
      if (zr && zr.refreshImmediately) zr.refreshImmediately();
      addViewBox(c.box);
    });
  }
  function afterPrint() {
    if (!printing) return;
    printing = false;
    charts.forEach(function (c) { c.chart.setOption({ animation: !reducedMotion() }); });
    retheme();
    charts.forEach(function (c) { c.chart.resize(); });
  }
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
  if (window.matchMedia) {
    var print = window.matchMedia("print");
    if (print.addEventListener) print.addEventListener("change", function (e) {
      if (e.matches) beforePrint(); else afterPrint();
    });
  }

  /* ---------- heading anchors: a click copies the section's full URL ---------- */

  var toast = document.querySelector(".toast");
  var toastTimer = null;
  function say(text) {
    if (!toast) return;
    toast.textContent = text;
    toast.classList.add("show");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.classList.remove("show"); }, 2500);
  }

  // execCommand is the only way to copy where the Clipboard API is refused.
  function legacyCopy(text) {
    var active = document.activeElement;
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (active && active.focus) active.focus();
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return legacyCopy(text); }
      );
    }
    return Promise.resolve(legacyCopy(text));
  }

  var copyLabel = (me && me.dataset.copyLabel) || "Copy link";
  Array.prototype.forEach.call(document.querySelectorAll("a.anchor"), function (a) {
    // Anchors written by the markdown renderer are hidden from assistive
    // technology, yet focusable: give them a name instead.
    if (a.getAttribute("aria-hidden") === "true") {
      a.removeAttribute("aria-hidden");
      var heading = a.parentNode;
      var text = heading ? heading.textContent.replace(/#\s*$/, "").trim() : "";
      a.setAttribute("aria-label", copyLabel + ": " + text);
    }
  });

  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.anchor");
    if (!a) return;
    var url = location.href.split("#")[0] + a.getAttribute("href");
    root.dataset.copiedLink = url;
    copy(url).then(function (ok) {
      say(ok ? (toast.dataset.copied || "Link copied") : url);
    });
    // The default action still runs: the address bar shows the section too.
  });

  /* ---------- sidebar on narrow screens ---------- */

  var menu = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  function setMenu(open) {
    sidebar.classList.toggle("open", open);
    menu.setAttribute("aria-expanded", open ? "true" : "false");
  }
  if (menu && sidebar) {
    menu.addEventListener("click", function () {
      var open = !sidebar.classList.contains("open");
      setMenu(open);
      if (open) {
        var current = sidebar.querySelector("[aria-current]") || sidebar.querySelector("a");
        if (current) current.focus();
      }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && sidebar.classList.contains("open")) {
        setMenu(false);
        menu.focus();
      }
    });
    document.addEventListener("click", function (e) {
      if (sidebar.classList.contains("open") && !sidebar.contains(e.target) && !menu.contains(e.target)) {
        setMenu(false);
      }
    });
  }

  /* ---------- search ---------- */

  // The same terms as src/render/search.rs: lowercased words of letters and
  // digits, and every pair of adjacent CJK characters.
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
  var WORD = /[\p{L}\p{N}]/u;
  function terms(text) {
    var out = [], word = "", run = [];
    function flushRun() {
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    for (var ch of text) {
      if (CJK.test(ch)) {
        if (word) { out.push(word); word = ""; }
        run.push(ch);
      } else {
        flushRun();
        if (WORD.test(ch)) word += ch.toLowerCase();
        else if (word) { out.push(word); word = ""; }
      }
    }
    flushRun();
    if (word) out.push(word);
    return out;
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function union(lists) {
    var seen = {}, out = [];
    lists.forEach(function (l) { l.forEach(function (x) { if (!seen[x]) { seen[x] = 1; out.push(x); } }); });
    return out.sort(function (a, b) { return a - b; });
  }

  var termKeys = null;
  // Rows matching every term of the query; the last word also matches as a
  // prefix, so results appear while the reader is still typing.
  function find(index, query) {
    var q = query.trim().toLowerCase();
    var qs = terms(q);
    var rows;
    if (!qs.length) {
      // A single CJK character or a symbol has no term: scan the text.
      rows = [];
      index.docs.forEach(function (d, i) { if ((d[0] + " " + d[1] + " " + d[3]).toLowerCase().indexOf(q) >= 0) rows.push(i); });
    } else {
      var last = qs[qs.length - 1];
      var lastIsWord = !CJK.test(last);
      qs.forEach(function (t, k) {
        var list;
        if (k === qs.length - 1 && lastIsWord) {
          termKeys = termKeys || Object.keys(index.terms);
          list = union(termKeys.filter(function (key) { return key.indexOf(t) === 0; }).map(function (key) { return index.terms[key]; }));
        } else {
          list = index.terms[t] || [];
        }
        rows = rows ? intersect(rows, list) : list;
      });
    }
    var scored = rows.map(function (i) {
      var d = index.docs[i];
      var heading = d[1].toLowerCase(), title = d[0].toLowerCase(), text = d[3].toLowerCase();
      var phrase = (title + " " + heading + " " + text).indexOf(q) >= 0;
      var score = (phrase ? 10 : 0) + (heading.indexOf(q) >= 0 ? 6 : 0) + (title.indexOf(q) >= 0 ? 4 : 0);
      // Chart summaries repeat every month; the prose about a term comes first.
      if (/#charts$/.test(d[2])) score -= 3;
      return { i: i, phrase: phrase, score: score, report: d[2].indexOf("reports/") === 0 };
    });
    // Bigrams can all occur without the phrase: when some rows hold the exact
    // phrase, the others are noise.
    if (scored.some(function (r) { return r.phrase; })) scored = scored.filter(function (r) { return r.phrase; });
    // Ties: chapters in reading order, then reports newest first (the index
    // lists them oldest first).
    scored.sort(function (a, b) {
      return b.score - a.score || (a.report - b.report) || (a.report ? b.i - a.i : a.i - b.i);
    });
    return scored.map(function (r) { return r.i; });
  }

  // A window of the text around the first match, with matches marked.
  function snippet(text, query, into) {
    var lower = text.toLowerCase();
    var needles = [query.trim().toLowerCase()].concat(terms(query));
    var at = -1, len = 0;
    for (var k = 0; k < needles.length && at < 0; k++) {
      if (needles[k]) { at = lower.indexOf(needles[k]); len = needles[k].length; }
    }
    var start = Math.max(0, at - 30);
    var end = Math.min(text.length, (at < 0 ? 0 : at) + 90);
    if (start > 0) into.appendChild(document.createTextNode("…"));
    if (at < 0) {
      into.appendChild(document.createTextNode(text.slice(0, 90)));
    } else {
      into.appendChild(document.createTextNode(text.slice(start, at)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(at, at + len);
      into.appendChild(mark);
      into.appendChild(document.createTextNode(text.slice(at + len, end)));
    }
    if (end < text.length) into.appendChild(document.createTextNode("…"));
  }

  var form = document.querySelector("form.search");
  if (form) {
    form.hidden = false;
    var input = form.querySelector("input");
    var panel = form.querySelector(".search-results");
    var siteRoot = new URL(form.dataset.root || "./", location.href).href;
    var state = "idle"; // idle → loading → ready | failed

    var loadIndex = function (then) {
      if (state === "ready") return then();
      if (state === "loading" || state === "failed") return;
      state = "loading";
      var s = document.createElement("script");
      s.src = new URL(form.dataset.index, location.href).href;
      s.onload = function () { state = window.csbookSearch ? "ready" : "failed"; then(); };
      s.onerror = function () { state = "failed"; then(); };
      document.head.appendChild(s);
    };

    var status = function (text) {
      panel.textContent = "";
      var p = document.createElement("p");
      p.className = "search-status";
      p.textContent = text;
      panel.appendChild(p);
      panel.hidden = false;
    };

    var render = function () {
      var q = input.value;
      if (!q.trim()) { panel.hidden = true; panel.textContent = ""; return; }
      if (state === "failed") return status(form.dataset.unavailable);
      if (state !== "ready") { status(form.dataset.loading); return loadIndex(render); }
      var index = window.csbookSearch;
      var rows = find(index, q);
      panel.dataset.query = q;
      status(rows.length ? rows.length + " " + form.dataset.count : form.dataset.none);
      if (!rows.length) return;
      var list = document.createElement("ol");
      rows.slice(0, 20).forEach(function (i) {
        var d = index.docs[i];
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL(d[2], siteRoot).href;
        var title = document.createElement("span");
        title.className = "result-title";
        title.textContent = d[1] ? d[0] + " › " + d[1] : d[0];
        var text = document.createElement("span");
        text.className = "result-text";
        snippet(d[3], q, text);
        a.appendChild(title);
        a.appendChild(text);
        li.appendChild(a);
        list.appendChild(li);
      });
      panel.appendChild(list);
    };

    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 60); });
    input.addEventListener("focus", function () { loadIndex(function () { if (input.value.trim()) render(); }); });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = panel.querySelector("a");
      if (first) location.href = first.href;
    });
    form.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(panel.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault();
        if (at === 0) input.focus(); else links[at - 1].focus();
      } else if (e.key === "Escape") {
        input.value = "";
        panel.hidden = true;
        input.focus();
      }
    });
    document.addEventListener("click", function (e) { if (!form.contains(e.target)) panel.hidden = true; });
    // "/" jumps to the search box, as on many documentation sites.
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
      }
    });
  }

  /* ---------- archive: jump to a month, compare two months ---------- */

  var jump = document.querySelector("form.jump");
  if (jump) {
    jump.hidden = false;
    jump.addEventListener("submit", function (e) {
      e.preventDefault();
      location.href = jump.querySelector("select").value;
    });
  }

  var pick = document.querySelector("form.compare-pick");
  var data = document.getElementById("archive-data");
  if (pick && data) {
    pick.hidden = false;
    var archive = JSON.parse(data.textContent);
    var table = document.querySelector(".compare-table");
    var pointsUnit = table.dataset.points || "pp";
    var byLabel = {};
    archive.months.forEach(function (m) { byLabel[m.label] = m; });
    var fixed = function (v, d) {
      return new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
    };
    var update = function () {
      var from = byLabel[pick.elements.from.value], to = byLabel[pick.elements.to.value];
      if (!from || !to) return;
      table.querySelector(".compare-from").textContent = from.label;
      table.querySelector(".compare-to").textContent = to.label;
      var rows = table.tBodies[0].rows;
      archive.indicators.forEach(function (ind, i) {
        var cells = rows[i].cells;
        var a = from.values[i], b = to.values[i];
        var show = function (v) { return v == null ? "–" : fixed(v, ind.decimals) + ind.suffix; };
        cells[1].textContent = show(a);
        cells[2].textContent = show(b);
        var delta = a == null || b == null ? null : b - a;
        var body = delta == null ? "" : fixed(Math.abs(delta), ind.decimals);
        var zero = delta == null || /^[0.,]*$/.test(body);
        var direction = zero ? "flat" : delta > 0 ? "up" : "down";
        var tone = zero || ind.better === "neither" ? "neutral"
          : (direction === "up") === (ind.better === "higher") ? "good" : "bad";
        var text = delta == null ? "–"
          : (zero ? "±" : delta > 0 ? "+" : "−") + body + (ind.points ? " " + pointsUnit : "");
        var span = cells[3].querySelector(".delta");
        span.className = "delta tone-" + tone;
        span.innerHTML = '<span class="arrow arrow-' + direction + '" aria-hidden="true"></span>';
        span.appendChild(document.createTextNode(text));
      });
    };
    pick.addEventListener("change", update);
    update();
  }

  // A link to a collapsed section (the tests of one segment) opens it.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
