/**
 * `sfn-conformance matrix <report.jsonl>... [--out <dir>]`, minus the file system: it takes the
 * reports' texts and a site writer (conformance/cli.ts reads and writes the files).
 * Exit codes: 0 the site was written; 2 bad input — a file that is not a run report (nothing is
 * written), or a report without a footer (an interrupted run: the site is written, with a warning).
 */
import { buildMatrix, type SiteWriter } from "./matrix.ts";
import { parseRunReport, RunReportFormatError, type ReadRunReport } from "./report-text.ts";

export const MATRIX_USAGE = "sfn-conformance matrix <report.jsonl>... [--out <dir>]   (default --out site)";

export interface MatrixArguments {
  files: string[];
  outDir: string;
}

export function parseMatrixArguments(args: readonly string[]): MatrixArguments | { error: string } {
  const files: string[] = [];
  let outDir = "site";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out") {
      const value = args[++i];
      if (value === undefined || value === "") return { error: "--out needs a directory" };
      outDir = value;
    } else if (arg.startsWith("--out=")) {
      outDir = arg.slice("--out=".length);
      if (!outDir) return { error: "--out needs a directory" };
    } else if (arg.startsWith("--")) {
      return { error: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { error: "give at least one run report (.jsonl)" };
  return { files, outDir };
}

export interface MatrixCommandResult {
  exitCode: 0 | 2;
  /** Errors and warnings for the user (stderr). */
  messages: string[];
  /** Site-relative paths written. */
  written: string[];
}

export function runMatrixCommand(
  inputs: readonly { path: string; text: string }[],
  write: SiteWriter,
  options: { generatedAt?: string } = {},
): MatrixCommandResult {
  const messages: string[] = [];
  const read: ReadRunReport[] = [];
  for (const input of inputs) {
    try {
      read.push(parseRunReport(input.text, input.path));
    } catch (e) {
      if (!(e instanceof RunReportFormatError)) throw e;
      messages.push(`error: ${e.message}`);
    }
  }
  if (messages.length > 0 || read.length === 0) {
    if (read.length === 0 && messages.length === 0) messages.push("error: no run report given");
    messages.push("no site written");
    return { exitCode: 2, messages, written: [] };
  }
  const warnings = read.flatMap((r) => r.warnings);
  messages.push(...warnings.map((w) => `warning: ${w}`));
  const written = buildMatrix(
    read.map((r) => r.report),
    write,
    { warnings, ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}) },
  );
  const interrupted = inputs.filter((_, i) => read[i]!.interrupted).map((input) => input.path);
  if (interrupted.length > 0) {
    messages.push(`the site was written, but ${interrupted.join(", ")} ${interrupted.length === 1 ? "is" : "are"} incomplete (interrupted run)`);
    return { exitCode: 2, messages, written };
  }
  return { exitCode: 0, messages, written };
}
