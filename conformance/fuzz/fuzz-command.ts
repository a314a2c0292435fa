/**
 * `sfn-conformance fuzz`, minus the platform (conformance/cli.ts gives it files, the console and
 * the network):
 *
 *   sfn-conformance fuzz [--target URL] [--against URL] [--runs N] [--seed N] [--out DIR]
 *                        [--property NAME]... [--manifest FILE] [--against-manifest FILE]
 *                        [--timeout S] [--max-findings N] [--max-shrinks N] [--tasks | --no-tasks]
 *                        [--query-language L]
 *
 * Without --target, the reference runtime is fuzzed: every in-process property (properties.ts) and
 * the differential property between the embedded runtime behind its API and --against (default:
 * the embedded runtime again, i.e. self-consistency). With --target URL, only the differential
 * property runs, the target against --against (default: the embedded reference runtime). --runs
 * is the number of generated values in total, shared evenly by the properties. Findings go to
 * --out (default fuzz-findings/) as case files and findings.json (findings-files.ts). Exit code 0
 * when nothing was found, 1 when something was, 2 on a usage error.
 */
import { embeddedTarget, remoteTarget, type TargetConnection } from "../run/target.ts";
import { parseTargetManifest, TargetManifestError, type TargetManifest } from "../run/target-manifest.ts";
import type { ServiceOptions } from "../../runtime/api/service.ts";
import { apiTarget, differentialProperty } from "./differential.ts";
import { findingsFiles } from "./findings-files.ts";
import { fuzzProperty, type PropertyReport } from "./fuzz-run.ts";
import { PROPERTY_FACTORIES, type FuzzProperty } from "./properties.ts";

export const FUZZ_USAGE = `sfn-conformance fuzz [--target URL] [--against URL] [--runs N] [--seed N] [--out DIR] [--property NAME]...
                        [--manifest FILE] [--against-manifest FILE] [--timeout S] [--max-findings N] [--tasks | --no-tasks]
                        [--max-shrinks N] [--query-language JSONPath|JSONata]`;

