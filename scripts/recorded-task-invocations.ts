/**
 * The Task state invocations of a recorded execution history, in the order AWS scheduled them:
 * which state each belongs to, what the service answered when a callback task handed its token over
 * (TaskSubmitted), and how the invocation ended (succeeded with an output, failed with an error and
 * cause, timed out, or not at all). Derived from the events alone:
 *
 * - a `…Scheduled` event (TaskScheduled, LambdaFunctionScheduled, ActivityScheduled) starts an
 *   invocation; its state is the `…StateEntered` event its `previousEventId` chain leads back to
 *   (a retry's chain runs through the failure of the attempt before);
 * - `…Started`, `TaskSubmitted` and the outcome events belong to the invocation their chain leads to;
 * - events whose ids the recorder dropped (normalised Parallel branches) are paired by position:
 *   they belong to the latest state entered before them: an outcome to that state's first invocation
 *   without one, another event to its latest invocation (the normalisation may put an outcome before
 *   its Scheduled event: it waits for the next one).
 */
export type RecordedEvent = Record<string, unknown> & { type: string; id?: unknown; previousEventId?: unknown };

export type InvocationKind = "task" | "lambda" | "activity";

export interface RecordedInvocation {
  state: string;
  kind: InvocationKind;
  scheduled: RecordedEvent;
  started?: RecordedEvent;
  submitted?: RecordedEvent;
  /** The event that ended it; absent when the invocation never ended (the execution or its branch stopped first). */
  outcome?: RecordedEvent;
}

const KIND_OF_PREFIX: Array<[string, InvocationKind]> = [
  ["LambdaFunction", "lambda"],
  ["Activity", "activity"],
  ["Task", "task"],
];

/** `Scheduled`, `Started`, `Submitted`, `Succeeded`, `Failed`, `TimedOut`... for a task event; undefined otherwise. */
export function taskEventStep(type: string): { kind: InvocationKind; step: string } | undefined {
  if (type.startsWith("TaskState")) return undefined;
  for (const [prefix, kind] of KIND_OF_PREFIX) {
    if (type.startsWith(prefix)) return { kind, step: type.slice(prefix.length) };
  }
  return undefined;
}

const OUTCOME_STEPS = new Set(["Succeeded", "Failed", "TimedOut", "StartFailed", "ScheduleFailed", "SubmitFailed"]);

export function isOutcome(event: RecordedEvent): boolean {
  const step = taskEventStep(event.type)?.step;
  return step !== undefined && OUTCOME_STEPS.has(step);
}

function enteredName(event: RecordedEvent): string | undefined {
  if (!event.type.endsWith("StateEntered")) return undefined;
  const details = event["stateEnteredEventDetails"] as { name?: unknown } | undefined;
  return typeof details?.name === "string" ? details.name : undefined;
}

/**
 * `taskStates` names the definition's Task states: events without ids are paired by position only
 * while one Task state is in play among them (the normalisation sorted the events of concurrent
 * branches, so with two it cannot tell which branch an event belongs to, and this throws).
 */
export function taskInvocations(history: readonly RecordedEvent[], taskStates: ReadonlySet<string>): RecordedInvocation[] {
  const byId = new Map<number, RecordedEvent>();
  for (const event of history) if (typeof event.id === "number") byId.set(event.id, event);
  const invocations: RecordedInvocation[] = [];
  const ofScheduled = new Map<RecordedEvent, RecordedInvocation>();
  // Position-based pairing for id-less events.
  let lastEntered: string | undefined;
  const openByState = new Map<string, RecordedInvocation[]>();
  const early: RecordedEvent[] = [];

  /** Walks `previousEventId` links from `event` until `stop` says yes. */
  const walk = (event: RecordedEvent, stop: (e: RecordedEvent) => boolean): RecordedEvent | undefined => {
    let current: RecordedEvent | undefined = event;
    for (let guard = 0; current && guard < 100_000; guard++) {
      const previous: RecordedEvent | undefined = typeof current.previousEventId === "number" ? byId.get(current.previousEventId) : undefined;
      if (!previous) return undefined;
      if (stop(previous)) return previous;
      current = previous;
    }
    return undefined;
  };

  const attach = (invocation: RecordedInvocation, event: RecordedEvent, step: string) => {
    if (step === "Started") invocation.started = event;
    else if (step === "Submitted") invocation.submitted = event;
    else if (OUTCOME_STEPS.has(step)) invocation.outcome = event;
  };

  // The Task states entered since the last event with an id.
  let unlinkedTaskStates = new Set<string>();
  for (const event of history) {
    const linked = typeof event.id === "number";
    if (linked) unlinkedTaskStates = new Set();
    const name = enteredName(event);
    if (name !== undefined) {
      lastEntered = name;
      if (!linked && taskStates.has(name)) unlinkedTaskStates.add(name);
      continue;
    }
    const task = taskEventStep(event.type);
    if (!task) continue;
    if (!linked && unlinkedTaskStates.size > 1) {
      throw new Error(`the recorder dropped the ids of the concurrent branches' events, so ${[...unlinkedTaskStates].map((n) => `'${n}'`).join(" and ")} cannot be told apart`);
    }
    if (task.step === "Scheduled") {
      const state = linked ? (() => { const entered = walk(event, (e) => enteredName(e) !== undefined); return entered ? enteredName(entered) : undefined; })() : lastEntered;
      if (state === undefined) throw new Error(`cannot tell which state scheduled event ${String(event.id)}`);
      const invocation: RecordedInvocation = { state, kind: task.kind, scheduled: event };
      invocations.push(invocation);
      ofScheduled.set(event, invocation);
      if (!linked) {
        const open = openByState.get(state) ?? [];
        open.push(invocation);
        openByState.set(state, open);
        // Outcomes the normalisation put before their Scheduled event.
        for (const pending of early.splice(0)) attachByPosition(invocation, pending);
      }
      continue;
    }
    if (linked) {
      const scheduled = walk(event, (e) => taskEventStep(e.type)?.step === "Scheduled");
      const invocation = scheduled ? ofScheduled.get(scheduled) : undefined;
      if (!invocation) throw new Error(`cannot tell which invocation event ${String(event.id)} (${event.type}) belongs to`);
      attach(invocation, event, task.step);
      continue;
    }
    const mine = lastEntered !== undefined ? (openByState.get(lastEntered) ?? []) : [];
    const target = OUTCOME_STEPS.has(task.step) ? mine.find((i) => i.outcome === undefined) : mine.at(-1);
    if (target) attachByPosition(target, event);
    else early.push(event);
  }
  if (early.length) throw new Error(`task events without a scheduled invocation: ${early.map((e) => e.type).join(", ")}`);
  return invocations;

  function attachByPosition(invocation: RecordedInvocation, event: RecordedEvent) {
    const step = taskEventStep(event.type)!.step;
    attach(invocation, event, step);
  }
}
