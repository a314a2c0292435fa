/** Comparison toolkit for conformance cases: JSON comparison with placeholders, history matching. */
export { childPath, compareJson, isMatcher } from "./compare-json.ts";
export type { CompareOptions, JsonTextMode, Mismatch } from "./compare-json.ts";
export { matchHistory } from "./match-history.ts";
export type { ExpectedEvent, HistoryMatchOptions } from "./match-history.ts";
export { formatMismatches } from "./format.ts";
export type { FormatOptions } from "./format.ts";
export { compareOutcome } from "./outcome.ts";
export type { ActualOutcome, ExpectedOutcome } from "./outcome.ts";
export { isBoundPlaceholder, matchTemplate, placeholderShape } from "./placeholders.ts";
export type { Bindings } from "./placeholders.ts";
export type { CaseFile, ExecutionCase, Provenance } from "./execution-case.ts";
export { runCase } from "./run-case.ts";
export type { CaseRunOptions, CaseRunResult, ExecutionRunner } from "./run-case.ts";
