import type { StateMachineDefinition } from "../definition/types.ts";
import { unhandledTask } from "../integrations/integration-executor.ts";
import type { MockConfig } from "../integrations/mock-config.ts";
import type { StepFunctionsApi } from "../integrations/step-functions-api.ts";
import type { TaskHandlers } from "../integrations/task-handlers.ts";
import { TaskTokens } from "../integrations/task-tokens.ts";
import { ActivityBroker } from "./activity-broker.ts";
import { parseArn } from "./arns.ts";
import { classifyResource } from "../execution/task-resource.ts";
import { stepFunctionsService } from "./step-functions-service.ts";
import type { MapRun } from "../execution/map-run.ts";
import type { Clock, Entropy, TaskExecutor, Timers } from "../execution/ports.ts";
import type { ServiceModelSource } from "./model/service-model-source.ts";
import type { ExecutionJournal } from "../execution/checkpoint.ts";
import type { ExecutionHandle } from "../execution/run-execution.ts";
import type { ExecutionResult } from "../execution/types.ts";
import type { RequestContext } from "./request-context.ts";

/**
 * The API's resources, kept per account and region. In memory here; the Durable Object and Deno KV
 * deployments persist the same records (issue 8).
 */
export interface StateMachineRecord {
  arn: string;
  name: string;
  type: "STANDARD" | "EXPRESS";
  definition: string;
  parsed: StateMachineDefinition;
  roleArn: string;
  creationDate: Date;
  status: "ACTIVE" | "DELETING";
  /** Set by the first UpdateStateMachine that changes something (recorded: a new machine describes no revisionId). */
  revisionId?: string;
  /** When an UpdateStateMachine last changed it. */
  updateDate?: Date;
  description?: string;
  loggingConfiguration: Record<string, unknown>;
  tracingConfiguration: Record<string, unknown>;
  encryptionConfiguration?: Record<string, unknown>;
  /** The next version number to publish (numbers are never reused). */
  nextVersion: number;
}

/** An immutable snapshot of a state machine revision (`<machine ARN>:<n>`). */
export interface VersionRecord {
  arn: string;
  number: number;
  machineArn: string;
  definition: string;
  parsed: StateMachineDefinition;
  roleArn: string;
  /** The machine's revisionId when published (none for its initial revision). */
  revisionId?: string;
  description?: string;
  creationDate: Date;
}

/** A name pointing at one or two versions with routing weights (`<machine ARN>:<alias>`). */
export interface AliasRecord {
  arn: string;
  name: string;
  machineArn: string;
  description?: string;
  routingConfiguration: Array<{ stateMachineVersionArn: string; weight: number }>;
  creationDate: Date;
  updateDate: Date;
}

export interface ExecutionRecord {
  arn: string;
  name: string;
  stateMachineArn: string;
  stateMachine: StateMachineRecord;
  /** When started through a version or an alias. */
  stateMachineVersionArn?: string;
  stateMachineAliasArn?: string;
  input: string;
  startDate: Date;
  /** The revision it runs: the machine's at start, or the version's (DescribeStateMachineForExecution). */
  revision?: { definition: string; parsed: StateMachineDefinition; roleArn: string; revisionId?: string; updateDate: Date };
  /** The execution's latest run: its start, or its latest redrive (same history). */
  handle: ExecutionHandle;
  /** Set once the execution has ended (cleared while a redrive runs). */
  result?: ExecutionResult;
  stopDate?: Date;
  /** RedriveExecution's idempotency: the last client tokens that redrove it, and when. */
  redriveTokens?: Array<{ token: string; redriveDate: Date; firstUsed: Date }>;
  /** The mock configuration test case it runs (`<machine ARN>#<test case>`). */
  testCase?: string;
}

export interface ActivityRecord {
  arn: string;
  name: string;
  creationDate: Date;
  /** As DescribeActivity answers it (default `{type: "AWS_OWNED_KEY"}`). */
  encryptionConfiguration: Record<string, unknown>;
}