export interface FuzzArguments {
  target?: string;
  against?: string;
  manifestPath?: string;
  againstManifestPath?: string;
  runs: number;
  seed: number;
  outDir: string;
  properties: string[];
  timeoutSeconds: number;
  maxFindings: number;
  /** Shrink steps per finding (default 100; each step reruns the execution on both targets). */
  maxShrinks: number;
  tasks?: boolean;
  /** Generate machines of this query language only (default: both, and mixed). */
  queryLanguage?: "JSONPath" | "JSONata";
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface FuzzCommandIo {
  readText(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  fetch(request: Request): Promise<Response>;
  env: Record<string, string | undefined>;
  suiteVersion: string;
  /** More options for the embedded runtime (as its server entry gives them). */
  embeddedService?: Omit<ServiceOptions, "timeScale" | "timers">;
}

/** The embedded runtime's time scale here: a second of Wait or Retry takes a millisecond. */
const EMBEDDED_TIME_SCALE = 0.001;
export const ALL_PROPERTIES = [...Object.keys(PROPERTY_FACTORIES), "differential"];

export function parseFuzzArguments(args: readonly string[], env: Record<string, string | undefined> = {}): FuzzArguments | { error: string } {
  const parsed: FuzzArguments = {
    runs: 1000,
    seed: Math.floor(Math.random() * 2 ** 31),
    outDir: "fuzz-findings",
    properties: [],
    timeoutSeconds: 30,
    maxFindings: 20,
    maxShrinks: 100,
    region: env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"] ?? "us-east-1",
    accessKeyId: env["AWS_ACCESS_KEY_ID"] ?? "test",
    secretAccessKey: env["AWS_SECRET_ACCESS_KEY"] ?? "test",
    ...(env["AWS_SESSION_TOKEN"] ? { sessionToken: env["AWS_SESSION_TOKEN"] } : {}),
  };
  const integer = (name: string, text: string | undefined, min: number): number | { error: string } => {
    const value = Number(text);
    return text !== undefined && Number.isInteger(value) && value >= min ? value : { error: `${name} takes an integer >= ${min}` };
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    const needsValue = !["--tasks", "--no-tasks"].includes(flag);
    if (needsValue && (value === undefined || value.startsWith("--"))) return { error: `${flag} needs a value` };
    switch (flag) {
      case "--target":
        parsed.target = value!;
        break;
      case "--against":
        parsed.against = value!;
        break;
      case "--manifest":
        parsed.manifestPath = value!;
        break;
      case "--against-manifest":
        parsed.againstManifestPath = value!;
        break;
      case "--out":
        parsed.outDir = value!;
        break;
      case "--region":
        parsed.region = value!;
        break;
      case "--access-key":
        parsed.accessKeyId = value!;
        break;
      case "--secret-key":
        parsed.secretAccessKey = value!;
        break;
      case "--query-language":
        if (value !== "JSONPath" && value !== "JSONata") return { error: "--query-language takes JSONPath or JSONata" };
        parsed.queryLanguage = value;
        break;
      case "--property":
        if (!ALL_PROPERTIES.includes(value!)) return { error: `unknown property ${value}: one of ${ALL_PROPERTIES.join(", ")}` };
        parsed.properties.push(value!);
        break;
      case "--tasks":
      case "--no-tasks":
        parsed.tasks = flag === "--tasks";
        continue;
      case "--runs":
      case "--seed":
      case "--timeout":
      case "--max-findings":
      case "--max-shrinks": {
        const n = integer(flag, value, flag === "--seed" || flag === "--max-shrinks" ? 0 : 1);
        if (typeof n !== "number") return n;
        if (flag === "--runs") parsed.runs = n;
        else if (flag === "--seed") parsed.seed = n;
        else if (flag === "--timeout") parsed.timeoutSeconds = n;
        else if (flag === "--max-shrinks") parsed.maxShrinks = n;
        else parsed.maxFindings = n;
        break;
      }
      default:
        return { error: `unknown option ${flag}` };
    }
    i++;
  }
  return parsed;
}

async function readManifest(path: string | undefined, io: FuzzCommandIo): Promise<TargetManifest | undefined | { error: string }> {
  if (!path) return undefined;
  try {
    return parseTargetManifest(await io.readText(path), path);
  } catch (e) {
    return { error: e instanceof TargetManifestError ? e.message : `cannot read ${path}: ${(e as Error).message}` };
  }
}

function connect(url: string | undefined, manifest: TargetManifest | undefined, parsed: FuzzArguments, io: FuzzCommandIo): TargetConnection {
  const endpoint = url ?? manifest?.endpoint;
  const region = manifest?.region ?? parsed.region;
  if (endpoint === undefined) {
    return embeddedTarget({ timeScale: EMBEDDED_TIME_SCALE, region, suiteVersion: io.suiteVersion, ...(manifest ? { manifest } : {}), ...(io.embeddedService ? { service: io.embeddedService } : {}) });
  }
  return remoteTarget({
    url: endpoint,
    fetch: (request) => io.fetch(request),
    credentials: { accessKeyId: parsed.accessKeyId, secretAccessKey: parsed.secretAccessKey, ...(parsed.sessionToken ? { sessionToken: parsed.sessionToken } : {}) },
    region,
    timeScale: manifest?.timeScale ?? 1,
    ...(manifest ? { manifest } : {}),
  });
}

function summaryLine(report: PropertyReport): string {
  const known = Object.values(report.known).reduce((a, b) => a + b, 0);
  return `${report.property.padEnd(14)} ${String(report.runs).padStart(7)} runs ${String(report.findings.length).padStart(3)} finding(s)${known ? ` (${known} known)` : ""}  ${(report.milliseconds / 1000).toFixed(1)} s`;
}

export async function fuzzCommand(args: readonly string[], io: FuzzCommandIo): Promise<number> {
  const parsed = parseFuzzArguments(args, io.env);
  if ("error" in parsed) {
    io.stderr(`${parsed.error}\nusage: ${FUZZ_USAGE}\n`);
    return 2;
  }
  const manifest = await readManifest(parsed.manifestPath, io);
  const againstManifest = await readManifest(parsed.againstManifestPath, io);
  for (const m of [manifest, againstManifest]) {
    if (m && "error" in m) {
      io.stderr(`${m.error}\n`);
      return 2;
    }
  }
  const targetManifest = manifest as TargetManifest | undefined;
  const remote = (parsed.target ?? targetManifest?.endpoint) !== undefined;
  const anyRemote = remote || parsed.against !== undefined || (againstManifest as TargetManifest | undefined)?.endpoint !== undefined;
  const selected = parsed.properties.length > 0 ? parsed.properties : remote ? ["differential"] : ALL_PROPERTIES;
  if (remote && selected.some((name) => name !== "differential")) {
    io.stderr(`with --target only the differential property runs (the others check the reference runtime in process)\nusage: ${FUZZ_USAGE}\n`);
    return 2;
  }
  const timeoutMs = parsed.timeoutSeconds * 1000;
  const tasks = parsed.tasks ?? !anyRemote;
  const properties: Array<FuzzProperty<unknown>> = [];
  const connections: TargetConnection[] = [];
  const opened = (connection: TargetConnection) => (connections.push(connection), connection);
  for (const name of selected) {
    if (name === "differential") {
      const target = apiTarget(opened(connect(parsed.target, targetManifest, parsed, io)), { timeoutMs });
      const against = apiTarget(opened(connect(parsed.against, againstManifest as TargetManifest | undefined, parsed, io)), { timeoutMs });
      // Real time on a remote target: short Waits and Retries; no task left unanswered (a worker's
      // latency would race the task's timeout).
      const machines = { tasks, taskTimeouts: false, ...(anyRemote ? { maxWaitSeconds: 1, maxRetryAttempts: 1 } : {}), ...(parsed.queryLanguage ? { queryLanguage: parsed.queryLanguage } : {}) };
      properties.push(differentialProperty(target, against, { machines }) as FuzzProperty<unknown>);
    } else {
      // In virtual time a run takes milliseconds: a few seconds without an end is a hang.
      properties.push(PROPERTY_FACTORIES[name]!({ timeoutMs: Math.min(timeoutMs, 3000), ...(parsed.queryLanguage ? { machines: { queryLanguage: parsed.queryLanguage } } : {}) }) as FuzzProperty<unknown>);
    }
  }
  io.stderr(`fuzz: seed ${parsed.seed}, ${parsed.runs} runs over ${properties.map((p) => p.name).join(", ")}\n`);
  const reports: PropertyReport[] = [];
  const share = Math.max(1, Math.floor(parsed.runs / properties.length));
  try {
    for (const property of properties) {
      const report = await fuzzProperty(property, {
        runs: share,
        seed: parsed.seed,
        batchSize: property.name === "differential" ? 200 : 1000,
        maxFindings: parsed.maxFindings,
        maxShrinks: parsed.maxShrinks,
        onProgress: (r) => io.stderr(`  ${summaryLine(r)}\n`),
      });
      reports.push(report);
    }
  } finally {
    for (const property of properties) property.close?.();
    for (const connection of connections) connection.close();
  }
  const files = findingsFiles(reports);
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  for (const [path, text] of files) await io.writeFile(`${parsed.outDir.replace(/\/+$/, "")}/${path}`, text);
  io.stdout(`${reports.map(summaryLine).join("\n")}\n`);
  for (const report of reports) {
    for (const finding of report.findings) io.stdout(`  ${report.property}: ${finding.message.split("\n")[0]}${finding.duplicates ? ` (+${finding.duplicates} alike)` : ""}\n`);
    for (const [reason, count] of Object.entries(report.known)) io.stdout(`  ${report.property}: known (${count}x): ${reason.slice(0, 160)}\n`);
  }
  const total = reports.reduce((n, r) => n + r.runs, 0);
  const ms = reports.reduce((n, r) => n + r.milliseconds, 0);
  io.stdout(`${total} runs in ${(ms / 1000).toFixed(1)} s, seed ${parsed.seed}: ${findings} finding(s); ${parsed.outDir}/findings.json\n`);
  return findings > 0 ? 1 : 0;
}
