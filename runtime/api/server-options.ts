/**
 * The server entries' command line: `--port`, `--host`, `--time-scale`, `--mock-config`, `--help`,
 * with the environment variables PORT, HOST, SFN_TIME_SCALE and SFN_MOCK_CONFIG as fallbacks (a
 * flag wins over its variable).
 * Web-standard: the entries pass in their own argument list and environment.
 */
export interface ServerOptions {
  /** TCP port; 0 asks the system for a free one. */
  port: number;
  /** Address to listen on. */
  host: string;
  /** Multiplies Wait/Retry delays and activity long polls (0.01 makes them 100x shorter). */
  timeScale: number;
  /** `--help` was given: print `serverUsage` and exit. */
  help: boolean;
  /** A Step Functions Local mock configuration file to load (the entry reads and checks it). */
  mockConfigPath?: string;
}

export const DEFAULT_PORT = 8083;
export const DEFAULT_HOST = "127.0.0.1";

export const serverUsage = `Usage: npm start -- [options]

Serves the Step Functions API of the sfn-conformance reference runtime.

Options:
  --port <n>          TCP port to listen on; 0 picks a free one (default ${DEFAULT_PORT})   env PORT
  --host <address>    address to listen on (default ${DEFAULT_HOST})                   env HOST
  --time-scale <x>    multiply Wait/Retry delays and activity long polls by x,   env SFN_TIME_SCALE
                      e.g. 0.01 for 100x faster (default 1: real time)
  --mock-config <f>   a Step Functions Local mock configuration file; run a     env SFN_MOCK_CONFIG
                      test case with StartExecution on <machine ARN>#<case>      (or SFN_MOCK_CONFIG_FILE)
  -h, --help          print this help

Flags win over the environment variables. Stop the server with Ctrl-C (SIGINT) or SIGTERM.`;

/** A command line the server cannot start with; the message says which argument and why. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Setting = "port" | "host" | "timeScale" | "mockConfig";

const FLAGS: Record<string, Setting> = { "--port": "port", "--host": "host", "--time-scale": "timeScale", "--mock-config": "mockConfig" };
/** Each setting's variables, first found wins (SFN_MOCK_CONFIG is AWS Step Functions Local's name). */
const ENVIRONMENT: Record<Setting, readonly string[]> = {
  port: ["PORT"],
  host: ["HOST"],
  timeScale: ["SFN_TIME_SCALE"],
  mockConfig: ["SFN_MOCK_CONFIG", "SFN_MOCK_CONFIG_FILE"],
};

export function parseServerOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ServerOptions {
  const given: Partial<Record<Setting, { text: string; source: string }>> = {};
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    const equals = arg.indexOf("=");
    const flag = arg.startsWith("--") && equals > 0 ? arg.slice(0, equals) : arg;
    const setting = Object.hasOwn(FLAGS, flag) ? FLAGS[flag] : undefined;
    if (!setting) throw new UsageError(`Unknown argument '${arg}'`);
    let text: string | undefined;
    if (flag !== arg) text = arg.slice(equals + 1);
    else {
      text = args[i + 1];
      if (text === undefined || (text.startsWith("--") && text.length > 2)) throw new UsageError(`${flag} needs a value`);
      i++;
    }
    given[setting] = { text, source: flag };
  }
  for (const setting of Object.keys(ENVIRONMENT) as Setting[]) {
    for (const variable of ENVIRONMENT[setting]) {
      const value = env[variable];
      if (given[setting] === undefined && value !== undefined && value !== "") given[setting] = { text: value, source: variable };
    }
  }
  return {
    port: given.port ? parsePort(given.port.text, given.port.source) : DEFAULT_PORT,
    host: given.host ? parseHost(given.host.text, given.host.source) : DEFAULT_HOST,
    timeScale: given.timeScale ? parseTimeScale(given.timeScale.text, given.timeScale.source) : 1,
    help,
    ...(given.mockConfig ? { mockConfigPath: parsePath(given.mockConfig.text, given.mockConfig.source) } : {}),
  };
}

function parsePort(text: string, source: string): number {
  const port = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UsageError(`${source} must be a port number from 0 to 65535, got '${text}'`);
  return port;
}

function parseHost(text: string, source: string): string {
  const host = text.trim();
  if (host === "" || /\s/.test(host)) throw new UsageError(`${source} must be a host name or IP address, got '${text}'`);
  return host;
}

function parsePath(text: string, source: string): string {
  if (text.trim() === "") throw new UsageError(`${source} must be a file path, got '${text}'`);
  return text;
}

function parseTimeScale(text: string, source: string): number {
  const scale = text.trim() === "" ? NaN : Number(text);
  if (!Number.isFinite(scale) || scale < 0) throw new UsageError(`${source} must be a number of at least 0 (e.g. 0.01), got '${text}'`);
  return scale;
}
