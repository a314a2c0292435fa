import { parseDefinition } from "../../definition/parse-definition.ts";
import type { StateMachineDefinition } from "../../definition/types.ts";
import { checkpointWakeTime, type ExecutionCheckpoint, type ExecutionEnd, type ExecutionJournal } from "../../execution/checkpoint.ts";
import { resumeExecution } from "../../execution/run-execution.ts";
import type { HistoryEvent } from "../../execution/types.ts";
import type { Json } from "../../core/json.ts";
import type { DurableStore, DurableWrites, StoredValue } from "../../storage/durable-store.ts";
import { executionRunOptions, followRun } from "../operations/executions.ts";
import { requestContext, type RequestContext } from "../request-context.ts";
import type { AccountStore, ActivityRecord, AliasRecord, ExecutionRecord, ServiceState, StateMachineRecord, VersionRecord } from "../store.ts";
import { fromStored, toStored, without } from "./stored-values.ts";

/**
 * The API server's state made durable (docs/edge-design.md). Resources (state machines, versions,
 * aliases, activities, tags, executions) are stored per account and region under
 * `<account>/<region>/<kind>/<ARN>`, written after each operation that may change them (only the
 * records that changed). Executions are journaled as they run: their history events under
 * `.../event/<execution ARN>/<id>` and, in the same transaction, a checkpoint at each top-level
 * state boundary or how their run ended under `.../run/<execution ARN>`.
 *
 * `restore` loads it all into a fresh ServiceState and takes up the executions that were running
 * from their last checkpoint: at most the state in flight runs again, and since the history is
 * cut back to the events the checkpoint covers, no event is written twice. A top-level Task caught
 * waiting on its task token registers that token again before `restore` returns (states/task.ts
 * reaches its executor synchronously when continuing), so a request to the restored host (a
 * worker's SendTaskSuccess, a GetActivityTask) finds it.
 */
export interface DurableAccountsOptions {
  store: DurableStore;
  /** Real milliseconds per millisecond of delay: when checkpointed Waits wake up. */
  timeScale?: number;
  /**
   * Asks the host to call `woke()` at this time (epoch ms), e.g. a Durable Object alarm, so an
   * evicted host comes back for its running executions; undefined: none is needed any more.
   */
  scheduleWake?: (atMs: number | undefined) => void;
  /** Told when a write fails (default: console.error). */
  onError?: (error: unknown) => void;
}

/**
 * How often a host is woken while it runs executions that are at no checkpoint with a known due
 * time (a Wait, a Retry interval, a Task's TimeoutSeconds or heartbeat deadline), to take them up
 * if it was evicted.
 */
export const WATCHDOG_MS = 60_000;

const KINDS = ["machine", "version", "alias", "activity", "tags", "execution"] as const;
type RecordKind = (typeof KINDS)[number];

/** Operations that change nothing worth storing. */
const READ_ONLY = /^(Describe|List|Get|Validate|TestState$)/;
/**
 * Operations on a task waiting on its token: they change no record, but a worker taking the task,
 * its heartbeats and its answer are checkpointed, and stored before the worker hears back.
 */
const TASK_PROGRESS = /^(GetActivityTask|SendTask(Success|Failure|Heartbeat))$/;

interface StoredRun {
  checkpoint?: ExecutionCheckpoint;
  end?: { outcome: Record<string, unknown>; resumePoint?: Json; stopDate: string };
}

export class DurableAccounts {
  readonly journal: ExecutionJournal;
  private state: ServiceState | undefined;
  /** Per account scope: what each record key holds now (JSON text), to write only what changed. */
  private readonly written = new Map<string, Map<string, string>>();
  /** Per execution: how many of its history events are stored. */
  private readonly storedEvents = new Map<string, number>();
  /** The latest checkpoint of each running execution. */
  private readonly running = new Map<string, ExecutionCheckpoint>();
  private armedAt: number | undefined;

  constructor(private readonly options: DurableAccountsOptions) {
    this.journal = {
      checkpoint: (arn, checkpoint, events) => this.checkpointed(arn, checkpoint, events),
      ended: (arn, end, events) => this.ended(arn, end, events),
    };
  }