export class AccountStore {
  readonly stateMachines = new Map<string, StateMachineRecord>();
  readonly executions = new Map<string, ExecutionRecord>();
  readonly activities = new Map<string, ActivityRecord>();
  readonly versions = new Map<string, VersionRecord>();
  readonly aliases = new Map<string, AliasRecord>();
  readonly tags = new Map<string, Map<string, string>>();
  /** Every Map Run of the account's executions, by ARN (live: the core updates them as they run). */
  readonly mapRuns = new Map<string, MapRun>();
}

export interface ServicePorts {
  clock: Clock;
  entropy: Entropy;
  /** Wait/Retry delays and activity long polls; scale them for tests. */
  timers: Timers;
  /** GetActivityTask's long poll (AWS: 60 s). */
  activityPollSeconds?: number;
  /** Runs the Task states that no mock, handler, built-in integration or activity answers. */
  taskExecutor?: TaskExecutor;
  /** In-process handlers standing in for services (runtime/integrations/task-handlers.ts). */
  handlers?: TaskHandlers;
  /** A Step Functions Local mock configuration: StartExecution on `<machine ARN>#<test case>` runs a test case. */
  mockConfig?: MockConfig;
  /** The HTTP Task's fetch (default: the global fetch). */
  fetch?: typeof fetch;
  /**
   * Told of work that outlives the request that started it (a running execution's completion),
   * for hosts that must keep it alive, e.g. a Worker's ctx.waitUntil.
   */
  background?: (work: Promise<unknown>) => void;
  /**
   * AWS services' API models, by AWS SDK integration name: TestState checks mocked results
   * against them (mock-result-schema.ts). Default: Step Functions' own model only; Node and Deno
   * hosts pass installedServiceModels() (model/installed-models-node.ts).
   */
  serviceModels?: ServiceModelSource;
  /** Makes STANDARD executions durable (durable hosts: persistence/durable-accounts.ts). */
  journal?: ExecutionJournal;
}

/** All accounts' stores plus the ports executions run with. */
export class ServiceState {
  private readonly accounts = new Map<string, AccountStore>();
  readonly activities: ActivityBroker;
  /** Every task waiting on a token (activities, callbacks, .sync), answered by SendTask*. */
  readonly taskTokens: TaskTokens;
  /**
   * Runs the Task states mocks, handlers and the built-in integrations leave (the executions'
   * `taskExecutor`; TestState's): activities through the broker, the rest through the configured port.
   */
  readonly taskExecutor: TaskExecutor;
  /** The API as executions' Step Functions integrations call it (nested executions, aws-sdk:sfn). */
  readonly stepFunctions: StepFunctionsApi;

  constructor(readonly ports: ServicePorts) {
    this.taskTokens = new TaskTokens(ports.timers);
    this.activities = new ActivityBroker(ports.timers, this.taskTokens);
    this.stepFunctions = stepFunctionsService(this);
    const executor: TaskExecutor = (request) => {
      if (classifyResource(request.resource).kind === "activity") return this.activities.executor(request);
      if (ports.taskExecutor) return ports.taskExecutor(request);
      return Promise.reject(unhandledTask(request));
    };
    // An activity must exist in its account when a Task state reaches it (recorded:
    // test_activity_task_on_deleted, "The activity <arn> does not exist.").
    executor.refuses = (request) => {
      if (classifyResource(request.resource).kind === "activity") {
        const { region, account } = parseArn(request.resource);
        return this.store({ region, account }).activities.has(request.resource) ? undefined : `The activity ${request.resource} does not exist.`;
      }
      return ports.taskExecutor?.refuses?.(request);
    };
    this.taskExecutor = executor;
  }

  store(ctx: RequestContext): AccountStore {
    const key = `${ctx.account}/${ctx.region}`;
    let store = this.accounts.get(key);
    if (!store) this.accounts.set(key, (store = new AccountStore()));
    return store;
  }
}
