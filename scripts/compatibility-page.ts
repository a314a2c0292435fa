/**
 * docs/compatibility.md from run reports: the reference runtime and other implementations (moto)
 * side by side, per case area and per feature group of cases/features.json. Pure: the caller reads
 * the reports and writes the page (scripts/publish-compatibility.ts).
 *
 * A cell reads `passed/played (pct%)`: played = cases that ran (not SKIP, not UNSUPPORTED), passed =
 * PASS or XFAIL; `—` when the target played none of them; `n/a` when the target's report has no
 * such case at all.
 */
import type { CaseResult, RunReport } from "../conformance/report/run-report.ts";
import { countStatuses, isPassed, isSkipped, summaryTotals } from "../conformance/report/verdicts.ts";

export interface FeatureGroups {
  groups: Record<string, { description: string; features: string[] }>;
}

export interface CompatibilityTarget {
  /** Column title, e.g. "reference (embedded)". */
  label: string;
  report: RunReport;
  /** The exact command that produced the report. */
  command: string;
}

export interface CompatibilityPageInput {
  targets: CompatibilityTarget[];
  features: FeatureGroups;
  /** When the page was generated (ISO-8601). */
  generatedAt: string;
  /** The command that regenerates the page. */
  regenerate: string;
  /** Free lines under "Versions" (tool versions, node, python...). */
  versions: string[];
  /** Free prose under the title. */
  notes?: string[];
}

interface Tally {
  played: number;
  passed: number;
  total: number;
}

function tally(cases: readonly CaseResult[]): Tally {
  let played = 0;
  let passed = 0;
  for (const c of cases) {
    if (isSkipped(c.status)) continue;
    played++;
    if (isPassed(c.status)) passed++;
  }
  return { played, passed, total: cases.length };
}

/** `passed/played (pct%)`, `—` (nothing played) or `n/a` (no such case in the report). */
export function formatTally(t: Tally): string {
  if (t.total === 0) return "n/a";
  if (t.played === 0) return "—";
  return `${t.passed}/${t.played} (${Math.floor((100 * t.passed) / t.played)}%)`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

/** Rows keyed by `key(case)`, one column per target, sorted by key; the case count is the largest over targets. */
function groupedRows(targets: readonly CompatibilityTarget[], keysOf: (c: CaseResult) => string[], order?: readonly string[]): string[][] {
  const byTarget = targets.map((t) => {
    const map = new Map<string, CaseResult[]>();
    for (const c of t.report.cases) for (const key of keysOf(c)) map.set(key, [...(map.get(key) ?? []), c]);
    return map;
  });
  const keys = order ? order.filter((k) => byTarget.some((m) => m.has(k))) : [...new Set(byTarget.flatMap((m) => [...m.keys()]))].sort();
  return keys.map((key) => {
    const tallies = byTarget.map((m) => tally(m.get(key) ?? []));
    return [key, String(Math.max(...tallies.map((t) => t.total))), ...tallies.map(formatTally)];
  });
}

export function compatibilityPage(input: CompatibilityPageInput): string {
  const { targets } = input;
  const columns = targets.map((t) => t.label);
  const lines: string[] = ["# Compatibility: the reference runtime and other implementations", ""];
  lines.push(
    `Generated ${input.generatedAt} by \`${input.regenerate}\` (scripts/publish-compatibility.ts). Each cell is`,
    "`passed/played (pct%)` over the corpus cases of that row: *played* = cases the target ran (not SKIP: the case",
    "needs another service or cannot be played through the API; not UNSUPPORTED: the target's manifest declares",
    "the capability missing), *passed* = PASS (or XFAIL, a listed known failure). `—` = none played.",
    "The HTML matrix with every case is [docs/conformance/matrix/](conformance/matrix/index.html).",
    "",
  );
  for (const note of input.notes ?? []) lines.push(note, "");

  lines.push("## Runs", "");
  for (const t of targets) {
    const { header } = t.report;
    const totals = summaryTotals(countStatuses(t.report.cases));
    lines.push(
      `- **${t.label}**: ${header.target.name}${header.target.version ? ` ${header.target.version}` : ""}, run of ${header.startedAt}, seed ${header.seed ?? "none"}: ` +
        `${t.report.cases.length} cases, ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped. Command: \`${t.command}\``,
    );
  }
  lines.push("", "## Versions", "", ...input.versions.map((v) => `- ${v}`), "");

  lines.push("## Overall", "");
  const overall = (filter: (c: CaseResult) => boolean) => targets.map((t) => formatTally(tally(t.report.cases.filter(filter))));
  lines.push(
    ...table(
      ["cases", ...columns],
      [
        ["all", ...overall(() => true)],
        ["execution", ...overall((c) => c.kind === "execution")],
        ["api (contract and validation)", ...overall((c) => c.kind === "api")],
        ["level core", ...overall((c) => c.level === "core")],
        ["level optional", ...overall((c) => c.level === "optional")],
        ["level aws-quirk", ...overall((c) => c.level === "aws-quirk")],
        ["recorded on AWS", ...overall((c) => c.provenance.kind === "aws-recorded")],
        ["derived from the spec", ...overall((c) => c.provenance.kind === "spec")],
      ],
    ),
    "",
  );

  lines.push("## By area", "", "The case folder: `execution/<area>` (cases/execution/) or `api/<area>` (cases/api/, cases/validation/).", "");
  lines.push(...table(["area", "cases", ...columns], groupedRows(targets, (c) => [`${c.kind}/${c.area}`])), "");

  lines.push("## By feature", "", "Cases declaring each feature of cases/features.json (a case counts in every feature it declares).", "");
  for (const [group, { description, features }] of Object.entries(input.features.groups)) {
    const rows = groupedRows(targets, (c) => c.features.filter((f) => features.includes(f)), features);
    if (rows.length === 0) continue;
    const groupTallies = targets.map((t) => formatTally(tally(t.report.cases.filter((c) => c.features.some((f) => features.includes(f))))));
    lines.push(`### ${group}`, "", description, "");
    lines.push(...table(["feature", "cases", ...columns], [[`**all ${group}**`, "", ...groupTallies.map((x) => `**${x}**`)], ...rows]), "");
  }
  return lines.join("\n");
}