  /**
   * Loads everything stored into `state` (a fresh service created with this journal) and takes
   * up the executions that were running. Returns how many executions it found and took up.
   */
  restore(state: ServiceState): { executions: number; resumed: number } {
    this.state = state;
    const byScope = new Map<string, Map<string, Array<[string, StoredValue]>>>();
    for (const [key, value] of this.options.store.list("")) {
      const parsed = parseKey(key);
      if (!parsed) continue;
      const kinds = byScope.get(parsed.scope) ?? new Map<string, Array<[string, StoredValue]>>();
      byScope.set(parsed.scope, kinds);
      const list = kinds.get(parsed.kind) ?? [];
      list.push([key, value]);
      kinds.set(parsed.kind, list);
    }
    let executions = 0;
    let resumed = 0;
    for (const [scope, kinds] of byScope) {
      const [account, region] = scope.split("/") as [string, string];
      const ctx: RequestContext = { account, region };
      const store = state.store(ctx);
      const written = this.writtenIn(scope);
      const remember = (key: string, value: StoredValue) => written.set(key, JSON.stringify(value));
      const parsedDefinitions = new Map<string, StateMachineDefinition | undefined>();
      const parse = (definition: string, type: "STANDARD" | "EXPRESS") => {
        const cacheKey = `${type}\n${definition}`;
        if (!parsedDefinitions.has(cacheKey)) {
          const result = parseDefinition(definition, { type });
          parsedDefinitions.set(cacheKey, result.ok ? result.definition : undefined);
        }
        return parsedDefinitions.get(cacheKey);
      };
      const machineOf = (value: StoredValue): StateMachineRecord | undefined => {
        const record = fromStored(value) as Omit<StateMachineRecord, "parsed">;
        const parsed = parse(record.definition, record.type);
        return parsed ? { ...record, parsed } : undefined;
      };
      for (const [key, value] of kinds.get("machine") ?? []) {
        const record = machineOf(value);
        if (record) store.stateMachines.set(record.arn, record);
        remember(key, value);
      }
      for (const [key, value] of kinds.get("version") ?? []) {
        const record = fromStored(value) as Omit<VersionRecord, "parsed">;
        const parsed = parse(record.definition, store.stateMachines.get(record.machineArn)?.type ?? "STANDARD");
        if (parsed) store.versions.set(record.arn, { ...record, parsed });
        remember(key, value);
      }
      for (const [key, value] of kinds.get("alias") ?? []) {
        const record = fromStored(value) as AliasRecord;
        store.aliases.set(record.arn, record);
        remember(key, value);
      }
      for (const [key, value] of kinds.get("activity") ?? []) {
        const record = fromStored(value) as ActivityRecord;
        store.activities.set(record.arn, record);
        remember(key, value);
      }
      for (const [key, value] of kinds.get("tags") ?? []) {
        store.tags.set(key.slice(`${scope}/tags/`.length), fromStored(value) as Map<string, string>);
        remember(key, value);
      }
      const metas = (kinds.get("execution") ?? [])
        .map(([key, value]) => ({ key, value, meta: fromStored(value) as StoredExecution }))
        .sort((a, b) => a.meta.startDate.getTime() - b.meta.startDate.getTime());
      for (const { key, value, meta } of metas) {
        remember(key, value);
        const machine = meta.machine ? machineOf(toStored(meta.machine)) : store.stateMachines.get(meta.stateMachineArn);
        const parsed = machine && parse(meta.revision.definition, machine.type);
        if (!machine || !parsed) continue;
        const revision = { ...meta.revision, parsed };
        const run = (this.options.store.get(`${scope}/run/${meta.arn}`) ?? {}) as StoredRun;
        const history = this.options.store.list(`${scope}/event/${meta.arn}/`).map(([, event]) => decodeEvent(event));
        const input = JSON.parse(meta.input) as Json;
        const end = run.end ? decodeEnd(run.end) : undefined;
        const handle = resumeExecution(executionRunOptions(machine, revision, meta.name, input, ctx, state, meta.testCase), {
          info: {
            executionArn: meta.arn,
            executionName: meta.name,
            input,
            startTime: meta.startDate.toISOString(),
            roleArn: revision.roleArn,
            redriveCount: meta.redriveCount ?? 0,
            ...(meta.redriveDate ? { redriveTime: meta.redriveDate.toISOString() } : {}),
            stateMachineArn: machine.arn,
            stateMachineName: machine.name,
          },
          history,
          ...(run.checkpoint ? { checkpoint: run.checkpoint } : {}),
          ...(end && !run.checkpoint ? { end } : {}),
          ...(meta.redriveDate ? { redriveDate: meta.redriveDate } : {}),
        });
        const { machine: _machine, redriveCount: _count, redriveDate: _date, ...fields } = meta;
        const record: ExecutionRecord = { ...fields, stateMachine: machine, revision, handle };
        executions++;
        if (handle.status === "RUNNING") {
          resumed++;
          this.storedEvents.set(meta.arn, handle.history.length);
          if (run.checkpoint) this.running.set(meta.arn, run.checkpoint);
          followRun(record, handle, state);
        } else {
          this.storedEvents.set(meta.arn, history.length);
          record.result = { ...end!.outcome, history: handle.history as HistoryEvent[] };
          record.stopDate = end!.stopDate;
        }
        store.executions.set(meta.arn, record);
      }
    }
    this.rearm();
    return { executions, resumed };
  }

