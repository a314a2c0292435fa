/**
 * The `sfn-conformance` command line (Node entry: the file system, the console, the network).
 * Commands:
 *   run [--target URL] [--manifest FILE] ...  certify an implementation against the corpus (conformance/run/)
 *   execute <definition.json> [input-json]   run a definition in the reference runtime, print history + outcome
 *   validate <definition.json> [--type STANDARD|EXPRESS] [--severity ERROR|WARNING]
 *   matrix <report.jsonl>... [--out <dir>]   an HTML matrix comparing run reports (conformance/report/)
 *   fuzz [--target URL] [--against URL] ...   property-based fuzzing and differential testing (conformance/fuzz/)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import packageJson from "../package.json" with { type: "json" };
import { runExecution, type ExecutionResult, type Json } from "../mod.ts";
import { validateStateMachineDefinition } from "../runtime/definition/validate.ts";
import { InvalidDefinitionError } from "../runtime/definition/parse-definition.ts";
import { MATRIX_USAGE, parseMatrixArguments, runMatrixCommand } from "./report/matrix-command.ts";
import { installedServiceModels } from "../runtime/api/model/installed-models-node.ts";
import { parseRunArguments, RUN_USAGE } from "./run/arguments.ts";
import { runCommand, type ReportFile } from "./run/run-command.ts";
import { fuzzCommand, FUZZ_USAGE } from "./fuzz/fuzz-command.ts";

const USAGE = `usage:
  ${RUN_USAGE}
  sfn-conformance execute <definition.json> [input-json] [--time-scale F]
  sfn-conformance validate <definition.json> [--type STANDARD|EXPRESS] [--severity ERROR|WARNING]
  ${MATRIX_USAGE}
  ${FUZZ_USAGE}`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positional(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith("--")) i++;
    else out.push(args[i]!);
  }
  return out;
}

/** Prints a history one event a line (`id prev Type {details}`), then the outcome. */
export function printExecution(result: ExecutionResult): void {
  for (const event of result.history) {
    const { id, previousEventId, type, timestamp: _t, ...details } = event;
    console.log(`${String(id).padStart(4)} ${String(previousEventId).padStart(4)} ${type} ${JSON.stringify(Object.values(details)[0] ?? {})}`);
  }
  console.log(JSON.stringify({ status: result.status, output: result.output, error: result.error, cause: result.cause }, null, 2));
}

/** `matrix`: reads the reports, writes the site under --out (the work is in report/matrix-command.ts). */
function matrix(args: string[]): number {
  const parsed = parseMatrixArguments(args);
  if ("error" in parsed) {
    console.error(`${parsed.error}\nusage: ${MATRIX_USAGE}`);
    return 2;
  }
  const inputs: { path: string; text: string }[] = [];
  for (const path of parsed.files) {
    try {
      inputs.push({ path, text: readFileSync(path, "utf8") });
    } catch (e) {
      console.error(`cannot read ${path}: ${(e as Error).message}`);
      return 2;
    }
  }
  const writeFile = (path: string, text: string) => {
    const full = join(parsed.outDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  try {
    const result = runMatrixCommand(inputs, writeFile, { generatedAt: new Date().toISOString() });
    for (const message of result.messages) console.error(message);
    if (result.written.length > 0) console.log(`wrote ${result.written.length} page(s): ${join(parsed.outDir, "index.html")}`);
    return result.exitCode;
  } catch (e) {
    console.error(`cannot build the site in ${parsed.outDir}: ${(e as Error).message}`);
    return 2;
  }
}

/**
 * fetch for remote targets: undici's, with keep-alive and a connection limit sized to the run's
 * concurrency (a case may hold a GetActivityTask long poll and a DescribeExecution poll at once);
 * the global fetch when undici is not installed.
 */
async function targetFetch(args: readonly string[]): Promise<(request: Request) => Promise<Response>> {
  try {
    const { Agent, fetch: undiciFetch } = await import("undici");
    const parsed = parseRunArguments(args, process.env);
    const concurrency = "error" in parsed ? 4 : parsed.concurrency;
    const dispatcher = new Agent({ connections: concurrency * 4 + 4, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 30_000, headersTimeout: 120_000, bodyTimeout: 120_000 });
    return async (request) => {
      const body = await request.text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const response = await undiciFetch(request.url, { method: request.method, headers, body, signal: request.signal, dispatcher });
      return response as unknown as Response;
    };
  } catch {
    return (request) => fetch(request);
  }
}

/** `run`: the work is in run/run-command.ts; this gives it files, the console and the network. */
async function run(args: string[]): Promise<number> {
  return runCommand(args, {
    readText: (path) => readFile(path, "utf8"),
    async createFile(path): Promise<ReportFile> {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, "w");
      return {
        write: async (text) => void (await handle.write(text)),
        close: () => handle.close(),
      };
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    fetch: await targetFetch(args),
    env: process.env,
    suiteVersion: packageJson.version,
    // As the server entry (runtime/api/server-node.ts): TestState checks mocks against other services' models.
    embeddedService: { serviceModels: installedServiceModels() },
  });
}

/** `fuzz`: the work is in fuzz/fuzz-command.ts; this gives it files, the console and the network. */
async function fuzz(args: string[]): Promise<number> {
  return fuzzCommand(args, {
    readText: (path) => readFile(path, "utf8"),
    async writeFile(path, text) {
      await mkdir(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    fetch: await targetFetch([]),
    env: process.env,
    suiteVersion: packageJson.version,
    embeddedService: { serviceModels: installedServiceModels() },
  });
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "matrix") return matrix(rest);
  if (command === "run") return run(rest);
  if (command === "fuzz") return fuzz(rest);
  const [file, inputText] = positional(rest);
  if ((command !== "execute" && command !== "validate") || !file) {
    console.error(USAGE);
    return command === "help" || command === "--help" ? 0 : 2;
  }
  let definition: string;
  try {
    definition = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  if (command === "validate") {
    const type = option(rest, "--type") === "EXPRESS" ? "EXPRESS" : "STANDARD";
    const severity = option(rest, "--severity") === "WARNING" ? "WARNING" : "ERROR";
    const result = validateStateMachineDefinition({ definition, type, severity });
    console.log(JSON.stringify(result, null, 2));
    return result.result === "OK" ? 0 : 1;
  }
  let input: Json = {};
  if (inputText !== undefined) {
    try {
      input = JSON.parse(inputText) as Json;
    } catch (e) {
      console.error(`the input is not JSON: ${(e as Error).message}`);
      return 2;
    }
  }
  try {
    const timeScale = Number(option(rest, "--time-scale") ?? "1");
    const result = await runExecution({ definition, input, timeScale });
    printExecution(result);
    return result.status === "SUCCEEDED" ? 0 : 1;
  } catch (e) {
    if (e instanceof InvalidDefinitionError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

// Run directly (`node --import tsx conformance/cli.ts run ...`); bin/sfn-conformance.mjs imports main instead.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
