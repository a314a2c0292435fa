/**
 * `sfn-conformance run`, minus the platform: arguments and manifest → target connection → probe →
 * run → the report written to the report directory (report.jsonl as the run goes, then junit.xml
 * and report.tap), progress on stderr, the chosen format on stdout (the console summary ends with
 * `N passed, N failed`). Exit codes: 0 every required case passed, 1 some failed, 2 usage errors or
 * a target that cannot be reached or does not speak the protocol. The platform (files, fetch,
 * streams, environment) comes in through `RunCommandIo` (conformance/cli.ts on Node).
 */
import knownFailuresJson from "../../cases/known-failures.json" with { type: "json" };
import knownHistoryDifferencesJson from "../../cases/known-history-differences.json" with { type: "json" };
import { consoleSummary } from "../report/console-summary.ts";
import { toJUnit } from "../report/junit.ts";
import { createProgress, type Progress } from "../report/progress.ts";
import { reportLineText, runReportText } from "../report/report-text.ts";
import { toTap } from "../report/tap.ts";
import { parseRunArguments, RUN_USAGE, type RunArguments } from "./arguments.ts";
import { loadCorpus } from "./corpus.ts";
import { probeTarget } from "./probe.ts";
import { runConformance } from "./runner.ts";
import { isSelected } from "./selection.ts";
import { embeddedTarget, remoteTarget, type TargetConnection } from "./target.ts";
import { parseTargetManifest, TargetManifestError, type TargetManifest } from "./target-manifest.ts";
import type { KnownFailures } from "./verdict.ts";
import type { ServiceOptions } from "../../runtime/api/service.ts";

