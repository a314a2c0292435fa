/**
 * What running one generated execution on a target showed: the definition refused (with the
 * problems or the API's error), an execution that ended (status, output or error and cause, the
 * history as on the wire), a run that did not end in time, or a crash (an exception, a 5xx, a body
 * that is not JSON). Also the comparisons the properties make between observations.
 */
import type { Json } from "../../runtime/core/json.ts";
import { jsonEquals } from "../../runtime/core/json.ts";

/** A history event as GetExecutionHistory returns it (timestamps as text or numbers). */
export type WireEvent = Record<string, unknown> & { id: number; previousEventId: number; type: string };

export type Observation =
  | { kind: "rejected"; code: string; message: string; locations: Array<string | undefined> }
  | { kind: "ended"; status: string; output?: Json; error?: string; cause?: string; history: WireEvent[] }
  | { kind: "hung"; message: string }
  | { kind: "crashed"; message: string };

/** The outcome part of an observation, for reports and comparisons (no history). */
export function outcomeOf(observation: Observation): Record<string, unknown> {
  switch (observation.kind) {
    case "ended": {
      const { history: _history, kind: _kind, ...outcome } = observation;
      return outcome;
    }
    case "rejected":
      return { rejected: observation.code, message: observation.message };
    default:
      return { [observation.kind]: observation.message };
  }
}

/** Why two observations differ in status, output, error or cause (after `normalize` on text), or undefined. */
export function outcomeDifference(a: Observation, b: Observation, normalize: (text: string) => string = (t) => t): string | undefined {
  if (a.kind !== b.kind) {
    const rejected = a.kind === "rejected" ? a : b.kind === "rejected" ? b : undefined;
    const other = rejected === a ? b : a;
    if (rejected?.kind === "rejected") {
      const ran = other.kind === "ended" ? `ran it (${other.status})` : other.kind;
      return `${rejected === a ? "the first" : "the second"} rejected the definition (${rejected.code || "no code"}: ${rejected.message.slice(0, 120)}), the other ${ran}`;
    }
    return `one was ${a.kind}, the other ${b.kind}`;
  }
  if (a.kind === "rejected" && b.kind === "rejected") return a.code === b.code ? undefined : `rejected with ${a.code} vs ${b.code}`;
  if (a.kind !== "ended" || b.kind !== "ended") return undefined;
  if (a.status !== b.status) return `status ${a.status} vs ${b.status}`;
  const norm = (value: Json | undefined): Json | undefined => (value === undefined ? undefined : (JSON.parse(normalize(JSON.stringify(value))) as Json));
  if (a.status === "SUCCEEDED") {
    return jsonEquals(norm(a.output) ?? null, norm(b.output) ?? null) ? undefined : "outputs differ";
  }
  if ((a.error ?? "") !== (b.error ?? "")) return `error ${a.error} vs ${b.error}`;
  if (normalize(a.cause ?? "") !== normalize(b.cause ?? "")) return "causes differ";
  return undefined;
}

/** History events without their timestamps (which differ from run to run). */
export function timelessHistory(history: readonly WireEvent[]): Array<Record<string, unknown>> {
  return history.map(({ timestamp: _timestamp, ...event }) => event);
}
