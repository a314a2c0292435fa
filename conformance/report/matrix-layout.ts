/**
 * What every matrix page shares: the document shell linking the site's one stylesheet (`style.css`,
 * written beside index.html, so the site needs nothing from outside and no script), relative links,
 * status badges and the pass/total cells.
 */
import { html, type Html } from "./html.ts";
import type { Cell } from "./matrix-model.ts";
import { CASE_STATUSES, type CaseStatus } from "./run-report.ts";

/** The site's stylesheet, written once as `style.css` (inlined per page it was a quarter of the site). */
export const STYLESHEET_PATH = "style.css";
export const STYLE = `
:root { color-scheme: light; --border: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #fff; }
header.site { background: #24292f; color: #fff; padding: 10px 20px; }
header.site a { color: #fff; text-decoration: none; font-weight: 600; }
main { padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 0 0 12px; word-break: break-all; }
h2 { font-size: 16px; margin: 24px 0 6px; }
a { color: #0969da; }
.muted { color: var(--muted); }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 6px 10px; border-radius: 6px; margin: 8px 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: 4px 8px; vertical-align: top; }
th { background: #f6f8fa; text-align: left; font-weight: 600; }
table.matrix td.cell { text-align: center; min-width: 90px; white-space: nowrap; }
table.matrix tr.summary th, table.matrix tr.summary td { font-weight: 700; }
table.matrix tr.section th { background: #eaeef2; font-size: 15px; }
table.matrix tr.section .muted { font-weight: 400; font-size: 13px; }
td.cell small { display: block; color: var(--muted); font-size: 11px; }
td.none { background: #f6f8fa; color: var(--muted); }
.badge { display: inline-block; padding: 1px 6px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid transparent; }
.s-PASS { background: #dafbe1; color: #116329; border-color: #4ac26b; }
.s-FAIL { background: #ffebe9; color: #a40e26; border-color: #ff8182; }
.s-ERROR { background: #ffd8d3; color: #82071e; border-color: #cf222e; }
.s-TIMEOUT { background: #fff1e5; color: #953800; border-color: #fb8f44; }
.s-UNSUPPORTED { background: #eaeef2; color: #424a53; border-color: #afb8c1; }
.s-SKIP { background: #f6f8fa; color: #57606a; border-color: #d0d7de; }
.s-XFAIL { background: #fff8c5; color: #7d4e00; border-color: #d4a72c; }
.s-XPASS { background: #ffeff7; color: #99286e; border-color: #e85aad; }
.s-ABSENT { background: #fff; color: #8c959f; border-color: #d0d7de; border-style: dashed; }
pre { background: #f6f8fa; border: 1px solid var(--border); border-radius: 6px; padding: 8px; overflow: auto; max-height: 480px; margin: 4px 0; white-space: pre-wrap; word-break: break-word; }
.results { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); align-items: start; }
.result { border: 1px solid var(--border); border-radius: 6px; padding: 8px 10px; min-width: 0; }
.result h3 { font-size: 14px; margin: 0 0 6px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 12px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; }
details > summary { cursor: pointer; color: var(--muted); }
td.id { word-break: break-all; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
.legend .badge { margin-right: 4px; }
`;

/** The path from `fromPage` to `toPage`, both site-relative (`index.html`, `cases/x.html`). */
export function relativeLink(fromPage: string, toPage: string): string {
  const depth = fromPage.split("/").length - 1;
  return `${"../".repeat(depth)}${toPage}`;
}

/** A complete HTML document. */
export function page(path: string, title: string, body: Html): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${relativeLink(path, STYLESHEET_PATH)}">
</head>
<body>
<header class="site"><a href="${relativeLink(path, "index.html")}">sfn-conformance matrix</a></header>
<main>
${body}
</main>
</body>
</html>
`.text;
}

export function statusBadge(status: CaseStatus | "ABSENT"): Html {
  return html`<span class="badge s-${status}">${status === "ABSENT" ? "not run" : status}</span>`;
}

/** A short legend of the statuses. */
export function legend(): Html {
  return html`<p class="legend muted">${CASE_STATUSES.map((s) => statusBadge(s))} Cells show PASS / cases reported. Over the cases that ran (not SKIP/UNSUPPORTED): green, all passed; red to yellow, none to almost all passed; grey, none ran.</p>`;
}

function breakdown(cell: Cell): string {
  const parts = CASE_STATUSES.filter((s) => cell.counts[s] > 0).map((s) => `${s} ${cell.counts[s]}`);
  if (cell.absent > 0) parts.push(`${cell.absent} not in this report`);
  return parts.join(", ") || "no cases";
}

/** A matrix cell: `PASS/total`, coloured by the pass ratio over the cases that ran. */
export function cellHtml(cell: Cell, href: string): Html {
  if (cell.total === 0) return html`<td class="cell none" title="${breakdown(cell)}">—</td>`;
  const notes: string[] = [];
  const { counts } = cell;
  if (counts.FAIL + counts.ERROR + counts.TIMEOUT > 0) notes.push(`${counts.FAIL + counts.ERROR + counts.TIMEOUT} failed`);
  if (counts.XPASS > 0) notes.push(`${counts.XPASS} xpass`);
  if (counts.XFAIL > 0) notes.push(`${counts.XFAIL} xfail`);
  if (counts.UNSUPPORTED > 0) notes.push(`${counts.UNSUPPORTED} unsupported`);
  if (counts.SKIP > 0) notes.push(`${counts.SKIP} skipped`);
  if (cell.absent > 0) notes.push(`${cell.absent} not reported`);
  if (cell.evaluated === 0) {
    return html`<td class="cell none" title="${breakdown(cell)}"><a href="${href}">${counts.PASS}/${cell.total}</a><small>${notes.join(" · ")}</small></td>`;
  }
  // Green only when every case that ran passed; otherwise red (none) to yellow (almost all), so a
  // single failure among hundreds still shows.
  const hue = counts.PASS === cell.evaluated ? 120 : Math.round((80 * counts.PASS) / cell.evaluated);
  return html`<td class="cell" style="background: hsl(${hue} 70% 86%)" title="${breakdown(cell)}"><a href="${href}">${counts.PASS}/${cell.total}</a>${notes.length > 0 ? html`<small>${notes.join(" · ")}</small>` : ""}</td>`;
}