export interface ReportFile {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface RunCommandIo {
  readText(path: string): Promise<string>;
  /** Creates (or truncates) a file, creating its directory. */
  createFile(path: string): Promise<ReportFile>;
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY: boolean;
  /** fetch for remote targets (Node: undici with keep-alive and a connection limit). */
  fetch(request: Request): Promise<Response>;
  env: Record<string, string | undefined>;
  suiteVersion: string;
  /** The embedded runtime's platform-given options, as its server entry sets them (Node: other services' API models). */
  embeddedService?: Omit<ServiceOptions, "timeScale" | "timers">;
}

/** The embedded runtime's default time scale: Wait/Retry/timeouts 100× shorter. */
export const EMBEDDED_TIME_SCALE = 0.01;

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function knownFailuresFor(connection: TargetConnection, manifest: TargetManifest | undefined): KnownFailures {
  const reference = manifest?.referenceKnownFailures ?? connection.embedded;
  return {
    cases: { ...(reference ? (knownFailuresJson as Record<string, string>) : {}), ...(manifest?.knownFailures ?? {}) },
    history: reference ? (knownHistoryDifferencesJson as Record<string, string>) : {},
  };
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

/** Runs the command; resolves to the exit code. */
export async function runCommand(args: readonly string[], io: RunCommandIo): Promise<number> {
  const parsed = parseRunArguments(args, io.env);
  if ("error" in parsed) {
    io.stderr(`${parsed.error}\nusage: ${RUN_USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(`usage: ${RUN_USAGE}\n`);
    return 0;
  }
  let manifest: TargetManifest | undefined;
  if (parsed.manifestPath) {
    try {
      manifest = parseTargetManifest(await io.readText(parsed.manifestPath), parsed.manifestPath);
    } catch (e) {
      io.stderr(`${e instanceof TargetManifestError ? e.message : `cannot read ${parsed.manifestPath}: ${(e as Error).message}`}\n`);
      return 2;
    }
  }
  const connection = connect(parsed, manifest, io);
  try {
    return await runAgainst(connection, parsed, manifest, io);
  } finally {
    connection.close();
  }
}

async function runAgainst(connection: TargetConnection, parsed: RunArguments, manifest: TargetManifest | undefined, io: RunCommandIo): Promise<number> {
  const probe = await probeTarget(connection.probe, connection.description.url ?? "the target");
  if (!probe.ok) {
    io.stderr(`${probe.message}\n`);
    return 2;
  }

  const corpus = loadCorpus();
  const selection = { filters: parsed.filters, tags: parsed.tags };
  if (!corpus.some((c) => isSelected(c, selection))) {
    io.stderr(`no case matches ${[...parsed.filters.map((f) => `--filter ${f}`), ...parsed.tags.map((t) => `--tag ${t}`)].join(" ")}\n`);
    return 2;
  }
  const ids = new Set(corpus.map((c) => c.id));
  const unknownIds = Object.keys(manifest?.knownFailures ?? {}).filter((id) => !ids.has(id));
  if (unknownIds.length > 0) io.stderr(`warning: the manifest's knownFailures name ${unknownIds.length} case(s) not in the corpus: ${unknownIds.slice(0, 3).join(", ")}\n`);

  const seed = parsed.seed ?? crypto.getRandomValues(new Uint32Array(1))[0]!;
  const jsonl = await io.createFile(joinPath(parsed.reportDir, "report.jsonl"));
  let progress: Progress | undefined;
  let writing: Promise<void> = Promise.resolve();
  const report = await runConformance({
    connection,
    corpus,
    selection,
    unsupported: manifest?.unsupported ?? [],
    known: knownFailuresFor(connection, manifest),
    concurrency: parsed.concurrency,
    caseTimeoutMs: parsed.timeoutSeconds * 1000,
    runTimeoutMs: parsed.runTimeoutSeconds * 1000,
    seed,
    suiteVersion: io.suiteVersion,
    headerOptions: {
      concurrency: parsed.concurrency,
      timeoutSeconds: parsed.timeoutSeconds,
      runTimeoutSeconds: parsed.runTimeoutSeconds,
      timeScale: connection.timeScale,
      region: connection.region,
      ...(parsed.filters.length ? { filters: parsed.filters } : {}),
      ...(parsed.tags.length ? { tags: parsed.tags } : {}),
    },
    runId: randomHex(4),
    emit(line) {
      writing = writing.then(() => jsonl.write(reportLineText(line)));
      if (line.type === "header") progress = createProgress((text) => io.stderr(text), io.stderrIsTTY, line.caseCount);
      else if (line.type === "case") progress?.update(line);
      else progress?.finish();
    },
    warn: (text) => io.stderr(`warning: ${text}\n`),
  });
  await writing;
  await jsonl.close();
  for (const [name, text] of [
    ["junit.xml", toJUnit(report)],
    ["report.tap", toTap(report)],
  ] as const) {
    const file = await io.createFile(joinPath(parsed.reportDir, name));
    await file.write(text);
    await file.close();
  }
  const output = { console: consoleSummary, jsonl: runReportText, junit: toJUnit, tap: toTap }[parsed.format](report);
  io.stdout(output);
  if (parsed.format === "console") io.stderr(`report: ${joinPath(parsed.reportDir, "report.jsonl")} (also junit.xml, report.tap)\n`);
  return report.footer?.exitCode ?? 1;
}

function connect(parsed: RunArguments, manifest: TargetManifest | undefined, io: RunCommandIo): TargetConnection {
  const url = parsed.target ?? manifest?.endpoint;
  const region = parsed.region ?? manifest?.region ?? "us-east-1";
  if (url === undefined) {
    return embeddedTarget({
      timeScale: parsed.timeScale ?? manifest?.timeScale ?? EMBEDDED_TIME_SCALE,
      region,
      suiteVersion: io.suiteVersion,
      ...(manifest ? { manifest } : {}),
      ...(io.embeddedService ? { service: io.embeddedService } : {}),
    });
  }
  return remoteTarget({
    url,
    fetch: (request) => io.fetch(request),
    credentials: { accessKeyId: parsed.accessKeyId, secretAccessKey: parsed.secretAccessKey, ...(parsed.sessionToken ? { sessionToken: parsed.sessionToken } : {}) },
    region,
    timeScale: parsed.timeScale ?? manifest?.timeScale ?? 1,
    ...(manifest ? { manifest } : {}),
  });
}
