/**
 * The history law: event ids are 1..n in order, and each previousEventId is 0 (the first events) or
 * the id of an earlier event.
 */
import type { WireEvent } from "./observation.ts";

/** What is wrong with the history's ids and links, or undefined. */
export function historyLinkProblem(history: readonly WireEvent[]): string | undefined {
  const ids = new Set<number>();
  for (let i = 0; i < history.length; i++) {
    const event = history[i]!;
    if (event.id !== i + 1) return `event #${i + 1} (${event.type}) has id ${event.id}`;
    const previous = event.previousEventId;
    if (!Number.isInteger(previous) || previous < 0) return `event ${event.id} (${event.type}) has previousEventId ${String(previous)}`;
    if (previous >= event.id) return `event ${event.id} (${event.type}) links forward to ${previous}`;
    if (previous !== 0 && !ids.has(previous)) return `event ${event.id} (${event.type}) links to a missing event ${previous}`;
    ids.add(event.id);
  }
  return undefined;
}
