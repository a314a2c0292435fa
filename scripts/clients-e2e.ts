/**
 * `npm run test:clients`: real clients against a real server. Starts the API on a free port with a
 * time scale of 0.01 and drives it with the AWS CLI (a whole lifecycle: create, start, describe,
 * history, lists, an activity worker, versions and aliases, StartSyncExecution, stop, errors,
 * delete) and, at the same time, with boto3 (scripts/clients-e2e-boto3.py); then stops the server
 * with SIGINT, as Ctrl-C would. Exits 1 if any check failed.
 *
 *   npm run test:clients                      # npm start (Node)
 *   npm run test:clients -- --server deno     # npm run start:deno
 *   npm run test:clients -- --server workerd  # npm run start:workerd (wrangler dev)
 *
 * The environment variable SFN_E2E_SERVER selects the server too. Needs `aws` and `python3` with
 * boto3 on the PATH.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

type ServerKind = "node" | "deno" | "workerd";
const SERVERS: Record<ServerKind, (port: number) => { command: string; args: string[]; env: Record<string, string> }> = {
  node: (port) => ({ command: "npm", args: ["start", "--silent", "--", "--port", String(port), "--time-scale", "0.01"], env: {} }),
  deno: (port) => ({ command: "npm", args: ["run", "start:deno", "--silent", "--", "--time-scale", "0.01"], env: { PORT: String(port), HOST: "127.0.0.1" } }),
  workerd: (port) => ({ command: "npm", args: ["run", "start:workerd", "--silent", "--", "--port", String(port), "--var", "SFN_TIME_SCALE:0.01"], env: {} }),
};

const ROLE = "arn:aws:iam::123456789012:role/StepFunctions";
const ACCOUNT_PREFIX = "arn:aws:states:us-east-1:123456789012";
const failures: string[] = [];

function check(label: string, actual: unknown, expected: unknown): void {
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  if (same) console.log(`  ok    cli: ${label}`);
  else {
    failures.push(`cli: ${label}`);
    console.log(`  FAIL  cli: ${label}\n        expected ${JSON.stringify(expected)}\n        actual   ${JSON.stringify(actual)}`);
  }
}

function serverKind(): ServerKind {
  const args = process.argv.slice(2);
  const flag = args.indexOf("--server");
  const value = flag >= 0 ? args[flag + 1] : (args.find((a) => a.startsWith("--server="))?.slice("--server=".length) ?? process.env["SFN_E2E_SERVER"] ?? "node");
  if (value === "node" || value === "deno" || value === "workerd") return value;
  console.error(`Unknown server '${value}': use --server node|deno|workerd (or SFN_E2E_SERVER)`);
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The AWS CLI against `endpoint`, isolated from the user's AWS configuration. */
function awsCli(endpoint: string) {
  const env = {
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_DEFAULT_REGION: "us-east-1",
    AWS_CONFIG_FILE: "/nonexistent/sfn-conformance/aws-config",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/sfn-conformance/aws-credentials",
    AWS_PAGER: "",
  };
  const raw = (args: string[], extraEnv: Record<string, string> = {}) =>
    run("aws", ["--endpoint-url", endpoint, "--output", "json", "stepfunctions", ...args], { ...env, ...extraEnv });
  /** Runs a command that must succeed and returns its JSON answer. */
  const call = async (args: string[], extraEnv: Record<string, string> = {}): Promise<Record<string, any>> => {
    const result = await raw(args, extraEnv);
    if (result.code !== 0) throw new Error(`aws stepfunctions ${args.join(" ")} exited ${result.code}: ${result.stderr.trim()}`);
    return result.stdout.trim() === "" ? {} : (JSON.parse(result.stdout) as Record<string, any>);
  };
  return { raw, call };
}

type Cli = ReturnType<typeof awsCli>;

