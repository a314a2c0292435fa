/**
 * The durable hosts end to end, on loopback (Node-only: it starts processes; run-deno-tests.mjs
 * skips `*.node.test.ts`):
 *
 * - workerd: `wrangler dev` (wrangler.jsonc: one Durable Object per account and region, SQLite
 *   storage persisted under a temporary directory), offline;
 * - Deno: `deno serve --unstable-kv` with SFN_KV_PATH (Deno KV in a temporary file).
 *
 * For each: executions sleeping in Wait states (one in a Parallel branch) are running when the
 * whole host is killed (SIGKILL of its process group); the host is started again, and without any
 * request touching their account the executions finish (workerd: the Durable Object's alarm wakes
 * it; Deno: the server takes them up when it starts), SUCCEEDED, with complete histories where
 * each event is written once. An activity task is in flight too, in another account: the test,
 * as its worker, takes it (GetActivityTask) before the kill and answers its token (SendTaskSuccess)
 * after the restart, as the first request that account's host sees; the execution succeeds with
 * the worker's output and each event once. Then the whole conformance corpus runs against the restarted host
 * (`sfn-conformance run --target <url>`) and must pass (a few cases that fail are played again one
 * at a time, and must pass then: see below). Time-scaled, but not as far as 0.01: with
 * 16 cases at once on a shared 2-core machine, a 1-second task timeout scaled to 10 ms is shorter
 * than an activity worker's round trips (requests through wrangler dev take ~10 ms): 0.25.
 */
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "node_modules", ".bin");

interface HostKind {
  name: string;
  /** Real seconds per second of delay the host is started with (its manifest's timeScale). */
  timeScale: number;
  manifest: string;
  start(port: number, stateDir: string): ChildProcess;
}

const HOSTS: HostKind[] = [
  {
    name: "workerd (wrangler dev, Durable Objects)",
    timeScale: 0.25,
    manifest: "docs/targets/reference-workerd.manifest.json",
    start: (port, stateDir) =>
      launch(
        join(BIN, "wrangler"),
        ["dev", "--ip", "127.0.0.1", "--port", String(port), "--var", "SFN_TIME_SCALE:0.25", "--persist-to", join(stateDir, "wrangler"), "--log-level", "warn", "--show-interactive-dev-session=false"],
        {
          CLOUDFLARE_CF_FETCH_ENABLED: "false",
          WRANGLER_SEND_METRICS: "false",
          WRANGLER_HIDE_BANNER: "true",
          XDG_CONFIG_HOME: join(stateDir, "xdg"),
        },
      ),
  },
  {
    name: "Deno (deno serve, Deno KV)",
    timeScale: 0.25,
    manifest: "docs/targets/reference-http.manifest.json",
    start: (port, stateDir) =>
      launch(
        join(BIN, "deno"),
        ["serve", "--unstable-kv", "--allow-env", "--allow-net", "--allow-read", "--allow-write", "--allow-run=python3", "--host", "127.0.0.1", "--port", String(port), "runtime/api/server-deno.ts", "--time-scale", "0.25"],
        { SFN_KV_PATH: join(stateDir, "state.kv"), DENO_DIR: process.env["DENO_DIR"] ?? join(ROOT, ".cache", "deno"), NO_COLOR: "1" },
      ),
  },
];

/** The account the durability scenario acts in; readiness probes use another one, so they do not wake it. */
const SCENARIO_KEY = "210987654321";
const PROBE_KEY = "999999999999";
/** The account of the activity task the test takes before the kill and answers after it. */
const WORKER_KEY = "210987654322";
/** How long (real seconds) the scenario's main Wait lasts, whatever the host's time scale. */
const WAIT_REAL_SECONDS = 6;

const output = new Map<ChildProcess, string[]>();

