/**
 * Partial matching of execution histories. Expected events must appear in the actual history as
 * an ordered subsequence (extra actual events are allowed). Within an event, only the members the
 * expected event lists are compared (`type`, `id`, `previousEventId`, `timestamp`, the details
 * member); each listed member is compared in full with compareJson, payload strings comparing as
 * JSON (history payloads are JSON text on the wire but often parsed in recordings).
 */
import { type CompareOptions, compareJson, type Mismatch } from "./compare-json.ts";
import type { Bindings } from "./placeholders.ts";

export interface HistoryMatchOptions {
  placeholders?: readonly string[];
  /**
   * Parallel branches run concurrently, so their events' order (and ids) depends on scheduling.
   * When set, each maximal run of consecutive expected events that carry no `id` is matched
   * order-insensitively: every event of the run must match a distinct actual event that comes
   * after the previous matched event, in any order.
   */
  parallelBranchesUnordered?: boolean;
  bindings?: Bindings;
}

export type ExpectedEvent = Record<string, unknown> & { type: string };

type Item = { kind: "one"; index: number } | { kind: "unordered"; indexes: number[] };

function group(expected: readonly ExpectedEvent[], unordered: boolean): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < expected.length; i++) {
    const free = unordered && !Object.hasOwn(expected[i]!, "id");
    const last = items[items.length - 1];
    if (free && last?.kind === "unordered" && !Object.hasOwn(expected[i - 1]!, "id")) last.indexes.push(i);
    else items.push(free ? { kind: "unordered", indexes: [i] } : { kind: "one", index: i });
  }
  return items;
}

function eventMismatches(expected: ExpectedEvent, actual: unknown, path: string, options: CompareOptions): Mismatch[] {
  if (typeof actual !== "object" || actual === null) {
    return [{ path, expected, actual, message: "actual event is not an object" }];
  }
  const record = actual as Record<string, unknown>;
  const mismatches: Mismatch[] = [];
  for (const key of Object.keys(expected)) {
    const childPath = `${path}.${key}`;
    if (record[key] === undefined) {
      mismatches.push({ path: childPath, expected: expected[key], actual: undefined, message: "missing member" });
      continue;
    }
    mismatches.push(...compareJson(expected[key], record[key], { ...options, path: childPath, jsonText: "always" }));
  }
  return mismatches;
}

/** Tries one expected event against one actual event, committing bindings only on success. */
function tryMatch(expected: ExpectedEvent, actual: unknown, bindings: Bindings, tokens: readonly string[]): boolean {
  const trial = new Map(bindings);
  const ok = eventMismatches(expected, actual, "$", { placeholders: tokens, bindings: trial }).length === 0;
  if (ok) for (const [k, v] of trial) bindings.set(k, v);
  return ok;
}

function describe(event: unknown, index: number): string {
  const type = typeof event === "object" && event !== null ? (event as Record<string, unknown>).type : undefined;
  return `#${index} (${String(type)})`;
}

/** Explains why an expected event found no match: the nearest same-type candidate's differences. */
function explainMissing(expected: ExpectedEvent, expectedIndex: number, actual: readonly unknown[], from: number, tokens: readonly string[], bindings: Bindings): Mismatch[] {
  const path = `history[${expectedIndex}]`;
  const candidate = actual.findIndex(
    (event, i) => i >= from && typeof event === "object" && event !== null && (event as Record<string, unknown>).type === expected.type,
  );
  if (candidate < 0) {
    return [{ path, expected, actual: undefined, message: `expected event ${describe(expected, expectedIndex)} not found after actual event #${from}` }];
  }
  const details = eventMismatches(expected, actual[candidate], `${path}~actual[${candidate}]`, { placeholders: tokens, bindings: new Map(bindings) });
  return [
    { path, expected, actual: actual[candidate], message: `expected event ${describe(expected, expectedIndex)} not matched; nearest candidate is actual ${describe(actual[candidate], candidate)}` },
    ...details,
  ];
}

/** Matches `expectedEvents` against `actualEvents`; returns [] when every expected event is found. */
export function matchHistory(expectedEvents: readonly ExpectedEvent[], actualEvents: readonly unknown[], options: HistoryMatchOptions = {}): Mismatch[] {
  const tokens = options.placeholders ?? [];
  const bindings = options.bindings ?? new Map<string, string>();
  const mismatches: Mismatch[] = [];
  let cursor = 0;
  for (const item of group(expectedEvents, options.parallelBranchesUnordered === true)) {
    if (item.kind === "one") {
      const expected = expectedEvents[item.index]!;
      let found = -1;
      for (let i = cursor; i < actualEvents.length && found < 0; i++) if (tryMatch(expected, actualEvents[i], bindings, tokens)) found = i;
      if (found < 0) mismatches.push(...explainMissing(expected, item.index, actualEvents, cursor, tokens, bindings));
      else cursor = found + 1;
      continue;
    }
    const used = new Set<number>();
    let last = cursor - 1;
    for (const index of item.indexes) {
      const expected = expectedEvents[index]!;
      let found = -1;
      for (let i = cursor; i < actualEvents.length && found < 0; i++) {
        if (!used.has(i) && tryMatch(expected, actualEvents[i], bindings, tokens)) found = i;
      }
      if (found < 0) mismatches.push(...explainMissing(expected, index, actualEvents, cursor, tokens, bindings));
      else {
        used.add(found);
        last = Math.max(last, found);
      }
    }
    cursor = last + 1;
  }
  return mismatches;
}