async function describeUntilDone(cli: Cli, executionArn: string): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const described = await cli.call(["describe-execution", "--execution-arn", executionArn]);
    if (described["status"] !== "RUNNING") return described;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${executionArn} still RUNNING`);
}

const passWaitChoice = JSON.stringify({
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Parameters: { "n.$": "$.n" }, Next: "Pause" },
    Pause: { Type: "Wait", Seconds: 1, Next: "Big?" },
    "Big?": { Type: "Choice", Choices: [{ Variable: "$.n", NumericGreaterThan: 2, Next: "Big" }], Default: "Small" },
    Big: { Type: "Pass", Result: "big", ResultPath: "$.size", End: true },
    Small: { Type: "Fail", Error: "TooSmall", Cause: "n is at most 2" },
  },
});

/** Create with a published version, an alias onto it, executions through both, history, lists. */
async function versionsAndAliases(cli: Cli): Promise<void> {
  const created = await cli.call(["create-state-machine", "--name", "cli-pwc", "--definition", passWaitChoice, "--role-arn", ROLE, "--publish", "--version-description", "first"]);
  const machine = created["stateMachineArn"] as string;
  check("create-state-machine ARN", machine, `${ACCOUNT_PREFIX}:stateMachine:cli-pwc`);
  check("create-state-machine --publish returns version 1", created["stateMachineVersionArn"], `${machine}:1`);
  const alias = await cli.call(["create-state-machine-alias", "--name", "live", "--routing-configuration", JSON.stringify([{ stateMachineVersionArn: `${machine}:1`, weight: 100 }])]);
  check("create-state-machine-alias", alias["stateMachineAliasArn"], `${machine}:live`);
  const [viaAlias, plain] = await Promise.all([
    cli.call(["start-execution", "--state-machine-arn", `${machine}:live`, "--name", "via-alias", "--input", '{"n": 3}']),
    cli.call(["start-execution", "--state-machine-arn", machine, "--name", "plain", "--input", '{"n": 1}']),
  ]);
  check("start-execution ARN", viaAlias["executionArn"], `${ACCOUNT_PREFIX}:execution:cli-pwc:via-alias`);
  const [big, small] = await Promise.all([describeUntilDone(cli, viaAlias["executionArn"]), describeUntilDone(cli, plain["executionArn"])]);
  check("describe-execution through the alias: status and output", [big["status"], JSON.parse(big["output"] ?? "null")], ["SUCCEEDED", { n: 3, size: "big" }]);
  check("describe-execution names the alias and the version", [big["stateMachineAliasArn"], big["stateMachineVersionArn"]], [`${machine}:live`, `${machine}:1`]);
  check("a Fail state fails the execution", [small["status"], small["error"], small["cause"]], ["FAILED", "TooSmall", "n is at most 2"]);
  const [history, reversed, executions, versions, aliases] = await Promise.all([
    cli.call(["get-execution-history", "--execution-arn", viaAlias["executionArn"]]),
    cli.call(["get-execution-history", "--execution-arn", plain["executionArn"], "--reverse-order", "--no-include-execution-data", "--max-items", "1"]),
    cli.call(["list-executions", "--state-machine-arn", machine, "--page-size", "1"]),
    cli.call(["list-state-machine-versions", "--state-machine-arn", machine]),
    cli.call(["list-state-machine-aliases", "--state-machine-arn", machine]),
  ]);
  check(
    "get-execution-history event types",
    (history["events"] as Array<{ type: string }>).map((e) => e.type),
    ["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "WaitStateExited", "ChoiceStateEntered", "ChoiceStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
  );
  check("get-execution-history --reverse-order: the last event first", (reversed["events"] as Array<{ type: string }>).map((e) => e.type), ["ExecutionFailed"]);
  check("list-executions (page size 1)", (executions["executions"] as Array<{ name: string }>).map((e) => e.name).sort(), ["plain", "via-alias"]);
  check("list-state-machine-versions", (versions["stateMachineVersions"] as Array<{ stateMachineVersionArn: string }>).map((v) => v.stateMachineVersionArn), [`${machine}:1`]);
  check("list-state-machine-aliases", (aliases["stateMachineAliases"] as Array<{ stateMachineAliasArn: string }>).map((a) => a.stateMachineAliasArn), [`${machine}:live`]);
}

/** An activity worker: GetActivityTask (long poll) and SendTaskSuccess. */
async function activityWorker(cli: Cli): Promise<void> {
  const activity = (await cli.call(["create-activity", "--name", "cli-activity"]))["activityArn"] as string;
  check("create-activity", activity, `${ACCOUNT_PREFIX}:activity:cli-activity`);
  const definition = JSON.stringify({ StartAt: "Work", States: { Work: { Type: "Task", Resource: activity, End: true } } });
  const machine = (await cli.call(["create-state-machine", "--name", "cli-worker", "--definition", definition, "--role-arn", ROLE]))["stateMachineArn"] as string;
  const job = (await cli.call(["start-execution", "--state-machine-arn", machine, "--input", '{"job": 42}']))["executionArn"] as string;
  const task = await cli.call(["get-activity-task", "--activity-arn", activity, "--worker-name", "cli-worker-1", "--cli-read-timeout", "120"]);
  check("get-activity-task hands out the input", JSON.parse((task["input"] as string | undefined) ?? "null"), { job: 42 });
  await cli.call(["send-task-success", "--task-token", task["taskToken"], "--task-output", '{"answer": 42}']);
  const done = await describeUntilDone(cli, job);
  check("send-task-success completes the execution", [done["status"], JSON.parse(done["output"] ?? "null")], ["SUCCEEDED", { answer: 42 }]);
  const events = (await cli.call(["get-execution-history", "--execution-arn", job]))["events"] as Array<Record<string, any>>;
  check(
    "the history names the worker",
    events.filter((e) => e["type"].startsWith("Activity")).map((e) => [e["type"], e["activityStartedEventDetails"]?.["workerName"] ?? null]),
    [["ActivityScheduled", null], ["ActivityStarted", "cli-worker-1"], ["ActivitySucceeded", null]],
  );
}

/** StopExecution, and errors surfaced by the CLI. */
async function stopAndErrors(cli: Cli): Promise<void> {
  const definition = JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 86400, End: true } } });
  const machine = (await cli.call(["create-state-machine", "--name", "cli-sleeper", "--definition", definition, "--role-arn", ROLE]))["stateMachineArn"] as string;
  const run = (await cli.call(["start-execution", "--state-machine-arn", machine]))["executionArn"] as string;
  await cli.call(["stop-execution", "--execution-arn", run, "--error", "Operator", "--cause", "stopped by the CLI"]);
  const stopped = await describeUntilDone(cli, run);
  check("stop-execution aborts", [stopped["status"], stopped["error"], stopped["cause"]], ["ABORTED", "Operator", "stopped by the CLI"]);
  const idleActivity = (await cli.call(["create-activity", "--name", "cli-idle-activity"]))["activityArn"] as string;
  const idleDefinition = JSON.stringify({ StartAt: "Work", States: { Work: { Type: "Task", Resource: idleActivity, End: true } } });
  const idleMachine = (await cli.call(["create-state-machine", "--name", "cli-idle", "--definition", idleDefinition, "--role-arn", ROLE]))["stateMachineArn"] as string;
  const idle = (await cli.call(["start-execution", "--state-machine-arn", idleMachine]))["executionArn"] as string;
  await cli.call(["stop-execution", "--execution-arn", idle]);
  const idleStopped = await describeUntilDone(cli, idle);
  const idleEvents = (await cli.call(["get-execution-history", "--execution-arn", idle]))["events"] as Array<{ type: string }>;
  check("stop-execution while no worker took the activity", [idleStopped["status"], idleEvents.slice(-2).map((e) => e.type)], ["ABORTED", ["ActivityScheduled", "ExecutionAborted"]]);
  const missing = `${ACCOUNT_PREFIX}:execution:cli-sleeper:missing`;
  const [notFound, badDefinition] = await Promise.all([
    cli.raw(["describe-execution", "--execution-arn", missing]),
    cli.raw(["create-state-machine", "--name", "cli-bad", "--definition", '{"StartAt": "Nowhere", "States": {}}', "--role-arn", ROLE]),
  ]);
  check("describe-execution of a missing execution fails", notFound.code !== 0, true);
  check(
    "… with ExecutionDoesNotExist and AWS's message",
    notFound.stderr.trim(),
    `An error occurred (ExecutionDoesNotExist) when calling the DescribeExecution operation: Execution Does Not Exist: '${missing}'`,
  );
  check("an invalid definition is InvalidDefinition", /\(InvalidDefinition\)/.test(badDefinition.stderr), true);
}

/** An EXPRESS machine and StartSyncExecution: botocore sends it to `sync-<host>` unless told not to. */
async function expressSync(cli: Cli): Promise<void> {
  const machine = (await cli.call(["create-state-machine", "--name", "cli-express", "--type", "EXPRESS", "--definition", passWaitChoice, "--role-arn", ROLE]))["stateMachineArn"] as string;
  const result = await cli.call(["start-sync-execution", "--state-machine-arn", machine, "--input", '{"n": 4}'], { AWS_DISABLE_HOST_PREFIX_INJECTION: "true" });
  check("start-sync-execution (AWS_DISABLE_HOST_PREFIX_INJECTION=true)", [result["status"], JSON.parse(result["output"] ?? "null")], ["SUCCEEDED", { n: 4, size: "big" }]);
  check("… its ARN is an express execution ARN", String(result["executionArn"]).startsWith(`${ACCOUNT_PREFIX}:express:cli-express:`), true);
}

/** Lists across everything, then deletes it all. */
async function listAndDelete(cli: Cli): Promise<void> {
  const listed = await cli.call(["list-state-machines", "--page-size", "1"]);
  const ours = (listed["stateMachines"] as Array<{ name: string; stateMachineArn: string }>).filter((m) => m.name.startsWith("cli-"));
  check("list-state-machines (page size 1) sees every machine", ours.map((m) => m.name).sort(), ["cli-express", "cli-idle", "cli-pwc", "cli-sleeper", "cli-worker"]);
  const ourActivities = ((await cli.call(["list-activities"]))["activities"] as Array<{ name: string; activityArn: string }>).filter((a) => a.name.startsWith("cli-"));
  check("list-activities", ourActivities.map((a) => a.name).sort(), ["cli-activity", "cli-idle-activity"]);
  const machine = `${ACCOUNT_PREFIX}:stateMachine:cli-pwc`;
  await cli.call(["delete-state-machine-alias", "--state-machine-alias-arn", `${machine}:live`]);
  await cli.call(["delete-state-machine-version", "--state-machine-version-arn", `${machine}:1`]);
  check("the version is gone", (await cli.call(["list-state-machine-versions", "--state-machine-arn", machine]))["stateMachineVersions"], []);
  await Promise.all([
    ...ours.map((m) => cli.call(["delete-state-machine", "--state-machine-arn", m.stateMachineArn])),
    ...ourActivities.map((a) => cli.call(["delete-activity", "--activity-arn", a.activityArn])),
  ]);
  const [gone, machines, activities] = await Promise.all([
    cli.raw(["describe-state-machine", "--state-machine-arn", machine]),
    cli.call(["list-state-machines"]),
    cli.call(["list-activities"]),
  ]);
  check("describe-state-machine after delete is StateMachineDoesNotExist", /\(StateMachineDoesNotExist\)/.test(gone.stderr), true);
  check("no CLI machines left", (machines["stateMachines"] as Array<{ name: string }>).filter((m) => m.name.startsWith("cli-")), []);
  check("no CLI activities left", (activities["activities"] as Array<{ name: string }>).filter((a) => a.name.startsWith("cli-")), []);
}

async function waitForServer(endpoint: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the server exited before answering:\n${output()}`);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "x-amz-target": "AWSStepFunctions.ListActivities", "content-type": "application/x-amz-json-1.0" },
        body: "{}",
      });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer within 120 s:\n${output()}`);
}

/** SIGINT to the server's process group, as Ctrl-C in a terminal; true when it exited in time. */
function interrupt(server: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => {
      process.kill(-server.pid!, "SIGKILL");
      resolve(false);
    }, 15_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
    process.kill(-server.pid!, "SIGINT");
  });
}

async function main(): Promise<void> {
  const kind = serverKind();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const start = SERVERS[kind](port);
  console.log(`clients-e2e: ${kind} server: ${start.command} ${start.args.join(" ")} on ${endpoint}`);
  const server = spawn(start.command, start.args, { env: { ...process.env, ...start.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let serverOutput = "";
  server.stdout!.on("data", (chunk) => (serverOutput += chunk));
  server.stderr!.on("data", (chunk) => (serverOutput += chunk));
  const began = Date.now();
  try {
    await waitForServer(endpoint, server, () => serverOutput);
    console.log(`clients-e2e: server up after ${((Date.now() - began) / 1000).toFixed(1)} s`);
    const cli = awsCli(endpoint);
    const boto3 = run("python3", ["scripts/clients-e2e-boto3.py", endpoint]);
    const scenarios = await Promise.allSettled([versionsAndAliases(cli), activityWorker(cli), stopAndErrors(cli), expressSync(cli)]);
    const crashed = scenarios.flatMap((s) => (s.status === "rejected" ? [s.reason instanceof Error ? s.reason.message : String(s.reason)] : []));
    for (const message of crashed) {
      failures.push(message);
      console.log(`  FAIL  ${message}`);
    }
    if (crashed.length === 0) await listAndDelete(cli);
    const python = await boto3;
    process.stdout.write(python.stdout);
    if (python.code !== 0) {
      failures.push(`boto3 script exited ${python.code}`);
      process.stdout.write(python.stderr);
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
    console.log(`  FAIL  ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    const stopped = await interrupt(server);
    if (!stopped) failures.push("the server did not stop within 15 s of SIGINT");
    else if (kind === "node" && !/SIGINT: stopping/.test(serverOutput)) failures.push("the Node server did not report a clean SIGINT shutdown");
    console.log(`clients-e2e: server ${stopped ? "stopped" : "killed"} after SIGINT; ${((Date.now() - began) / 1000).toFixed(1)} s in all`);
  }
  if (failures.length > 0) {
    console.log(`\nclients-e2e (${kind}): ${failures.length} failure(s):\n  ${failures.join("\n  ")}\n--- server output ---\n${serverOutput}`);
    process.exit(1);
  }
  console.log(`clients-e2e (${kind}): all checks passed`);
}

await main();
