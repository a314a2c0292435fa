/**
 * Node entry (`npm start`): serves the Step Functions API. Flags and their environment fallbacks
 * are in server-options.ts (`npm start -- --help`). SIGINT/SIGTERM close the server, cancel every
 * pending timer and exit 0; a second signal exits at once.
 */
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { MockConfigError, parseMockConfig, type MockConfig } from "../integrations/mock-config.ts";
import { installedServiceModels } from "./model/installed-models-node.ts";
import { createService } from "./service.ts";
import { parseServerOptions, serverUsage, UsageError, type ServerOptions } from "./server-options.ts";
import { stoppableTimers } from "./stoppable-timers.ts";

let options: ServerOptions;
try {
  options = parseServerOptions(process.argv.slice(2), process.env);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`${e.message}\n\n${serverUsage}`);
  process.exit(2);
}
if (options.help) {
  console.log(serverUsage);
  process.exit(0);
}

let mockConfig: MockConfig | undefined;
if (options.mockConfigPath !== undefined) {
  try {
    mockConfig = parseMockConfig(readFileSync(options.mockConfigPath, "utf8"));
  } catch (e) {
    const reason = e instanceof MockConfigError ? e.message : `cannot read it: ${e instanceof Error ? e.message : String(e)}`;
    console.error(`Mock configuration ${options.mockConfigPath}: ${reason}`);
    process.exit(2);
  }
}

const timers = stoppableTimers(options.timeScale);
const { app } = createService({ timers, serviceModels: installedServiceModels(), ...(mockConfig ? { mockConfig } : {}) });
const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
  console.log(`sfn-conformance reference runtime: Step Functions API on http://${options.host}:${info.port} (time scale ${options.timeScale})`);
  if (mockConfig) console.log(`mock configuration ${options.mockConfigPath}: ${Object.keys(mockConfig.StateMachines).length} state machine(s)`);
});
server.on("error", (error: Error) => {
  console.error(`Cannot serve on ${options.host}:${options.port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) process.exit(0);
  stopping = true;
  console.log(`${signal}: stopping`);
  timers.stop();
  server.close(() => {
    process.exitCode = 0;
  });
  // Idle keep-alive connections and open long polls would otherwise hold close() open.
  if ("closeAllConnections" in server) server.closeAllConnections();
}
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("SIGTERM", () => shutdown("SIGTERM"));
