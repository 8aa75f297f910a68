/// The workbench's one style sheet and one script, served by the binary itself (no internet needed, no inline
/// script or style: the Content-Security-Policy allows only these).
enum Assets {
    static let css = #"""
:root { --ink:#1d2733; --muted:#5b6675; --line:#d7dde5; --accent:#0b5cad; --bad:#b3261e; --warn:#8a5a00; --ok:#1e7a34; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color:var(--ink); background:var(--bg); }
header.top { display:flex; align-items:center; gap:16px; padding:8px 20px; background:#0b3d6e; color:#fff; }
header.top a { color:#fff; text-decoration:none; }
header.top .brand { font-weight:bold; font-size:17px; }
header.top nav { display:flex; gap:14px; flex:1; }
header.top form { margin:0; }
header.top button { background:transparent; color:#fff; border:1px solid #8fb3d9; border-radius:4px; padding:2px 8px; cursor:pointer; }
main { padding:14px 20px 40px; max-width:1320px; }
h1 { font-size:22px; margin:4px 0 10px; } h2 { font-size:18px; margin:18px 0 8px; } h3 { font-size:15px; margin:12px 0 6px; }
.crumbs { color:var(--muted); font-size:13px; }
.cards { display:flex; flex-wrap:wrap; gap:10px; margin:8px 0; }
.card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:8px 14px; min-width:130px; }
.card b { display:block; font-size:20px; } .card span { color:var(--muted); font-size:12px; }
.scroll { overflow-x:auto; }
table { border-collapse:collapse; background:#fff; font-size:13px; margin:4px 0 10px; }
th, td { border:1px solid var(--line); padding:3px 8px; text-align:left; vertical-align:top; }
th { background:#eef2f6; cursor:pointer; user-select:none; } th.sorted-asc::after { content:" ▲"; } th.sorted-desc::after { content:" ▼"; }
td.num, th.num { text-align:right; }
.filter { margin:4px 0; padding:3px 6px; width:260px; }
.msg { border-radius:6px; padding:8px 12px; margin:8px 0; background:#fff; border:1px solid var(--line); }
.msg.error { border-color:var(--bad); color:var(--bad); } .msg.ok { border-color:var(--ok); color:var(--ok); } .msg.warn { border-color:var(--warn); color:var(--warn); }
ul.messages { list-style:none; padding:0; margin:6px 0; } ul.messages li { padding:4px 8px; border-bottom:1px solid var(--line); background:#fff; font-family: "DejaVu Sans Mono", monospace; font-size:12.5px; }
ul.messages li.error { color:var(--bad); } ul.messages li.warning { color:var(--warn); }
.place { font-weight:bold; }
.grid2 { display:grid; grid-template-columns: 1fr 1fr; gap:16px; }
fieldset { background:#fff; border:1px solid var(--line); border-radius:6px; margin:8px 0; padding:8px 12px; }
legend { font-weight:bold; }
label { display:block; margin:4px 0; font-size:13px; }
select, input[type=text], input[type=password] { font: inherit; padding:3px 6px; max-width:100%; }
select[multiple] { min-width:320px; min-height:110px; }
button, .button { font: inherit; background:var(--accent); color:#fff; border:0; border-radius:4px; padding:5px 12px; cursor:pointer; text-decoration:none; display:inline-block; }
button.secondary { background:#5b6675; } button:disabled { background:#9aa5b1; cursor:not-allowed; }
.downloads a { margin-right:10px; }
.diagram { background:#fff; border:1px solid var(--line); border-radius:6px; height:520px; overflow:hidden; position:relative; cursor:grab; }
.diagram svg { transform-origin: 0 0; }
.diagram .tools { position:absolute; right:8px; top:8px; z-index:2; display:flex; gap:4px; }
.diagram .tools button { padding:2px 9px; }
.diagram g.node.clickable { cursor:pointer; } .diagram g.node.clickable:hover polygon, .diagram g.node.clickable:hover path { stroke:#d97706; stroke-width:2; }
img.diff { max-width:100%; background:#fff; border:1px solid var(--line); }
ol.steps li { margin:4px 0; background:#fff; padding:4px 8px; border:1px solid var(--line); border-radius:4px; }
ol.steps li .effects { color:var(--muted); font-size:12.5px; }
.hidden { display:none; }
form.inline { display:inline-block; margin:0 8px 4px 0; vertical-align:middle; }
form.inline label { display:inline; }
.muted { color:var(--muted); }
details { background:#fff; border:1px solid var(--line); border-radius:6px; margin:6px 0; padding:4px 10px; }
summary { cursor:pointer; font-weight:bold; font-size:13px; } details fieldset { border:0; padding:4px 0; margin:0; }
div.sheet { overflow:auto; max-height:70vh; background:#fff; border:1px solid var(--line); }
table.sheet { margin:0; font-size:12.5px; } table.sheet th { cursor:default; position:sticky; top:0; } table.sheet tbody th { position:sticky; left:0; text-align:right; color:var(--muted); }
table.sheet td { scroll-margin-top:30vh; scroll-margin-left:120px; white-space:nowrap; max-width:320px; overflow:hidden; text-overflow:ellipsis; }
table.sheet tr.target-row td { background:#fff6db; }
table.sheet td:target, table.sheet td.target { background:#ffd24d; outline:3px solid #d97706; outline-offset:-2px; font-weight:bold; }
ul.messages a.place { color:inherit; }
progress { width:420px; height:18px; vertical-align:middle; }
.job form { margin:10px 0; }
.login { max-width:360px; margin:60px auto; background:#fff; padding:20px; border:1px solid var(--line); border-radius:8px; }
"""#

    static let js = #"""
"use strict";
// Sortable tables: click a column head; numbers written the Indonesian way (1.234,5) or the English way sort as numbers.
function cellValue(td) {
  const t = td.textContent.trim();
  const id = t.replace(/\./g, "").replace(",", ".").replace(/[^0-9.\-]/g, "");
  const n = parseFloat(document.documentElement.lang === "id" ? id : t.replace(/,/g, "").replace(/[^0-9.\-]/g, ""));
  return isNaN(n) || !/\d/.test(t) ? t.toLowerCase() : n;
}
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      const asc = !th.classList.contains("sorted-asc");
      table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
      th.classList.add(asc ? "sorted-asc" : "sorted-desc");
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      rows.sort(function (a, b) {
        const x = cellValue(a.cells[col]), y = cellValue(b.cells[col]);
        const c = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
// Filter boxes: <input class="filter" data-table="ID">.
document.querySelectorAll("input.filter").forEach(function (input) {
  input.addEventListener("input", function () {
    const q = input.value.toLowerCase();
    const table = document.getElementById(input.dataset.table);
    Array.from(table.tBodies[0].rows).forEach(function (r) {
      r.classList.toggle("hidden", q !== "" && r.textContent.toLowerCase().indexOf(q) < 0);
    });
  });
});
// The structure picture: wheel or buttons to zoom, drag to pan, click a unit to open it.
document.querySelectorAll(".diagram").forEach(function (box) {
  const svg = box.querySelector("svg");
  if (!svg) return;
  let scale = 1, x = 0, y = 0, drag = null, moved = false;
  svg.removeAttribute("width"); svg.removeAttribute("height");
  svg.style.width = box.clientWidth + "px";
  svg.style.height = "auto";
  function apply() { svg.style.transform = "translate(" + x + "px," + y + "px) scale(" + scale + ")"; }
  function zoom(f) { scale = Math.min(8, Math.max(0.2, scale * f)); apply(); }
  box.querySelector(".zoom-in").addEventListener("click", function () { zoom(1.25); });
  box.querySelector(".zoom-out").addEventListener("click", function () { zoom(0.8); });
  box.querySelector(".zoom-reset").addEventListener("click", function () { scale = 1; x = 0; y = 0; apply(); });
  box.addEventListener("wheel", function (e) { e.preventDefault(); zoom(e.deltaY < 0 ? 1.1 : 0.9); }, { passive: false });
  box.addEventListener("mousedown", function (e) { drag = [e.clientX - x, e.clientY - y]; moved = false; });
  window.addEventListener("mouseup", function () { drag = null; });
  box.addEventListener("mousemove", function (e) {
    if (!drag) return;
    x = e.clientX - drag[0]; y = e.clientY - drag[1]; moved = true; apply();
  });
  const links = JSON.parse(box.dataset.links || "{}");
  svg.querySelectorAll("g.node").forEach(function (g) {
    const title = g.querySelector("title");
    const href = title && links[title.textContent];
    if (!href) return;
    g.classList.add("clickable");
    g.addEventListener("click", function () { if (!moved) window.location.href = href; });
  });
});
// Long jobs: the page asks /job/status every 700 ms, moves the progress bar, and reloads when the job ends.
(function () {
  const box = document.getElementById("job");
  if (!box || box.dataset.state !== "running") return;
  const bar = document.getElementById("job-progress"), text = document.getElementById("job-text"), state = document.getElementById("job-state");
  function poll() {
    fetch(box.dataset.status, { credentials: "same-origin", cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
      if (s.total > 0) { bar.max = s.total; bar.value = s.done; }
      text.textContent = s.text || "";
      state.textContent = s.status || "";
      if (s.state !== "running") { window.location.reload(); return; }
      window.setTimeout(poll, 700);
    }).catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 300);
})();
"""#
}