function launch(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  output.set(child, lines);
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function api(url: string, accessKey: string) {
  return async (operation: string, body: unknown): Promise<Record<string, any>> => {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "x-amz-target": `AWSStepFunctions.${operation}`,
        "content-type": "application/x-amz-json-1.0",
        authorization: `AWS4-HMAC-SHA256 Credential=${accessKey}/20261121/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, any>;
    if (response.status !== 200) throw new Error(`${operation}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const call = api(url, PROBE_KEY);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the host exited (${child.exitCode}):\n${output.get(child)?.join("")}`);
    try {
      await call("ListStateMachines", {});
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`the host did not answer within ${timeoutMs / 1000} s:\n${output.get(child)?.join("")}`);
}

async function allHistory(call: ReturnType<typeof api>, executionArn: string): Promise<Array<Record<string, any>>> {
  const events: Array<Record<string, any>> = [];
  let nextToken: string | undefined;
  do {
    const page = await call("GetExecutionHistory", { executionArn, ...(nextToken ? { nextToken } : {}) });
    events.push(...(page["events"] as Array<Record<string, any>>));
    nextToken = page["nextToken"] as string | undefined;
  } while (nextToken);
  return events;
}

function definitions(waitSeconds: number) {
  return {
    sequence: {
      StartAt: "Before",
      States: {
        Before: { Type: "Pass", Assign: { seen: "before" }, Next: "Sleep" },
        Sleep: { Type: "Wait", Seconds: waitSeconds, Next: "After" },
        After: { Type: "Pass", Next: "Nap" },
        Nap: { Type: "Wait", Seconds: Math.ceil(waitSeconds / 5), Next: "Finish" },
        Finish: { Type: "Pass", Parameters: { "seen.$": "$seen", "input.$": "$" }, End: true },
      },
    },
    parallel: {
      StartAt: "Fork",
      States: {
        Fork: {
          Type: "Parallel",
          Branches: [
            { StartAt: "BranchSleep", States: { BranchSleep: { Type: "Wait", Seconds: waitSeconds, End: true } } },
            { StartAt: "BranchPass", States: { BranchPass: { Type: "Pass", Result: "b", End: true } } },
          ],
          Next: "Join",
        },
        Join: { Type: "Pass", End: true },
      },
    },
  };
}

const EXPECTED_TYPES: Record<string, string[]> = {
  sequence: [
    "ExecutionStarted",
    "PassStateEntered",
    "PassStateExited",
    "WaitStateEntered",
    "WaitStateExited",
    "PassStateEntered",
    "PassStateExited",
    "WaitStateEntered",
    "WaitStateExited",
    "PassStateEntered",
    "PassStateExited",
    "ExecutionSucceeded",
  ],
  // Branch events interleave; compared sorted.
  parallel: [
    "ExecutionStarted",
    "ParallelStateEntered",
    "ParallelStateStarted",
    "WaitStateEntered",
    "WaitStateExited",
    "PassStateEntered",
    "PassStateExited",
    "ParallelStateSucceeded",
    "ParallelStateExited",
    "PassStateEntered",
    "PassStateExited",
    "ExecutionSucceeded",
  ],
};

async function durabilityScenario(t: TestContext, kind: HostKind, url: string, restart: () => Promise<void>): Promise<void> {
  const call = api(url, SCENARIO_KEY);
  const waitSeconds = Math.round(WAIT_REAL_SECONDS / kind.timeScale);
  const executions: Array<{ arn: string; machine: string }> = [];
  for (const [machine, definition] of Object.entries(definitions(waitSeconds))) {
    const created = await call("CreateStateMachine", { name: machine, definition: JSON.stringify(definition), roleArn: `arn:aws:iam::${SCENARIO_KEY}:role/r` });
    for (let n = 0; n < (machine === "sequence" ? 3 : 2); n++) {
      const started = await call("StartExecution", { stateMachineArn: created["stateMachineArn"], name: `${machine}-${n}`, input: JSON.stringify({ n }) });
      executions.push({ arn: started["executionArn"] as string, machine });
    }
  }
  for (const { arn } of executions) {
    for (let i = 0; ; i++) {
      const events = await allHistory(call, arn);
      if (events.some((e) => e["type"] === "WaitStateEntered")) break;
      assert.ok(i < 100, `${arn} never got to its Wait`);
      await sleep(100);
    }
  }
  // An activity task taken by a worker (the test) before the kill.
  const worker = api(url, WORKER_KEY);
  const activity = await worker("CreateActivity", { name: "survivor" });
  const activityDefinition = {
    StartAt: "Work",
    States: { Work: { Type: "Task", Resource: activity["activityArn"], TimeoutSeconds: 3600, Next: "Done" }, Done: { Type: "Pass", End: true } },
  };
  const activityMachine = await worker("CreateStateMachine", { name: "activity", definition: JSON.stringify(activityDefinition), roleArn: `arn:aws:iam::${WORKER_KEY}:role/r` });
  const activityRun = await worker("StartExecution", { stateMachineArn: activityMachine["stateMachineArn"], name: "taken", input: JSON.stringify({ job: 1 }) });
  const task = await worker("GetActivityTask", { activityArn: activity["activityArn"], workerName: "survivor-worker" });
  assert.ok(task["taskToken"], "the worker got the activity task before the kill");
  assert.deepEqual(JSON.parse(task["input"] as string), { job: 1 });

  const killedAt = Date.now();
  await restart();
  t.diagnostic(`${kind.name}: killed and started again in ${((Date.now() - killedAt) / 1000).toFixed(1)} s while ${executions.length} executions slept and an activity task was taken`);
  // The worker answers its token on the restarted host: the first request its account sees there.
  await worker("SendTaskSuccess", { taskToken: task["taskToken"], output: JSON.stringify({ done: "by the worker" }) });
  let activityDescribed = await worker("DescribeExecution", { executionArn: activityRun["executionArn"] });
  for (let i = 0; activityDescribed["status"] === "RUNNING" && i < 100; i++) {
    await sleep(100);
    activityDescribed = await worker("DescribeExecution", { executionArn: activityRun["executionArn"] });
  }
  assert.equal(activityDescribed["status"], "SUCCEEDED", JSON.stringify(activityDescribed));
  assert.deepEqual(JSON.parse(activityDescribed["output"] as string), { done: "by the worker" });
  const activityEvents = await allHistory(worker, activityRun["executionArn"] as string);
  assert.deepEqual(activityEvents.map((e) => e["id"]), activityEvents.map((_, i) => i + 1), "activity execution: event ids are 1..n, each once");
  assert.deepEqual(
    activityEvents.map((e) => e["type"]),
    ["ExecutionStarted", "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
    "activity execution: the whole history, nothing lost or repeated",
  );
  // No request reaches the scenario's account until the Waits are well over.
  await sleep(Math.max(0, killedAt + (WAIT_REAL_SECONDS + 2 + (WAIT_REAL_SECONDS / 5) * 1.5) * 1000 - Date.now()));
  const firstLookAt = Date.now() / 1000;
  for (const { arn, machine } of executions) {
    let described = await call("DescribeExecution", { executionArn: arn });
    for (let i = 0; described["status"] === "RUNNING" && i < 300; i++) {
      await sleep(200);
      described = await call("DescribeExecution", { executionArn: arn });
    }
    assert.equal(described["status"], "SUCCEEDED", `${arn}: ${JSON.stringify(described)}`);
    const events = await allHistory(call, arn);
    const types = events.map((e) => e["type"] as string);
    assert.deepEqual(events.map((e) => e["id"]), events.map((_, i) => i + 1), `${arn}: event ids are 1..n, each once`);
    assert.ok(events.every((e) => e["previousEventId"] < e["id"]), `${arn}: each event links back`);
    if (machine === "sequence") {
      assert.deepEqual(types, EXPECTED_TYPES["sequence"], `${arn}: the whole history, nothing lost or repeated`);
      assert.deepEqual(JSON.parse(described["output"]).seen, "before", "the variable assigned before the restart is still there");
      // The host went on by itself: the execution had ended before anyone asked about it.
      const succeededAt = events.at(-1)!["timestamp"] as number;
      assert.ok(succeededAt < firstLookAt, `${arn} ended at ${succeededAt}, before the first request at ${firstLookAt}`);
    } else {
      assert.deepEqual([...types].sort(), [...EXPECTED_TYPES["parallel"]!].sort(), `${arn}: the whole history, nothing lost or repeated`);
    }
  }
}

/** `sfn-conformance run` against the host; the ids of the cases that did not pass. */
async function runConformance(url: string, kind: HostKind, reportDir: string, concurrency: number, only: string[]) {
  const runner = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "conformance/cli.ts",
      "run",
      "--target",
      url,
      "--manifest",
      kind.manifest,
      "--time-scale",
      String(kind.timeScale),
      "--report-dir",
      reportDir,
      "--concurrency",
      String(concurrency),
      ...only.flatMap((id) => ["--filter", id]),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  runner.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  runner.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const code = await new Promise<number | null>((resolve) => runner.once("exit", resolve));
  const failed = stderr
    .split("\n")
    .map((line) => /^(?:FAIL|ERROR|TIMEOUT|XPASS) (\S+)/.exec(line)?.[1])
    .filter((id): id is string => id !== undefined);
  return { code, summary: stdout.trim().split("\n").at(-1) ?? "", failed: [...new Set(failed)], output: `${stdout}\n${stderr.split("\n").filter((line) => /^(FAIL|ERROR|TIMEOUT|XPASS)/.test(line)).join("\n")}` };
}

for (const kind of HOSTS) {
  test(`${kind.name}: executions outlive a kill and restart of the host; the conformance corpus passes`, { timeout: 600_000 }, async (t) => {
    const stateDir = mkdtempSync(join(tmpdir(), "sfn-durable-host-"));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let child = kind.start(port, stateDir);
    try {
      const began = Date.now();
      await waitUntilServing(url, child);
      t.diagnostic(`${kind.name}: serving on ${url} after ${((Date.now() - began) / 1000).toFixed(1)} s`);
      await durabilityScenario(t, kind, url, async () => {
        await kill(child);
        child = kind.start(port, stateDir);
        await waitUntilServing(url, child);
      });

      const runStarted = Date.now();
      const run = await runConformance(url, kind, join(stateDir, "report"), 16, []);
      t.diagnostic(`${kind.name}: the conformance corpus in ${((Date.now() - runStarted) / 1000).toFixed(0)} s: ${run.summary}`);
      if (run.code !== 0 && run.failed.length > 0 && run.failed.length <= 10) {
        // Cases with 1-second task timeouts race the activity worker's round trips on a loaded
        // machine: played again one at a time, a timing failure passes and a real one fails again.
        const again = await runConformance(url, kind, join(stateDir, "report-again"), 1, run.failed);
        t.diagnostic(`${kind.name}: played again one at a time: ${run.failed.join(", ")}: ${again.summary}`);
        assert.equal(again.code, 0, `sfn-conformance run against ${kind.name} failed:\n${again.output}`);
      } else {
        assert.equal(run.code, 0, `sfn-conformance run against ${kind.name} failed:\n${run.output}`);
        assert.match(run.summary, /^\d+ passed, 0 failed/);
      }
    } finally {
      await kill(child);
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
}
