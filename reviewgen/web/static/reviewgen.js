// reviewgen's browser code: GOV.UK Frontend's components, htmx's CSRF header, and the
// redaction review's keyboard, selection and highlight updates. No inline scripts: the
// Content-Security-Policy allows only files from this site.
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

const csrf = document.body.dataset.csrf;
document.body.addEventListener("htmx:configRequest", (event) => {
  if (csrf) event.detail.headers["X-CSRF-Token"] = csrf;
});

const candidates = () => Array.from(document.querySelectorAll("#candidates .rg-candidate"));
let current = null;
const undo = [];

function marksOf(id) {
  return document.querySelectorAll(`.rg-mark[data-c="${id}"]`);
}

function select(row, scroll = true) {
  if (!row) return;
  document.querySelectorAll(".rg-current").forEach((el) => el.classList.remove("rg-current"));
  current = row.dataset.c;
  row.classList.add("rg-current");
  row.focus({ preventScroll: !scroll });
  if (scroll) row.scrollIntoView({ block: "nearest" });
  const marks = marksOf(current);
  marks.forEach((el) => el.classList.add("rg-current"));
  if (scroll && marks.length) marks[0].scrollIntoView({ block: "nearest" });
}

function showDecision(row) {
  // The highlights and the preview follow the decision just saved.
  const decision = row.dataset.decision;
  marksOf(row.dataset.c).forEach((el) => {
    el.classList.remove("rg-dec-redact", "rg-dec-keep", "rg-dec-undecided");
    el.classList.add(`rg-dec-${decision}`);
    const label = el.querySelector(".rg-label");
    if (label && row.dataset.label) label.textContent = row.dataset.label;
  });
}

function post(row, decision) {
  if (!row || !window.htmx) return;
  undo.push({ id: row.dataset.c, previous: row.dataset.decision });
  const url = row.querySelector("form").getAttribute("action");
  window.htmx.ajax("POST", url, {
    target: `#c-${row.dataset.c}`, swap: "outerHTML",
    values: { decision, version: row.dataset.version, csrf_token: csrf },
  });
}

document.body.addEventListener("htmx:beforeRequest", (event) => {
  const row = event.detail.elt.closest && event.detail.elt.closest(".rg-candidate");
  const decision = event.detail.requestConfig && event.detail.requestConfig.parameters
    && event.detail.requestConfig.parameters.decision;
  if (row && decision && event.detail.elt.tagName === "FORM") undo.push({ id: row.dataset.c, previous: row.dataset.decision });
});

// After htmx settles, not when it swaps: settling resets the new row's classes, which
// would drop the highlight of a row the person selected in the meantime.
document.body.addEventListener("htmx:afterSettle", (event) => {
  const row = event.detail.target && document.getElementById(event.detail.target.id);
  if (row && row.classList.contains("rg-candidate")) {
    showDecision(row);
    // A fast keyboard may have moved on while the answer came back: keep that place.
    if (row.dataset.c === current) select(row, false);
  }
});

document.addEventListener("keydown", (event) => {
  if (!document.getElementById("candidates")) return;
  const typing = event.target.closest("input, textarea, select, [contenteditable]");
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const rows = candidates();
  const index = rows.findIndex((row) => row.dataset.c === current);
  const row = rows[index];
  if (event.key === "n") select(rows[Math.min(index + 1, rows.length - 1)] || rows[0]);
  else if (event.key === "p") select(rows[Math.max(index - 1, 0)]);
  else if (event.key === "r") post(row, "redact");
  else if (event.key === "k") post(row, "keep");
  else if (event.key === "u") {
    const last = undo.pop();
    const target = last && document.getElementById(`c-${last.id}`);
    if (target) { post(target, last.previous); undo.pop(); select(target); }
  } else return;
  event.preventDefault();
});

// Clicking a highlight selects its candidate in the panel.
document.addEventListener("click", (event) => {
  const mark = event.target.closest && event.target.closest("mark.rg-mark");
  if (mark) select(document.getElementById(`c-${mark.dataset.c}`));
});

// Selecting words in the original offers them as a term to add.
const original = document.getElementById("original");
const term = document.getElementById("term");
if (original && term) {
  original.addEventListener("mouseup", () => {
    const text = String(window.getSelection() || "").replace(/\s+/g, " ").trim();
    if (text && text.length <= 200) {
      term.value = text;
      term.focus();
    }
  });
}
