/**
 * Plays one API contract case (cases/api/) through conformance/api's replay engine (runApiCase),
 * with what a run adds around it: the case's signal reaches every call, resources the case
 * created are deleted afterwards, and an answer outside the protocol (a 5xx, a body that is not a
 * JSON object) makes the case ERROR rather than FAIL.
 */
import type { ApiCase } from "../api/api-case.ts";
import { runApiCase } from "../api/run-api-case.ts";
import type { ApiAnswer, Transport } from "../api/transport.ts";
import { call, CaseAborted } from "./api-call.ts";
import type { CaseContext, CaseOutcome } from "./case-outcome.ts";

/** What a create call's answer names, and the call that deletes it (in deletion order). */
const CREATED: Array<{ create: string; member: string; remove: string; request: string }> = [
  { create: "CreateStateMachineAlias", member: "stateMachineAliasArn", remove: "DeleteStateMachineAlias", request: "stateMachineAliasArn" },
  { create: "CreateStateMachine", member: "stateMachineArn", remove: "DeleteStateMachine", request: "stateMachineArn" },
  { create: "CreateActivity", member: "activityArn", remove: "DeleteActivity", request: "activityArn" },
];

export interface TrackedTransport {
  transport: Transport;
  /** The resources created through it, by the create operation. */
  created: Map<string, string[]>;
  /** The first answer outside the protocol, described. */
  nonProtocol?: string;
}

/** A transport that passes the case's signal on, remembers what was created and notes non-protocol answers. */
export function trackingTransport(inner: Transport, signal: AbortSignal): TrackedTransport {
  const tracked: TrackedTransport = {
    created: new Map(),
    transport: {
      async send(operation, request) {
        if (signal.aborted) throw new CaseAborted("the case was aborted");
        const answer: ApiAnswer = await inner.send(operation, request, { signal });
        const isObject = answer.body !== null && typeof answer.body === "object" && !Array.isArray(answer.body);
        if (answer.status >= 500 || !isObject) {
          tracked.nonProtocol ??= `${operation} answered HTTP ${answer.status}, not in the protocol\n${String(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body)).slice(0, 300)}`;
        }
        const kind = CREATED.find((c) => c.create === operation);
        const arn = isObject ? (answer.body as Record<string, unknown>)[kind?.member ?? ""] : undefined;
        if (kind && answer.status < 300 && typeof arn === "string") tracked.created.set(operation, [...(tracked.created.get(operation) ?? []), arn]);
        return answer;
      },
    },
  };
  return tracked;
}

async function deleteCreated(inner: Transport, created: Map<string, string[]>): Promise<void> {
  const signal = AbortSignal.timeout(10_000);
  for (const kind of CREATED) {
    for (const arn of created.get(kind.create) ?? []) {
      try {
        await call(inner, kind.remove, { [kind.request]: arn }, signal);
      } catch {
        // cleanup is best effort
      }
    }
  }
}

export async function playApiCase(testCase: ApiCase, ctx: CaseContext): Promise<CaseOutcome> {
  const tracked = trackingTransport(ctx.transport, ctx.signal);
  const pollDelayMs = Math.max(20, Math.min(250, 1000 * ctx.timeScale));
  try {
    const result = await runApiCase(testCase, tracked.transport, {
      accountId: ctx.accountId,
      region: ctx.region,
      symbols: { snf_role_arn: ctx.roleArn },
      pollAttempts: 40,
      pollDelayMs,
    });
    const actual = result.actual ? (result.actual as unknown as Record<string, unknown>) : undefined;
    if (result.passed) return { result: "pass", mismatches: [], ...(actual ? { actual } : {}) };
    if (tracked.nonProtocol) return { result: "error", mismatches: result.mismatches, message: `${tracked.nonProtocol}\n${result.report}`, ...(actual ? { actual } : {}) };
    return { result: "fail", mismatches: result.mismatches, message: result.report, ...(actual ? { actual } : {}) };
  } catch (e) {
    if (e instanceof CaseAborted || ctx.signal.aborted) return { result: "timeout", mismatches: [], message: "no result in time" };
    return { result: "error", mismatches: [], message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  } finally {
    await deleteCreated(ctx.transport, tracked.created);
  }
}
