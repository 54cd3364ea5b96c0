/* csbook: starts the charts of a page and the small interactions of the theme.
   A classic script (not a module) so that pages work opened from file://. */
(function () {
  "use strict";
  var root = document.documentElement;

  function dark() {
    var t = root.dataset.theme;
    if (t) return t === "dark";
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  var charts = [];
  function draw(box) {
    if (box.dataset.drawn || typeof echarts === "undefined") return;
    var src = document.getElementById(box.dataset.option);
    if (!src) return;
    box.dataset.drawn = "1";
    var chart = echarts.init(box, dark() ? "dark" : null, {
      renderer: "svg",
      locale: root.lang === "zh-CN" ? "ZH" : "EN"
    });
    var option = JSON.parse(src.textContent);
    option.backgroundColor = "transparent";
    option.aria = { enabled: true };
    chart.setOption(option);
    charts.push({ chart: chart, box: box, option: option });
  }

  function redrawAll() {
    charts.forEach(function (c) {
      c.chart.dispose();
      delete c.box.dataset.drawn;
    });
    var boxes = charts.map(function (c) { return c.box; });
    charts = [];
    boxes.forEach(draw);
  }

  var boxes = Array.prototype.slice.call(document.querySelectorAll(".chart-box"));
  if ("IntersectionObserver" in window) {
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { draw(e.target); io.unobserve(e.target); }
      });
    }, { rootMargin: "200px" });
    boxes.forEach(function (b) { io.observe(b); });
  } else {
    boxes.forEach(draw);
  }
  window.addEventListener("resize", function () {
    charts.forEach(function (c) { c.chart.resize(); });
  });
  window.addEventListener("beforeprint", function () {
    boxes.forEach(draw);
    charts.forEach(function (c) { c.chart.resize(); });
  });

  var theme = document.querySelector(".theme-toggle");
  if (theme) theme.addEventListener("click", function () {
    var next = dark() ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("csbook-theme", next); } catch (e) { /* file:// in some browsers */ }
    redrawAll();
  });

  var menu = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  if (menu && sidebar) menu.addEventListener("click", function () {
    var open = sidebar.classList.toggle("open");
    menu.setAttribute("aria-expanded", open ? "true" : "false");
  });
})();
