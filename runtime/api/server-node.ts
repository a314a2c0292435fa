/**
 * Node entry: serves the Step Functions API on 127.0.0.1 (PORT, default 8083; HOST to change the
 * address; SFN_TIME_SCALE to speed up Wait/Retry delays).
 */
import { serve } from "@hono/node-server";
import { createService } from "./service.ts";

const port = Number(process.env["PORT"] ?? 8083);
const hostname = process.env["HOST"] ?? "127.0.0.1";
const timeScale = Number(process.env["SFN_TIME_SCALE"] ?? 1);
const { app } = createService({ timeScale });
serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`sfn-conformance reference runtime: Step Functions API on http://${hostname}:${info.port} (time scale ${timeScale})`);
});
