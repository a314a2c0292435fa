/**
 * Which cases the reference runtime must pass: AWS-recorded, self-contained (`needs` empty), JSONPath.
 * Shared by runtime/recorded-cases.test.ts and cases/report-pass-rates.ts so both agree.
 */
import type { ExecutionCase } from "../conformance/compare/execution-case.ts";
import { executionCaseFiles } from "./execution/index.ts";

export function isRequiredCase(testCase: ExecutionCase): boolean {
  return testCase.provenance.kind === "aws-recorded" && testCase.needs.length === 0 && testCase.queryLanguage === "JSONPath";
}

/** Every execution case under cases/execution/, in file then id order. */
export function allExecutionCases(): ExecutionCase[] {
  return executionCaseFiles.flatMap((file) => file.data.cases);
}
