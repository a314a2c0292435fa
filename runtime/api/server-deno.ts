/**
 * Deno entry: `deno serve runtime/api/server-deno.ts` (or `npm run start:deno`) serves the same
 * Step Functions API. `deno serve` binds the listener before this module runs, so the address comes
 * from its own `--port`/`--host` flags (the npm script passes PORT and HOST, default
 * 127.0.0.1:8083); the time scale comes from `--time-scale` after the file name or SFN_TIME_SCALE.
 * SIGINT/SIGTERM cancel pending timers, wait for pending storage writes and exit 0.
 *
 * State is in memory, unless Deno KV is there (`--unstable-kv`) and either SFN_KV_PATH names a
 * database file or the process runs on Deno Deploy (DENO_DEPLOYMENT_ID, where `Deno.openKv()`
 * opens the project's database): then resources, executions and their checkpoints are kept in KV
 * (storage/deno-kv-store.ts, persistence/durable-accounts.ts), and a restarted server takes its
 * running executions up from their last checkpoint. --allow-read and --allow-run=python3 let
 * TestState find other services' API models (model/installed-models-node.ts); without them it
 * has Step Functions' own only.
 */
import { DenoKvStore, type KvLike } from "../storage/deno-kv-store.ts";
import { installedServiceModels } from "./model/installed-models-node.ts";
import { createDurableService } from "./persistence/durable-service.ts";
import { createService } from "./service.ts";
import { DEFAULT_HOST, DEFAULT_PORT, parseServerOptions, UsageError } from "./server-options.ts";
import { stoppableTimers } from "./stoppable-timers.ts";

declare const Deno: {
  args: string[];
  env: { get(name: string): string | undefined };
  exit(code: number): never;
  addSignalListener(signal: "SIGINT" | "SIGTERM", handler: () => void): void;
  /** Present with --unstable-kv (and on Deno Deploy). */
  openKv?: (path?: string) => Promise<KvLike>;
};

const usage = `Usage: [PORT=<n>] [HOST=<address>] npm run start:deno -- [--time-scale <x>]
   or: deno serve --unstable-kv --allow-env --allow-net --allow-read --allow-write --allow-run=python3 [--port <n>] [--host <address>] runtime/api/server-deno.ts [--time-scale <x>]

Serves the Step Functions API of the sfn-conformance reference runtime under Deno
(npm run start:deno: ${DEFAULT_HOST}:${DEFAULT_PORT} unless PORT/HOST say otherwise).
  --time-scale <x>   multiply Wait/Retry delays and activity long polls by x, e.g. 0.01   env SFN_TIME_SCALE
  env SFN_KV_PATH    keep state in this Deno KV database file (needs --unstable-kv); default: in memory
  -h, --help         print this help
Stop the server with Ctrl-C (SIGINT) or SIGTERM.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  return Deno.exit(2);
}

if (Deno.args.some((arg) => /^--(port|host)(=|$)/.test(arg))) {
  fail("deno serve picks the address before this module runs: set PORT/HOST (npm run start:deno), or pass --port/--host to deno serve before the file name");
}
let timeScale = 1;
try {
  const options = parseServerOptions(Deno.args, { SFN_TIME_SCALE: Deno.env.get("SFN_TIME_SCALE") });
  if (options.help) {
    console.log(usage);
    Deno.exit(0);
  }
  timeScale = options.timeScale;
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  fail(e.message);
}

const timers = stoppableTimers(timeScale);
const kvPath = Deno.env.get("SFN_KV_PATH");
const onDeploy = Deno.env.get("DENO_DEPLOYMENT_ID") !== undefined;
let fetchHandler: (request: Request) => Response | Promise<Response>;
let settled: () => Promise<void> = () => Promise.resolve();
let storage = "in memory";
if (Deno.openKv && (kvPath || onDeploy)) {
  const store = await DenoKvStore.open(await Deno.openKv(kvPath || undefined));
  const service = createDurableService({ store, timers, serviceModels: installedServiceModels() });
  fetchHandler = service.fetch;
  settled = () => store.settled();
  storage = `Deno KV ${kvPath ?? "(Deno Deploy)"}: ${service.restored.executions} execution(s) kept, ${service.restored.resumed} taken up again`;
} else {
  if (kvPath) console.error("SFN_KV_PATH is set but Deno KV is not available: run with --unstable-kv (npm run start:deno does); state stays in memory");
  fetchHandler = createService({ timers, serviceModels: installedServiceModels() }).app.fetch;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, () => {
    console.log(`${signal}: stopping`);
    timers.stop();
    void settled().finally(() => Deno.exit(0));
  });
}

export default {
  fetch: (request: Request) => fetchHandler(request),
  onListen(address: { hostname?: string; port?: number }) {
    const host = address.hostname?.includes(":") ? `[${address.hostname}]` : address.hostname;
    console.log(`sfn-conformance reference runtime: Step Functions API on http://${host}:${address.port} (time scale ${timeScale}; state ${storage})`);
  },
};
