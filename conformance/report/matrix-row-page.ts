/** A page per matrix row (feature, area, level...): its cases, one line each, with every implementation's status. */
import { html } from "./html.ts";
import { cellHtml, legend, page, relativeLink, statusBadge } from "./matrix-layout.ts";
import { cellOf, type Matrix, type MatrixRow } from "./matrix-model.ts";
import { explanation } from "./failure-text.ts";

export function rowPage(matrix: Matrix, row: MatrixRow): string {
  const path = row.page;
  const summary = html`<table class="matrix">
<thead><tr><th></th>${matrix.columns.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
<tbody><tr class="summary"><th>${row.label}</th>${matrix.columns.map((c) => cellHtml(cellOf(c, row.caseIds), "#cases"))}</tr></tbody>
</table>`;
  const lines = row.caseIds.map((id) => {
    const c = matrix.cases.get(id)!;
    const statuses = matrix.columns.map((column) => {
      const result = column.results.get(id);
      if (!result) return html`<td>${statusBadge("ABSENT")}</td>`;
      const why = explanation(result).split("\n", 1)[0] ?? "";
      return html`<td title="${why}">${statusBadge(result.status)}</td>`;
    });
    return html`<tr><td class="id"><a href="${relativeLink(path, c.page)}">${id}</a></td><td>${c.level}</td><td>${c.kind}/${c.area}</td>${statuses}</tr>`;
  });
  const body = html`<h1>${row.label}</h1>
${row.description ? html`<p class="muted">${row.description}</p>` : ""}
${summary}
<h2 id="cases">${row.caseIds.length} case(s)</h2>
${legend()}
<table>
<thead><tr><th>case</th><th>level</th><th>area</th>${matrix.columns.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
<tbody>
${lines}
</tbody>
</table>`;
  return page(path, `${row.label} — sfn-conformance matrix`, body);
}
