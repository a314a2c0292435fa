/** The matrix site's index: the implementations compared, then the feature-tree matrix. */
import { html, type Html } from "./html.ts";
import { cellHtml, legend, page, relativeLink } from "./matrix-layout.ts";
import { cellOf, type Matrix, type MatrixColumn } from "./matrix-model.ts";
import { countStatuses, summaryTotals } from "./verdicts.ts";

const PATH = "index.html";

function implementationRow(column: MatrixColumn): Html {
  const { header } = column;
  const totals = summaryTotals(countStatuses(column.results.values()));
  return html`<tr>
<th>${column.label}${column.interrupted ? html` <span class="badge s-TIMEOUT" title="the report has no footer">interrupted</span>` : ""}</th>
<td>${header.target.url ?? ""}</td>
<td>${header.suiteVersion}</td>
<td>${header.startedAt}</td>
<td>${column.interrupted ? `${column.results.size} of ${header.caseCount}` : column.results.size}</td>
<td>${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped</td>
</tr>`;
}

export function indexPage(matrix: Matrix, warnings: readonly string[], generatedAt?: string): string {
  const width = matrix.columns.length + 1;
  const sections = matrix.sections.map((section) => {
    const rows = section.rows.map(
      (row) => html`<tr${row.summary ? html` class="summary"` : ""}>
<th><a href="${relativeLink(PATH, row.page)}">${row.label}</a> <span class="muted">(${row.caseIds.length})</span></th>
${matrix.columns.map((column) => cellHtml(cellOf(column, row.caseIds), relativeLink(PATH, row.page)))}
</tr>`,
    );
    const uncovered =
      section.featuresWithoutCases.length > 0
        ? html`<tr><td colspan="${width}" class="muted">No case declares: ${section.featuresWithoutCases.join(", ")}</td></tr>`
        : "";
    return html`<tr class="section"><th colspan="${width}">${section.title}${section.description ? html` <span class="muted">— ${section.description}</span>` : ""}</th></tr>
${rows}
${uncovered}`;
  });
  const body = html`<h1>Step Functions conformance matrix</h1>
${warnings.map((w) => html`<p class="warning">${w}</p>`)}
<h2>Implementations</h2>
<table>
<thead><tr><th>implementation</th><th>url</th><th>suite</th><th>started</th><th>cases</th><th>result</th></tr></thead>
<tbody>${matrix.columns.map(implementationRow)}</tbody>
</table>
<h2>Matrix</h2>
${legend()}
<table class="matrix">
<thead><tr><th>feature / area</th>${matrix.columns.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
<tbody>
${sections}
</tbody>
</table>
${generatedAt ? html`<p class="muted">Generated ${generatedAt}.</p>` : ""}`;
  return page(PATH, "sfn-conformance matrix", body);
}
