/**
 * The `sfn-conformance` command line (Node entry; the conformance runner's `run` command arrives
 * with the runner itself). Commands available now:
 *   execute <definition.json> [input-json]   run a definition in the reference runtime, print history + outcome
 *   validate <definition.json> [--type STANDARD|EXPRESS] [--severity ERROR|WARNING]
 *   matrix <report.jsonl>... [--out <dir>]   an HTML matrix comparing run reports (conformance/report/)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runExecution, type ExecutionResult, type Json } from "../mod.ts";
import { validateStateMachineDefinition } from "../runtime/definition/validate.ts";
import { InvalidDefinitionError } from "../runtime/definition/parse-definition.ts";
import { MATRIX_USAGE, parseMatrixArguments, runMatrixCommand } from "./report/matrix-command.ts";

const USAGE = `usage:
  sfn-conformance execute <definition.json> [input-json] [--time-scale F]
  sfn-conformance validate <definition.json> [--type STANDARD|EXPRESS] [--severity ERROR|WARNING]
  ${MATRIX_USAGE}`;

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

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "matrix") return matrix(rest);
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