  /**
   * A fetch handler that stores what an operation changed before answering, and answers once the
   * store has it (host entries wrap `app.fetch` with it).
   */
  persisting(fetch: (request: Request) => Response | Promise<Response>): (request: Request) => Promise<Response> {
    return async (request) => {
      const target = request.headers.get("x-amz-target") ?? "";
      const response = await fetch(request);
      const operation = target.slice(target.indexOf(".") + 1);
      if (TASK_PROGRESS.test(operation)) await this.options.store.settled();
      else if (!READ_ONLY.test(operation)) {
        this.save(requestContext(request.headers.get("authorization")));
        // The execution a StartExecution began is saved a microtask after it: let that run first.
        await Promise.resolve();
        await this.options.store.settled();
      }
      return response;
    };
  }

  /** Writes the records of one account and region that changed since they were last written. */
  save(ctx: RequestContext): void {
    const state = this.state;
    if (!state) return;
    const scope = `${ctx.account}/${ctx.region}`;
    const store = state.store(ctx);
    const current = recordsOf(scope, store);
    const written = this.writtenIn(scope);
    const changes: Array<[string, StoredValue | undefined, string | undefined]> = [];
    for (const [key, value] of current) {
      const text = JSON.stringify(value);
      if (written.get(key) !== text) changes.push([key, value, text]);
    }
    for (const key of written.keys()) if (!current.has(key)) changes.push([key, undefined, undefined]);
    if (changes.length === 0) return;
    this.write((writes) => {
      for (const [key, value] of changes) {
        if (value !== undefined) writes.put(key, value);
        else {
          writes.delete(key);
          const execution = /\/execution\/(.+)$/.exec(key)?.[1];
          if (execution) this.forgetExecution(scope, execution, writes);
        }
      }
    });
    for (const [key, , text] of changes) {
      if (text === undefined) written.delete(key);
      else written.set(key, text);
    }
  }

  /** The host's wake-up call came (a Durable Object alarm): arms the next one while executions run. */
  woke(): void {
    this.armedAt = undefined;
    this.rearm();
  }

  /** Executions running now, by ARN, with their latest checkpoint. */
  get runningExecutions(): ReadonlyMap<string, ExecutionCheckpoint> {
    return this.running;
  }

  private checkpointed(arn: string, checkpoint: ExecutionCheckpoint, events: readonly HistoryEvent[]): void {
    const scope = scopeOfArn(arn);
    const from = this.storedEvents.get(arn) ?? 0;
    this.write((writes) => {
      for (let index = from; index < checkpoint.eventCount; index++) writes.put(eventKey(scope, arn, events[index]!.id), encodeEvent(events[index]!));
      writes.put(`${scope}/run/${arn}`, { checkpoint } as unknown as StoredValue);
    });
    this.storedEvents.set(arn, checkpoint.eventCount);
    this.running.set(arn, checkpoint);
    // A run begins (StartExecution, a nested execution's start, RedriveExecution): its record is
    // complete once the operation that started it has returned, a microtask later.
    const last = events[checkpoint.eventCount - 1]?.type;
    if (last === "ExecutionStarted" || last === "ExecutionRedriven") queueMicrotask(() => this.save(contextOfArn(arn)));
    this.rearm();
  }

  private ended(arn: string, end: ExecutionEnd, events: readonly HistoryEvent[]): void {
    const scope = scopeOfArn(arn);
    const from = this.storedEvents.get(arn) ?? 0;
    this.write((writes) => {
      for (let index = from; index < events.length; index++) writes.put(eventKey(scope, arn, events[index]!.id), encodeEvent(events[index]!));
      writes.put(`${scope}/run/${arn}`, { end: encodeEnd(end) } as unknown as StoredValue);
    });
    this.storedEvents.set(arn, events.length);
    this.running.delete(arn);
    this.rearm();
  }

  private forgetExecution(scope: string, arn: string, writes: DurableWrites): void {
    writes.delete(`${scope}/run/${arn}`);
    for (const [key] of this.options.store.list(`${scope}/event/${arn}/`)) writes.delete(key);
    this.storedEvents.delete(arn);
    this.running.delete(arn);
  }

  private write(batch: (writes: DurableWrites) => void): void {
    try {
      this.options.store.transaction(batch);
    } catch (e) {
      (this.options.onError ?? ((error: unknown) => console.error("durable storage write failed:", error)))(e);
    }
  }

