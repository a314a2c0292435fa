/**
 * A cheap upper estimate of how long an execution case takes at time scale 1: its Wait states'
 * literal `Seconds`, every Retry's back-off delays (as if every attempt were used), and the
 * literal TimeoutSeconds / HeartbeatSeconds of Task states its script leaves unanswered (`hang`;
 * a timeout given by a path or an expression counts 0), and the pauses before scripted worker
 * heartbeats (`heartbeats` × `heartbeatEveryMs`, once per entry). A remote
 * target runs in real time, so the runner warns about cases whose estimate exceeds the per-case
 * timeout and names the estimate when such a case times out. Infinity: a hanging task with no
 * timeout never ends by itself.
 */
import type { ExecutionCase } from "../compare/execution-case.ts";

const number = (value: unknown, fallback: number): number => (typeof value === "number" && Number.isFinite(value) ? value : fallback);

function retryDelaySeconds(retriers: unknown): number {
  if (!Array.isArray(retriers)) return 0;
  let total = 0;
  for (const retrier of retriers) {
    if (retrier === null || typeof retrier !== "object") continue;
    const r = retrier as Record<string, unknown>;
    const attempts = Math.min(number(r["MaxAttempts"], 3), 100);
    const interval = number(r["IntervalSeconds"], 1);
    const rate = number(r["BackoffRate"], 2);
    const cap = number(r["MaxDelaySeconds"], Number.POSITIVE_INFINITY);
    for (let k = 0; k < attempts; k++) total += Math.min(interval * rate ** k, cap);
  }
  return total;
}

export function nominalSeconds(testCase: ExecutionCase): number {
  const hanging = new Set((testCase.taskResponses ?? []).filter((r) => r.hang).map((r) => r.state));
  let total = 0;
  for (const r of testCase.taskResponses ?? []) total += ((r.heartbeats ?? 0) * (r.heartbeatEveryMs ?? 0)) / 1000;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const states = record["States"];
    if (states !== null && typeof states === "object" && !Array.isArray(states)) {
      for (const [name, value] of Object.entries(states as Record<string, unknown>)) {
        if (value === null || typeof value !== "object") continue;
        const state = value as Record<string, unknown>;
        if (state["Type"] === "Wait") total += number(state["Seconds"], 0);
        total += retryDelaySeconds(state["Retry"]);
        if (state["Type"] === "Task" && hanging.has(name)) {
          // A timeout given by a path or an expression is not estimated (0); no timeout at all never ends.
          const dynamic = ["TimeoutSecondsPath", "HeartbeatSecondsPath"].some((k) => k in state) || typeof state["TimeoutSeconds"] === "string" || typeof state["HeartbeatSeconds"] === "string";
          const limit = dynamic ? 0 : Math.min(number(state["TimeoutSeconds"], Number.POSITIVE_INFINITY), number(state["HeartbeatSeconds"], Number.POSITIVE_INFINITY));
          const tries = 1 + (Array.isArray(state["Retry"]) ? state["Retry"].reduce((sum: number, r) => sum + number((r as Record<string, unknown>)?.["MaxAttempts"], 3), 0) : 0);
          total += limit * tries;
        }
      }
    }
    Object.values(record).forEach(walk);
  };
  walk(testCase.definition);
  return total;
}
