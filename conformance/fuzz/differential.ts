/**
 * Differential testing: the same generated execution on two targets, compared on status, output,
 * error and cause. A target is the reference runtime in process, or any implementation through
 * its public API (conformance/run's target connections: the embedded reference runtime behind
 * `createService(...).app.fetch`, or an endpoint over HTTP such as moto): CreateActivity for the
 * Task states' activities (their ARNs rewritten to the created ones), CreateStateMachine,
 * StartExecution, an activity worker playing the task script, DescribeExecution until the end,
 * the whole history, then everything deleted.
 */
import type { Json } from "../../runtime/core/json.ts";
import type { TargetConnection } from "../run/target.ts";
import { activitiesOf, rewriteArns } from "../run/execution-case-player.ts";
import { startActivityWorker, type ActivityWorker } from "../run/activity-worker.ts";
import { call, CaseAborted, expectOk, sleep } from "../run/api-call.ts";
import { historyLinkProblem } from "./history-links.ts";
import { runInProcess } from "./in-process-target.ts";
import { outcomeDifference, outcomeOf, type Observation, type WireEvent } from "./observation.ts";
import { withoutEventIds, type FuzzProperty } from "./properties.ts";
import { executionArbitrary, type GeneratedExecution, type MachineOptions } from "./state-machine-gen.ts";
import { PropertyViolation } from "./violation.ts";

export interface ExecutionTarget {
  /** How reports name it. */
  name: string;
  run(execution: GeneratedExecution): Promise<Observation>;
}

export function inProcessTarget(timeoutMs = 5000): ExecutionTarget {
  return {
    name: "reference (in process)",
    run: async (execution) => (await runInProcess({ ...execution, timeoutMs })).observation,
  };
}

