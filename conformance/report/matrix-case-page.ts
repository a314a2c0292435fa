/**
 * A page per case: what it asked (definition, input, operation/request, expected) and, side by
 * side, each implementation's status, explanation, mismatches and actual answer.
 */
import { html, type Html } from "./html.ts";
import { page, relativeLink, statusBadge } from "./matrix-layout.ts";
import type { Matrix, MatrixCase, MatrixColumn } from "./matrix-model.ts";
import { explanation } from "./failure-text.ts";

/** Longest JSON text shown in one block; longer values are cut with a note. */
const MAX_JSON_CHARS = 100_000;
/** How many mismatches are listed per implementation. */
const MAX_MISMATCHES = 50;
/** The members of `case` shown first, in this order; any others follow. */
const REQUEST_ORDER = ["definition", "input", "operation", "request", "expected"];

function jsonText(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_JSON_CHARS ? `${text.slice(0, MAX_JSON_CHARS)}\n… (${text.length - MAX_JSON_CHARS} more characters)` : text;
}

function jsonBlock(value: unknown): Html {
  return html`<pre>${typeof value === "string" ? value : jsonText(value)}</pre>`;
}

function shortJson(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = jsonText(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

function requestSection(c: MatrixCase): Html {
  if (!c.request) return html`<p class="muted">No report carries the case's definition and expectation.</p>`;
  const request = c.request;
  const keys = [...REQUEST_ORDER.filter((k) => k in request), ...Object.keys(request).filter((k) => !REQUEST_ORDER.includes(k))];
  return html`${c.requestDiffersIn.length > 0 ? html`<p class="warning">The case differs in the reports of: ${c.requestDiffersIn.join(", ")} (another suite version?). Shown: the first report's.</p>` : ""}
${keys.map((k) => html`<h3>${k}</h3>${jsonBlock(request[k])}`)}`;
}

function resultPanel(column: MatrixColumn, c: MatrixCase): Html {
  const result = column.results.get(c.id);
  if (!result) return html`<section class="result"><h3>${column.label}</h3>${statusBadge("ABSENT")} <span class="muted">this report has no result for the case</span></section>`;
  const text = explanation(result);
  const mismatches = result.mismatches ?? [];
  return html`<section class="result">
<h3>${column.label}</h3>
<p>${statusBadge(result.status)} <span class="muted">${result.durationMs} ms${result.required === false ? " · not required" : ""}</span></p>
${result.reason ? html`<p><span class="muted">reason:</span> ${result.reason}</p>` : ""}
${result.message || (text && result.status !== "PASS" && !result.reason) ? html`<pre>${text}</pre>` : ""}
${mismatches.length > 0
    ? html`<details open><summary>${mismatches.length} mismatch(es)</summary>
<table><thead><tr><th>path</th><th>expected</th><th>actual</th><th>message</th></tr></thead><tbody>
${mismatches.slice(0, MAX_MISMATCHES).map((m) => html`<tr><td class="id">${m.path}</td><td><pre>${shortJson(m.expected)}</pre></td><td><pre>${shortJson(m.actual)}</pre></td><td>${m.message}</td></tr>`)}
</tbody></table>${mismatches.length > MAX_MISMATCHES ? html`<p class="muted">… and ${mismatches.length - MAX_MISMATCHES} more</p>` : ""}</details>`
    : ""}
${result.actual !== undefined ? html`<details${result.status === "PASS" ? "" : html` open`}><summary>actual answer</summary>${jsonBlock(result.actual)}</details>` : ""}
</section>`;
}

export function casePage(matrix: Matrix, c: MatrixCase): string {
  const path = c.page;
  const features = c.features.map((f, i) => {
    const target = matrix.featurePages.get(f);
    return html`${i > 0 ? ", " : ""}${target ? html`<a href="${relativeLink(path, target)}">${f}</a>` : f}`;
  });
  const provenance = Object.entries(c.provenance).map(([k, v]) => html`${k}: ${typeof v === "string" ? v : JSON.stringify(v)}<br>`);
  const body = html`<h1>${c.id}</h1>
<dl class="meta">
<dt>kind</dt><dd>${c.kind}</dd>
<dt>area</dt><dd>${c.area}</dd>
<dt>level</dt><dd>${c.level}</dd>
<dt>features</dt><dd>${features.length > 0 ? features : html`<span class="muted">none</span>`}</dd>
<dt>provenance</dt><dd>${provenance}</dd>
</dl>
<h2>Results</h2>
<div class="results">
${matrix.columns.map((column) => resultPanel(column, c))}
</div>
<h2>What the case asks</h2>
${requestSection(c)}`;
  return page(path, `${c.id} — sfn-conformance matrix`, body);
}
