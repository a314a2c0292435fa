/**
 * A Markdown summary of one run report (conformance/report/README.md): the counts per status and
 * level, then per area (kind/area) the counts and that area's most frequent divergences (the
 * first line of each failure's explanation, numbers and names in ARNs blurred so alike failures
 * group). Used for docs/conformance/moto-summary.md.
 * Usage: node --import tsx scripts/summarize-run-report.ts report.jsonl [--title T] [--intro FILE] > summary.md
 */
import { readFileSync } from "node:fs";
import { parseRunReport } from "../conformance/report/report-text.ts";
import { explanation } from "../conformance/report/failure-text.ts";
import { CASE_STATUSES, type CaseResult } from "../conformance/report/run-report.ts";
import { countStatuses, isFailure, summaryTotals } from "../conformance/report/verdicts.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (!file) {
  console.error("usage: node --import tsx scripts/summarize-run-report.ts report.jsonl [--title T] [--intro FILE]");
  process.exit(2);
}
const { report } = parseRunReport(readFileSync(file, "utf8"), file);
const { header, cases } = report;

/** A divergence's headline, with what varies between alike failures blurred. */
function headline(c: CaseResult): string {
  const first = explanation(c).split("\n").find((line) => line.trim() !== "") ?? c.status;
  return first
    .replace(/arn:aws:[^\s'"]+/g, "<arn>")
    .replace(/\b\d+(\.\d+)?\b/g, "N")
    .replace(/sfnc-[0-9a-f]+-N(-aN)?/g, "<name>")
    .replace(/\s+/g, " ")
    .slice(0, 160);
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/`/g, "'");
const counts = countStatuses(cases);
const totals = summaryTotals(counts);
const lines: string[] = [];
lines.push(`# ${option("--title") ?? `Conformance of ${header.target.name}${header.target.version ? ` ${header.target.version}` : ""}`}`, "");
const intro = option("--intro");
if (intro) lines.push(readFileSync(intro, "utf8").trim(), "");
lines.push(
  `Run of ${header.startedAt} (suite ${header.suiteVersion}, seed ${header.seed ?? "none"}, options \`${JSON.stringify(header.options)}\`): ${cases.length} cases.`,
  "",
  `**${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped.**`,
  "",
  "| status | cases |",
  "|---|---|",
  ...CASE_STATUSES.filter((s) => counts[s] > 0).map((s) => `| ${s} | ${counts[s]} |`),
  "",
);

const areas = new Map<string, CaseResult[]>();
for (const c of cases) areas.set(`${c.kind}/${c.area}`, [...(areas.get(`${c.kind}/${c.area}`) ?? []), c]);
const played = (list: CaseResult[]) => list.filter((c) => c.status !== "SKIP" && c.status !== "UNSUPPORTED").length;
lines.push("## By area", "", "| area | cases | played | PASS | FAIL | ERROR | TIMEOUT | UNSUPPORTED | SKIP |", "|---|---|---|---|---|---|---|---|---|");
for (const [area, list] of [...areas].sort(([a], [b]) => a.localeCompare(b))) {
  const n = countStatuses(list);
  lines.push(`| ${area} | ${list.length} | ${played(list)} | ${n.PASS + n.XFAIL} | ${n.FAIL + n.XPASS} | ${n.ERROR} | ${n.TIMEOUT} | ${n.UNSUPPORTED} | ${n.SKIP} |`);
}
lines.push("");

lines.push("## Top divergences by area", "", "The most frequent failure headlines of each area (first line of the explanation; numbers and ARNs blurred), with one example case.", "");
const byFailures = [...areas].map(([area, list]) => [area, list.filter((c) => isFailure(c.status))] as const).filter(([, f]) => f.length > 0);
byFailures.sort(([, a], [, b]) => b.length - a.length);
for (const [area, failures] of byFailures) {
  lines.push(`### ${area} (${failures.length} failing)`, "", "| cases | status | divergence | example |", "|---|---|---|---|");
  const groups = new Map<string, CaseResult[]>();
  for (const c of failures) groups.set(`${c.status} ${headline(c)}`, [...(groups.get(`${c.status} ${headline(c)}`) ?? []), c]);
  for (const [key, group] of [...groups].sort(([, a], [, b]) => b.length - a.length).slice(0, 6)) {
    const status = key.slice(0, key.indexOf(" "));
    lines.push(`| ${group.length} | ${status} | \`${cell(key.slice(status.length + 1))}\` | ${cell(group[0]!.id)} |`);
  }
  lines.push("");
}
process.stdout.write(`${lines.join("\n")}\n`);