function parseText(text: unknown): Json | undefined {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/** Runs executions through a target's API, each in its own account when the target allows it. */
export function apiTarget(connection: TargetConnection, options: { timeoutMs: number; runId?: string }): ExecutionTarget {
  const runId = options.runId ?? Math.floor(Math.random() * 36 ** 4).toString(36);
  let count = 0;
  return {
    name: connection.description.name + (connection.embedded ? " (embedded, API)" : ` (${connection.description.url})`),
    async run(execution) {
      const n = ++count;
      const { transport, accountId } = connection.forCase(n);
      const signal = AbortSignal.timeout(options.timeoutMs);
      const prefix = `fz-${runId}-${n}`;
      const created: { activities: string[]; machine?: string; execution?: string; running: boolean } = { activities: [], running: false };
      let worker: ActivityWorker | undefined;
      try {
        const activities = activitiesOf(execution.definition);
        const arns = new Map<string, string>();
        let k = 0;
        for (const original of activities.keys()) {
          const body = await expectOk(transport, "CreateActivity", { name: `${prefix}-a${++k}` }, signal);
          created.activities.push(String(body["activityArn"]));
          arns.set(original, String(body["activityArn"]));
        }
        const machine = await call(transport, "CreateStateMachine", { name: prefix, definition: JSON.stringify(rewriteArns(execution.definition, arns)), roleArn: connection.roleArn(accountId) }, signal);
        if (!machine.ok) {
          if (!machine.protocol) return { kind: "crashed", message: `CreateStateMachine: HTTP ${machine.status} ${machine.message}` };
          return { kind: "rejected", code: machine.code, message: machine.message, locations: [] };
        }
        created.machine = String(machine.body["stateMachineArn"]);
        if (activities.size > 0) {
          worker = startActivityWorker({
            transport,
            activities: [...activities].map(([original, states]) => ({ arn: arns.get(original)!, states })),
            responses: execution.taskResponses,
            executionArn: () => created.execution,
            workerName: prefix,
          });
        }
        const started = await call(transport, "StartExecution", { stateMachineArn: created.machine, input: JSON.stringify(execution.input) }, signal);
        if (!started.ok) return started.protocol ? { kind: "rejected", code: started.code, message: `StartExecution: ${started.message}`, locations: [] } : { kind: "crashed", message: `StartExecution: HTTP ${started.status} ${started.message}` };
        created.execution = String(started.body["executionArn"]);
        created.running = true;
        let described: Record<string, unknown>;
        for (let attempt = 0; ; attempt++) {
          const answer = await call(transport, "DescribeExecution", { executionArn: created.execution }, signal);
          if (!answer.ok) return { kind: "crashed", message: `DescribeExecution: HTTP ${answer.status} ${answer.code} ${answer.message}` };
          if (answer.body["status"] !== "RUNNING") {
            described = answer.body;
            break;
          }
          await sleep(Math.min(200, 5 * 1.5 ** attempt), signal);
        }
        created.running = false;
        await worker?.stop();
        const history: WireEvent[] = [];
        let nextToken: string | undefined;
        do {
          const page = await expectOk(transport, "GetExecutionHistory", { executionArn: created.execution, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }, signal);
          history.push(...((page["events"] as WireEvent[] | undefined) ?? []));
          nextToken = typeof page["nextToken"] === "string" && page["nextToken"] !== "" ? page["nextToken"] : undefined;
        } while (nextToken);
        const output = parseText(described["output"]);
        return {
          kind: "ended",
          status: String(described["status"]),
          ...(output !== undefined ? { output } : {}),
          ...(typeof described["error"] === "string" ? { error: described["error"] } : {}),
          ...(typeof described["cause"] === "string" ? { cause: described["cause"] } : {}),
          history,
        };
      } catch (e) {
        if (e instanceof CaseAborted || signal.aborted) return { kind: "hung", message: `no end within ${options.timeoutMs} ms` };
        return { kind: "crashed", message: e instanceof Error ? e.message : String(e) };
      } finally {
        await worker?.stop();
        const quietly = (operation: string, request: Record<string, unknown>) => call(transport, operation, request, AbortSignal.timeout(10_000)).catch(() => undefined);
        if (created.running && created.execution) await quietly("StopExecution", { executionArn: created.execution });
        if (created.machine) await quietly("DeleteStateMachine", { stateMachineArn: created.machine });
        for (const activityArn of created.activities) await quietly("DeleteActivity", { activityArn });
      }
    },
  };
}

export interface DifferentialOptions {
  machines?: Partial<MachineOptions>;
}

function hasConcurrency(definition: Json): boolean {
  const text = JSON.stringify(definition);
  return text.includes('"Type":"Parallel"') || text.includes('"Type":"Map"');
}

/** Extra runs of each target, on a divergence, to tell a difference from a race (see below). */
const RERUNS = 2;

/**
 * The differential property: both targets end alike (or refuse alike), with sound histories.
 * Some executions legitimately end in more than one way (two Parallel branches failing, whichever
 * fails first wins; a task answer racing a Wait): so on a divergence each target runs the
 * execution again, and only targets whose sets of outcomes do not meet disagree.
 */
export function differentialProperty(target: ExecutionTarget, against: ExecutionTarget, options: DifferentialOptions = {}): FuzzProperty<GeneratedExecution> {
  return {
    name: "differential",
    summary: `${target.name} and ${against.name} agree on status, output, error and cause`,
    arbitrary: executionArbitrary(options.machines),
    async check(execution) {
      const runs: Record<"a" | "b", Observation[]> = { a: [], b: [] };
      const evidence = () => ({
        definition: execution.definition,
        input: execution.input,
        taskResponses: execution.taskResponses,
        observed: {
          [`target: ${target.name}`]: runs.a.length === 1 ? outcomeOf(runs.a[0]!) : runs.a.map(outcomeOf),
          [`against: ${against.name}`]: runs.b.length === 1 ? outcomeOf(runs.b[0]!) : runs.b.map(outcomeOf),
        },
      });
      const runBoth = async () => {
        const [a, b] = await Promise.all([target.run(execution), against.run(execution)]);
        runs.a.push(a);
        runs.b.push(b);
        for (const [label, observation] of [[target.name, a], [against.name, b]] as const) {
          if (observation.kind === "crashed" || observation.kind === "hung") throw new PropertyViolation(`${label}: ${observation.kind}: ${observation.message.split("\n")[0]}`, evidence());
          if (observation.kind === "ended") {
            const problem = historyLinkProblem(observation.history);
            if (problem) throw new PropertyViolation(`${label}: history links: ${problem}`, evidence());
          }
        }
      };
      // With concurrent branches or iterations, the event ids causes name depend on the interleaving.
      const normalize = hasConcurrency(execution.definition) ? withoutEventIds : (text: string) => text;
      await runBoth();
      const difference = outcomeDifference(runs.a[0]!, runs.b[0]!, normalize);
      if (!difference) return;
      for (let i = 0; i < RERUNS; i++) await runBoth();
      const meet = runs.a.some((a) => runs.b.some((b) => outcomeDifference(a, b, normalize) === undefined));
      if (!meet) throw new PropertyViolation(`differential: ${difference}`, evidence());
    },
  };
}
