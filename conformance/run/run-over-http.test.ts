/**
 * End to end over real sockets: the reference runtime served by @hono/node-server on an ephemeral
 * port of 127.0.0.1, certified through its public API only (remoteTarget: HTTP, SigV4, per-case
 * access keys as accounts). Runs under Deno too (Deno's node:http compatibility, as
 * runtime/api/sdk-client.test.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createService } from "../../runtime/api/service.ts";
import { stoppableTimers } from "../../runtime/api/stoppable-timers.ts";
import { loadCorpus } from "./corpus.ts";
import { probeTarget } from "./probe.ts";
import { runConformance } from "./runner.ts";
import { remoteTarget } from "./target.ts";
import { NO_KNOWN_FAILURES } from "./verdict.ts";

const IDS = [
  "spec::task::activity-history-success",
  "spec::task::timeout-seconds-hang",
  "spec::pass::result-replaces-input",
  "tests/aws/services/stepfunctions/v2/activities/test_activities.py::TestActivities::test_activity_task#create_activity_output",
  "spec::validation::ok-express-plain",
];

test("a handful of cases over HTTP against the reference runtime on an ephemeral port", async () => {
  const timers = stoppableTimers(0.01);
  const { app } = createService({ timers });
  let server!: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve(info.port));
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    const connection = remoteTarget({
      url,
      fetch: (request) => fetch(request),
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
      region: "us-east-1",
      timeScale: 0.01,
      manifest: { name: "reference-over-http", perCaseAccessKey: true },
    });
    assert.deepEqual(await probeTarget(connection.probe, url), { ok: true });
    const corpus = loadCorpus().filter((c) => IDS.includes(c.id));
    assert.equal(corpus.length, IDS.length, "the cases exist");
    const report = await runConformance({
      connection,
      corpus,
      selection: { filters: [], tags: [] },
      unsupported: [],
      known: NO_KNOWN_FAILURES,
      concurrency: 2,
      caseTimeoutMs: 30_000,
      runTimeoutMs: 120_000,
      seed: 3,
      suiteVersion: "0.0.0-test",
      headerOptions: {},
      runId: "http",
      emit: () => undefined,
    });
    assert.deepEqual(
      report.cases.map((c) => [c.id, c.status, c.message ?? ""]).filter(([, status]) => status !== "PASS"),
      [],
    );
    assert.equal(report.cases.length, IDS.length);
    assert.equal(report.header.target.url, url);
    assert.equal(report.footer?.exitCode, 0);
  } finally {
    timers.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
  }
});
