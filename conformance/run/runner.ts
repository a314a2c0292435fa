/**
 * A conformance run: selects and orders the cases, plays them against the target with a bounded
 * pool (per-case and whole-run timeouts), judges them (known failures → XFAIL/XPASS) and emits the
 * run report's lines as they come (conformance/report/README.md): the header, one line per case
 * as it finishes, the footer. Web-standard: the caller supplies the target connection and where
 * lines go (cli.ts writes files and the console).
 */
import type { Mismatch } from "../compare/compare-json.ts";
import { createFooter } from "../report/verdicts.ts";
import { RUN_REPORT_FORMAT_VERSION, type CaseResult, type RunReport, type RunReportHeader, type RunReportLine } from "../report/run-report.ts";
import { playApiCase } from "./api-case-player.ts";
import type { CaseContext, CaseOutcome } from "./case-outcome.ts";
import { caseRequest, type CorpusCase } from "./corpus.ts";
import { playExecutionCase } from "./execution-case-player.ts";
import { nominalSeconds } from "./nominal-duration.ts";
import { isSelected, notPlayed, seededShuffle, type SelectionOptions } from "./selection.ts";
import type { TargetConnection } from "./target.ts";
import { playValidationCase } from "./validation-case-player.ts";
import { verdictOf, type KnownFailures } from "./verdict.ts";

export interface RunnerOptions {
  connection: TargetConnection;
  corpus: readonly CorpusCase[];
  selection: SelectionOptions;
  /** Capabilities the target declares unsupported. */
  unsupported: readonly string[];
  known: KnownFailures;
  concurrency: number;
  caseTimeoutMs: number;
  runTimeoutMs: number;
  seed: number;
  suiteVersion: string;
  /** Recorded in the header's `options`. */
  headerOptions: Record<string, unknown>;
  /** Names what the run creates (`sfnc-<runId>-<n>`). */
  runId: string;
  /** Receives every report line, in order. */
  emit(line: RunReportLine): void;
  /** Warnings for the user (stderr). */
  warn?(text: string): void;
  now?: () => Date;
}

/** Largest mismatch value kept verbatim in a report; longer ones become a text preview. */
const MAX_VALUE_CHARS = 4000;
const MAX_MISMATCHES = 20;
/** How long a case may overrun its timeout while it stops and cleans up before it is abandoned. */
const ABANDON_GRACE_MS = 20_000;

function trimValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}… (${text.length} characters)` : value;
}

/** Longest message line kept (targets may echo whole definitions), and most lines. */
const MAX_LINE_CHARS = 500;
const MAX_MESSAGE_LINES = 200;

function trimMessage(text: string): string {
  const lines = text.split("\n");
  const kept = lines.slice(0, MAX_MESSAGE_LINES).map((line) => (line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}… (${line.length} characters)` : line));
  if (lines.length > MAX_MESSAGE_LINES) kept.push(`… (${lines.length - MAX_MESSAGE_LINES} more line(s))`);
  return kept.join("\n");
}

function reportMismatches(mismatches: readonly Mismatch[]): CaseResult["mismatches"] {
  return mismatches.slice(0, MAX_MISMATCHES).map((m) => ({
    path: m.path,
    ...(m.expected !== undefined ? { expected: trimValue(m.expected) } : {}),
    ...(m.actual !== undefined ? { actual: trimValue(m.actual) } : {}),
    message: m.message,
  }));
}

function play(c: CorpusCase, ctx: CaseContext): Promise<CaseOutcome> {
  switch (c.source) {
    case "execution":
      return playExecutionCase(c.testCase, ctx);
    case "api":
      return playApiCase(c.testCase, ctx);
    case "validation":
      return playValidationCase(c.testCase, ctx);
  }
}

function secondsText(seconds: number): string {
  return Number.isFinite(seconds) ? `${Math.round(seconds * 100) / 100} s` : "unbounded";
}

