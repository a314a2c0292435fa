import type { Json } from "../core/json.ts";
import { jsonTextOfAnyDepth } from "../core/json-nesting.ts";
import type { Clock } from "./ports.ts";
import type { HistoryEvent } from "./types.ts";

/**
 * The execution's event log. Ids are 1..n in the order events happen. Each event also names the
 * event it follows (`previousEventId`); since Parallel branches and Map iterations run side by
 * side, that link is kept per lane (see Lane) rather than being simply id - 1.
 */
export class History {
  readonly events: HistoryEvent[] = [];
  private readonly listeners: Array<(event: HistoryEvent) => void> = [];

  constructor(private readonly clock: Clock) {}

  append(type: string, previousEventId: number, detailsKey?: string, details?: Record<string, unknown>): HistoryEvent {
    const event: HistoryEvent = { id: this.events.length + 1, previousEventId, timestamp: this.clock.now(), type };
    if (detailsKey !== undefined && details !== undefined) event[detailsKey] = details;
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Observes events as they are appended (for servers streaming or persisting history). */
  onEvent(listener: (event: HistoryEvent) => void): void {
    this.listeners.push(listener);
  }
}

/**
 * One line of control: the top-level run, one Parallel branch, one Map iteration. Events emitted
 * on a lane point back to the lane's previous event.
 */
export class Lane {
  constructor(
    readonly history: History,
    /** The id the next event on this lane points back to. */
    public lastEventId: number,
  ) {}

  emit(type: string, detailsKey?: string, details?: Record<string, unknown>): HistoryEvent {
    const event = this.history.append(type, this.lastEventId, detailsKey, details);
    this.lastEventId = event.id;
    return event;
  }

  /** Emits without moving the lane forward (AWS links some closing events to the same predecessor). */
  emitBeside(type: string, detailsKey?: string, details?: Record<string, unknown>): HistoryEvent {
    return this.history.append(type, this.lastEventId, detailsKey, details);
  }

  /** Emits with an explicit predecessor and moves the lane to the new event. */
  emitAfter(previousEventId: number, type: string, detailsKey?: string, details?: Record<string, unknown>): HistoryEvent {
    const event = this.history.append(type, previousEventId, detailsKey, details);
    this.lastEventId = event.id;
    return event;
  }

  fork(): Lane {
    return new Lane(this.history, this.lastEventId);
  }
}

/**
 * `{ input, inputDetails }` / `{ output, outputDetails }` members as AWS writes them: JSON text +
 * truncation flag. A payload of any depth is written down (one nested too deeply fails its state).
 */
export function payload(name: "input" | "output", value: Json): Record<string, unknown> {
  return payloadText(name, jsonTextOfAnyDepth(value));
}

/** The same, from JSON text already serialised (so a payload is stringified once per event). */
export function payloadText(name: "input" | "output", text: string): Record<string, unknown> {
  return { [name]: text, [`${name}Details`]: { truncated: false } };
}
