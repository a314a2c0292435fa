/**
 * `sfn-conformance run` arguments: parsed and checked, with credentials and region taken from the
 * flags or the AWS_* environment. Pure: the environment is passed in.
 */
export const RUN_USAGE = `sfn-conformance run [--target URL] [--manifest FILE] [--filter GLOB]... [--tag TAG]...
    [--concurrency N] [--timeout S] [--run-timeout S] [--time-scale F] [--report-dir DIR] [--seed N]
    [--format console|jsonl|junit|tap] [--access-key ID] [--secret-key KEY] [--region R]
  Without --target (or a manifest endpoint) the embedded reference runtime is certified in process.`;

export type OutputFormat = "console" | "jsonl" | "junit" | "tap";

export interface RunArguments {
  /** The endpoint to certify; absent = the manifest's endpoint, else the embedded runtime. */
  target?: string;
  manifestPath?: string;
  /** Globs on the case id or area (a case is selected when any matches). */
  filters: string[];
  /** Feature names, levels, areas, kinds or capabilities (a case is selected when any matches). */
  tags: string[];
  concurrency: number;
  /** Per-case timeout in seconds. */
  timeoutSeconds: number;
  /** Whole-run timeout in seconds. */
  runTimeoutSeconds: number;
  /** The time scale (embedded: the runtime's; remote: the target's, overriding the manifest). */
  timeScale?: number;
  reportDir: string;
  seed?: number;
  format: OutputFormat;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** From --region or the environment; the manifest's region applies when absent. */
  region?: string;
  help: boolean;
}

const FORMATS: readonly OutputFormat[] = ["console", "jsonl", "junit", "tap"];
const VALUE_OPTIONS = new Set([
  "--target", "--manifest", "--filter", "--tag", "--concurrency", "--timeout", "--run-timeout", "--time-scale",
  "--report-dir", "--seed", "--format", "--access-key", "--secret-key", "--region",
]);

function positiveNumber(name: string, text: string, integer: boolean): number | { error: string } {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    return { error: `${name} needs a ${integer ? "positive integer" : "positive number"}, got "${text}"` };
  }
  return value;
}

export function parseRunArguments(args: readonly string[], env: Record<string, string | undefined> = {}): RunArguments | { error: string } {
  const values = new Map<string, string[]>();
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return { error: arg.startsWith("-") ? `unknown option ${arg}` : `unexpected argument "${arg}"` };
    const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === "") return { error: `${name} needs a value` };
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  const last = (name: string) => values.get(name)?.at(-1);
  const list = (name: string) => (values.get(name) ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

  const numbers: Record<string, number> = {};
  for (const [name, fallback, integer] of [
    ["--concurrency", 4, true],
    ["--timeout", 60, false],
    ["--run-timeout", 3600, false],
  ] as const) {
    const text = last(name);
    const parsed = text === undefined ? fallback : positiveNumber(name, text, integer);
    if (typeof parsed !== "number") return parsed;
    numbers[name] = parsed;
  }
  let timeScale: number | undefined;
  if (last("--time-scale") !== undefined) {
    const parsed = positiveNumber("--time-scale", last("--time-scale")!, false);
    if (typeof parsed !== "number") return parsed;
    timeScale = parsed;
  }
  let seed: number | undefined;
  if (last("--seed") !== undefined) {
    seed = Number(last("--seed"));
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return { error: `--seed needs an integer from 0 to 4294967295, got "${last("--seed")}"` };
  }
  const format = (last("--format") ?? "console") as OutputFormat;
  if (!FORMATS.includes(format)) return { error: `--format must be one of ${FORMATS.join(", ")}, got "${format}"` };
  const target = last("--target");
  if (target !== undefined) {
    try {
      const url = new URL(target);
      if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `--target must be an http(s) URL, got "${target}"` };
    } catch {
      return { error: `--target must be a URL (e.g. http://127.0.0.1:8083), got "${target}"` };
    }
  }
  const region = last("--region") ?? env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"];
  const sessionToken = last("--access-key") ? undefined : env["AWS_SESSION_TOKEN"];
  return {
    ...(target !== undefined ? { target } : {}),
    ...(last("--manifest") !== undefined ? { manifestPath: last("--manifest")! } : {}),
    filters: values.get("--filter") ?? [],
    tags: list("--tag"),
    concurrency: numbers["--concurrency"]!,
    timeoutSeconds: numbers["--timeout"]!,
    runTimeoutSeconds: numbers["--run-timeout"]!,
    ...(timeScale !== undefined ? { timeScale } : {}),
    reportDir: last("--report-dir") ?? "conformance-report",
    ...(seed !== undefined ? { seed } : {}),
    format,
    accessKeyId: last("--access-key") ?? env["AWS_ACCESS_KEY_ID"] ?? "test",
    secretAccessKey: last("--secret-key") ?? env["AWS_SECRET_ACCESS_KEY"] ?? "test",
    ...(sessionToken ? { sessionToken } : {}),
    ...(region ? { region } : {}),
    help,
  };
}