/** Runs the selected cases and returns the whole report (its lines were emitted as they came). */
export async function runConformance(options: RunnerOptions): Promise<RunReport> {
  const now = options.now ?? (() => new Date());
  const { connection } = options;
  const unsupported = new Set(options.unsupported);
  const cases = seededShuffle(options.corpus.filter((c) => isSelected(c, options.selection)), options.seed);
  const startedAt = now();
  const header: RunReportHeader = {
    type: "header",
    formatVersion: RUN_REPORT_FORMAT_VERSION,
    suite: "sfn-conformance",
    suiteVersion: options.suiteVersion,
    target: connection.description,
    startedAt: startedAt.toISOString(),
    seed: options.seed,
    options: options.headerOptions,
    caseCount: cases.length,
  };
  options.emit(header);

  const slow = cases.filter((c) => c.source === "execution" && c.needs.length === 0 && nominalSeconds(c.testCase) * connection.timeScale * 1000 > options.caseTimeoutMs);
  if (slow.length > 0) {
    const examples = slow.slice(0, 3).map((c) => (c.source === "execution" ? `${c.id} (~${secondsText(nominalSeconds(c.testCase) * connection.timeScale)})` : c.id));
    options.warn?.(
      `${slow.length} case(s) may need more than the per-case timeout (${options.caseTimeoutMs / 1000} s) at time scale ${connection.timeScale} and would then be TIMEOUT: ${examples.join(", ")}${slow.length > 3 ? ", …" : ""}`,
    );
  }

  const results: CaseResult[] = [];
  const runDeadline = Date.now() + options.runTimeoutMs;
  const runController = new AbortController();
  const runTimer = setTimeout(() => runController.abort(`the run timeout (${options.runTimeoutMs / 1000} s) was reached`), options.runTimeoutMs);

  const line = (c: CorpusCase, fields: Pick<CaseResult, "status" | "durationMs"> & Partial<CaseResult>): CaseResult => ({
    type: "case",
    id: c.id,
    kind: c.kind,
    area: c.area,
    level: c.level,
    features: c.features,
    provenance: c.provenance,
    ...fields,
    case: caseRequest(c),
  });

  const finish = (result: CaseResult) => {
    results.push(result);
    options.emit(result);
  };

  const runOne = async (c: CorpusCase, n: number): Promise<void> => {
    const skipped = notPlayed(c, unsupported);
    if (skipped) {
      finish(line(c, { status: skipped.status, durationMs: 0, reason: skipped.reason, ...(skipped.status === "SKIP" ? { required: false } : {}) }));
      return;
    }
    if (runController.signal.aborted) {
      finish(line(c, { status: "TIMEOUT", durationMs: 0, message: `not run: ${String(runController.signal.reason)}` }));
      return;
    }
    const started = Date.now();
    const caseController = new AbortController();
    const timeoutMs = Math.min(options.caseTimeoutMs, Math.max(0, runDeadline - started));
    const caseTimer = setTimeout(() => caseController.abort(`the per-case timeout (${options.caseTimeoutMs / 1000} s) was reached`), timeoutMs);
    const onRunAbort = () => caseController.abort(String(runController.signal.reason));
    runController.signal.addEventListener("abort", onRunAbort, { once: true });
    const { transport, accountId } = connection.forCase(n);
    const ctx: CaseContext = {
      transport,
      accountId,
      region: connection.region,
      roleArn: connection.roleArn(accountId),
      namePrefix: `sfnc-${options.runId}-${n}`,
      timeScale: connection.timeScale,
      signal: caseController.signal,
    };
    let abandon: ReturnType<typeof setTimeout> | undefined;
    let outcome: CaseOutcome;
    try {
      outcome = await Promise.race([
        play(c, ctx).catch((e: unknown): CaseOutcome => ({ result: "error", mismatches: [], message: `the runner broke: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` })),
        new Promise<CaseOutcome>((resolve) => {
          abandon = setTimeout(() => resolve({ result: "timeout", mismatches: [], message: "no result in time, and the case did not stop (abandoned)" }), timeoutMs + ABANDON_GRACE_MS);
        }),
      ]);
    } finally {
      clearTimeout(caseTimer);
      clearTimeout(abandon);
      runController.signal.removeEventListener("abort", onRunAbort);
    }
    if (outcome.result === "timeout") {
      const reason = caseController.signal.aborted ? String(caseController.signal.reason) : "no result in time";
      const nominal = c.source === "execution" ? nominalSeconds(c.testCase) : undefined;
      const estimate = nominal !== undefined && nominal > 0 ? `; its Waits, Retry back-offs and timeouts add up to ~${secondsText(nominal)} at time scale 1 (${secondsText(nominal * connection.timeScale)} at this target's ${connection.timeScale})` : "";
      outcome = { ...outcome, message: `${reason}${estimate}${outcome.message && !outcome.message.startsWith("no result in time") ? `\n${outcome.message}` : ""}` };
    }
    const verdict = verdictOf(c.id, outcome, options.known);
    const message = verdict.message ?? (verdict.status === "PASS" || verdict.status === "XFAIL" || verdict.status === "SKIP" ? undefined : outcome.message);
    finish(
      line(c, {
        status: verdict.status,
        durationMs: Date.now() - started,
        ...(verdict.reason !== undefined ? { reason: verdict.reason } : {}),
        ...(message ? { message: trimMessage(message) } : {}),
        ...(outcome.mismatches.length > 0 && verdict.status !== "PASS" ? { mismatches: reportMismatches(outcome.mismatches) } : {}),
        // A passing case's answer is the expectation: reports (and the matrix built from them) stay small without it.
        ...(outcome.actual && verdict.status !== "PASS" ? { actual: outcome.actual } : {}),
      }),
    );
  };

  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const n = next++;
      await runOne(cases[n]!, n + 1);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, cases.length)) }, worker));
  } finally {
    clearTimeout(runTimer);
  }
  const footer = createFooter(results, startedAt, now());
  options.emit(footer);
  return { header, cases: results, footer };
}
