/**
 * JUnit XML from a run report: one <testsuite> per kind/area, one <testcase> per case. FAIL and
 * XPASS become <failure>, ERROR and TIMEOUT <error>, UNSUPPORTED, SKIP and XFAIL <skipped> with
 * their reason. The testcase `name` is the case id, the `classname` `<kind>.<area>`.
 */
import { escapeAttribute, escapeText } from "./markup-escape.ts";
import { explanation, firstLines } from "./failure-text.ts";
import type { CaseResult, RunReport } from "./run-report.ts";

/** Longest failure text (in lines) put inside a <failure>/<error> element. */
const MAX_BODY_LINES = 200;

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join("");
}

interface Tally {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  timeMs: number;
}

function tally(cases: readonly CaseResult[]): Tally {
  const t: Tally = { tests: cases.length, failures: 0, errors: 0, skipped: 0, timeMs: 0 };
  for (const c of cases) {
    if (c.status === "FAIL" || c.status === "XPASS") t.failures++;
    else if (c.status === "ERROR" || c.status === "TIMEOUT") t.errors++;
    else if (c.status === "UNSUPPORTED" || c.status === "SKIP" || c.status === "XFAIL") t.skipped++;
    t.timeMs += c.durationMs;
  }
  return t;
}

function testcaseBody(c: CaseResult): string {
  const text = explanation(c);
  const headline = text.split(/\r?\n/, 1)[0] ?? "";
  switch (c.status) {
    case "FAIL":
    case "XPASS":
      return `<failure${attributes({ type: c.status, message: headline })}>${escapeText(firstLines(text, MAX_BODY_LINES).join("\n"))}</failure>`;
    case "ERROR":
    case "TIMEOUT":
      return `<error${attributes({ type: c.status, message: headline })}>${escapeText(firstLines(text, MAX_BODY_LINES).join("\n"))}</error>`;
    case "UNSUPPORTED":
    case "SKIP":
    case "XFAIL":
      return `<skipped${attributes({ message: `${c.status}${c.reason ? `: ${c.reason}` : ""}` })}/>`;
    case "PASS":
      return "";
  }
}

function testcase(c: CaseResult): string {
  const open = `<testcase${attributes({ name: c.id, classname: `${c.kind}.${c.area}`, time: seconds(c.durationMs) })}`;
  const body = testcaseBody(c);
  return body ? `    ${open}>\n      ${body}\n    </testcase>` : `    ${open}/>`;
}

/** The report as a JUnit XML document. */
export function toJUnit(report: RunReport): string {
  const { header } = report;
  const suites = new Map<string, CaseResult[]>();
  for (const c of report.cases) {
    const key = `${c.kind}/${c.area}`;
    if (!suites.has(key)) suites.set(key, []);
    suites.get(key)!.push(c);
  }
  const properties = [
    ["target", header.target.name],
    ["target.version", header.target.version],
    ["target.url", header.target.url],
    ["suiteVersion", header.suiteVersion],
    ["seed", header.seed === undefined ? undefined : String(header.seed)],
    ["interrupted", report.footer ? undefined : "true"],
  ].filter((p): p is [string, string] => p[1] !== undefined);
  const propertiesXml = [
    "    <properties>",
    ...properties.map(([name, value]) => `      <property${attributes({ name, value })}/>`),
    "    </properties>",
  ];
  const body: string[] = [];
  for (const [name, cases] of [...suites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const t = tally(cases);
    body.push(
      `  <testsuite${attributes({ name, tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped, time: seconds(t.timeMs), timestamp: header.startedAt })}>`,
      ...propertiesXml,
      ...cases.map(testcase),
      "  </testsuite>",
    );
  }
  const all = tally(report.cases);
  const targetName = header.target.version ? `${header.target.name} ${header.target.version}` : header.target.name;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({
      name: `sfn-conformance ${header.suiteVersion} on ${targetName}`,
      tests: all.tests,
      failures: all.failures,
      errors: all.errors,
      skipped: all.skipped,
      time: seconds(report.footer?.durationMs ?? all.timeMs),
      timestamp: header.startedAt,
    })}>`,
    ...body,
    "</testsuites>",
    "",
  ].join("\n");
}