  private writtenIn(scope: string): Map<string, string> {
    let written = this.written.get(scope);
    if (!written) this.written.set(scope, (written = new Map()));
    return written;
  }

  /** Asks for a wake-up by the earliest time a running execution needs one (only when that moves earlier). */
  private rearm(): void {
    const schedule = this.options.scheduleWake;
    if (!schedule) return;
    const now = Date.now();
    let next: number | undefined;
    for (const checkpoint of this.running.values()) {
      const at = checkpointWakeTime(checkpoint, this.options.timeScale ?? 1) ?? now + WATCHDOG_MS;
      next = next === undefined ? at : Math.min(next, at);
    }
    if (next === undefined) {
      if (this.armedAt !== undefined) schedule((this.armedAt = undefined));
      return;
    }
    if (this.armedAt === undefined || next < this.armedAt) schedule((this.armedAt = Math.max(next, now)));
  }
}

/** An execution record as stored: what cannot be rebuilt from the rest (the run comes from the journal). */
interface StoredExecution extends Omit<ExecutionRecord, "handle" | "result" | "stopDate" | "stateMachine" | "revision"> {
  /** The machine it ran, when it is no longer the account's machine of that ARN (deleted, or deleted and created again). */
  machine?: Omit<StateMachineRecord, "parsed">;
  revision: { definition: string; roleArn: string; revisionId?: string; updateDate: Date };
  redriveCount?: number;
  redriveDate?: Date;
}

function recordsOf(scope: string, store: AccountStore): Map<string, StoredValue> {
  const records = new Map<string, StoredValue>();
  const put = (kind: RecordKind, arn: string, value: unknown) => records.set(`${scope}/${kind}/${arn}`, toStored(value));
  for (const [arn, record] of store.stateMachines) put("machine", arn, without(record, "parsed"));
  for (const [arn, record] of store.versions) put("version", arn, without(record, "parsed"));
  for (const [arn, record] of store.aliases) put("alias", arn, record);
  for (const [arn, record] of store.activities) put("activity", arn, record);
  for (const [arn, tags] of store.tags) put("tags", arn, tags);
  for (const [arn, record] of store.executions) {
    const machine = record.stateMachine;
    const revision = record.revision ?? { definition: machine.definition, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: machine.creationDate };
    const stored: StoredExecution = {
      ...(without(record, "handle", "result", "stopDate", "stateMachine", "revision") as Omit<StoredExecution, "revision">),
      revision: { definition: revision.definition, roleArn: revision.roleArn, revisionId: revision.revisionId, updateDate: revision.updateDate },
      ...(store.stateMachines.get(record.stateMachineArn) === machine ? {} : { machine: without(machine, "parsed") as StoredExecution["machine"] }),
      redriveCount: record.handle.redriveCount,
      ...(record.handle.redriveDate ? { redriveDate: record.handle.redriveDate } : {}),
    };
    put("execution", arn, stored);
  }
  return records;
}

function parseKey(key: string): { scope: string; kind: string } | undefined {
  const match = /^([^/]+\/[^/]+)\/([^/]+)\//.exec(key);
  return match ? { scope: match[1]!, kind: match[2]! } : undefined;
}

/** `arn:aws:states:<region>:<account>:execution:...` → `<account>/<region>`. */
function scopeOfArn(arn: string): string {
  const ctx = contextOfArn(arn);
  return `${ctx.account}/${ctx.region}`;
}

function contextOfArn(arn: string): RequestContext {
  const segments = arn.split(":");
  return { region: segments[3] ?? "", account: segments[4] ?? "" };
}

function eventKey(scope: string, arn: string, id: number): string {
  return `${scope}/event/${arn}/${String(id).padStart(9, "0")}`;
}

/** Events as plain JSON (their details are the runtime's own, with payloads as JSON text). */
function encodeEvent(event: HistoryEvent): StoredValue {
  return { ...event, timestamp: event.timestamp.toISOString() } as unknown as StoredValue;
}

function decodeEvent(value: StoredValue): HistoryEvent {
  const event = value as unknown as HistoryEvent & { timestamp: string };
  return { ...event, timestamp: new Date(event.timestamp) };
}

function encodeEnd(end: ExecutionEnd): NonNullable<StoredRun["end"]> {
  return { outcome: end.outcome as Record<string, unknown>, ...(end.resumePoint ? { resumePoint: end.resumePoint as unknown as Json } : {}), stopDate: end.stopDate.toISOString() };
}

function decodeEnd(end: NonNullable<StoredRun["end"]>): ExecutionEnd {
  return { outcome: end.outcome as unknown as ExecutionEnd["outcome"], resumePoint: end.resumePoint as unknown as ExecutionEnd["resumePoint"], stopDate: new Date(end.stopDate) };
}
