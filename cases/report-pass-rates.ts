/**
 * Prints pass rates of every execution case through the in-process interpreter, per area and per
 * group (required set vs JSONata / mixed / with needs). Informational: exits 0 whatever the rates.
 * Usage: node --import tsx cases/report-pass-rates.ts [--failures]
 */
import { runExecution, scaledTimers, StatesError, TaskTokens } from "../mod.ts";
import { type ExecutionRunner, runCase } from "../conformance/compare/run-case.ts";
import { allExecutionCases, isRequiredCase } from "./case-selection.ts";

const run = runExecution as unknown as ExecutionRunner;
const showFailures = typeof process !== "undefined" && process.argv.includes("--failures");

const tally = new Map<string, { passed: number; total: number }>();
const count = (key: string, passed: boolean) => {
  const entry = tally.get(key) ?? { passed: 0, total: 0 };
  entry.total++;
  if (passed) entry.passed++;
  tally.set(key, entry);
};

for (const testCase of allExecutionCases()) {
  const result = await runCase(testCase, run, {
    timeScale: 0.001,
    timeoutMs: 10_000,
    failure: (error: string, cause: string | undefined) => new StatesError(error, cause),
    taskTokens: (timeScale: number) => new TaskTokens(scaledTimers(timeScale)),
  });
  const group = isRequiredCase(testCase) ? "required" : testCase.needs.length ? "needs" : testCase.queryLanguage;
  count(`group ${group}`, result.passed);
  count(`area ${testCase.provenance.kind === "aws-recorded" ? (testCase.provenance.oracleFile ?? "?") : "spec"}`, result.passed);
  if (showFailures && !result.passed && group !== "needs") console.log(`FAIL ${testCase.id}\n  ${result.report.split("\n").join("\n  ")}`);
}
const line = (key: string) => {
  const { passed, total } = tally.get(key)!;
  return `${key}: ${passed}/${total}`;
};
const keys = [...tally.keys()].sort();
console.log(keys.filter((k) => k.startsWith("area ")).map(line).join("\n"));
console.log(keys.filter((k) => k.startsWith("group ")).map(line).join(" | "));
