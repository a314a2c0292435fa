/**
 * Arbitrary well-formed state machines with an input and a task script: Pass, Choice, Wait
 * (a few seconds at most), Succeed, Fail, Parallel, inline Map (also the legacy Iterator form) and
 * Task states run as activities answered by a script; nested Parallel branches and Map
 * iterations; Retry and Catch; JSONPath, JSONata and states mixing both; workflow variables
 * (Assign, read by paths and expressions, scoped per branch and iteration).
 *
 * Well-formed means valid by construction: transitions go forward (state i to a later state, so
 * every execution ends), every state is reachable, names are unique, variables are assigned only
 * in their own scope. Executions may still fail at run time (a path that finds nothing, a task
 * that fails): that is part of what is explored. With `invalid`, some expressions are invalid on
 * purpose, so some definitions are rejected.
 *
 * State names are `S<n>`, nested ones `S<n>b<k>S<m>` (letters and digits, starting upper case):
 * generated strings are lower case, so the renaming law can find names in outputs.
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import type { TaskResponse } from "../compare/execution-case.ts";
import { type Choices, generated } from "./choices.ts";
import { jsonataCondition, jsonataValue, type JsonataField } from "./jsonata-gen.ts";
import { executionInput, jsonObject, jsonValue } from "./json-values.ts";
import { filterPath, jsonPathAssign, payloadTemplate, referencePath, resultPath } from "./jsonpath-gen.ts";
import { choiceExpression } from "./choice-rule-gen.ts";
import type { ExpressionScope } from "./scope.ts";
import type fc from "fast-check";

export type QueryLanguage = "JSONPath" | "JSONata";

export interface MachineOptions {
  /** Nesting of Parallel/Map (0: flat machines). */
  maxDepth: number;
  /** States per States object. */
  maxStates: number;
  /** Task states (activities answered by the task script). */
  tasks: boolean;
  /**
   * Task states with a TimeoutSeconds, some with a script that never answers. Off when tasks are
   * answered through an API: a worker's latency would race a timeout of a few (scaled) seconds.
   */
  taskTimeouts: boolean;
  maxWaitSeconds: number;
  maxRetryAttempts: number;
  /** One query language for every state, or `any`: either, and JSONPath machines with JSONata states. */
  queryLanguage: "any" | QueryLanguage;
  /** Only values that are the same on every run and implementation (see scope.ts). */
  deterministic: boolean;
  /** Some invalid expressions (and so some rejected definitions). */
  invalid: boolean;
  /** Odd input values (`__proto__` keys, NUL, huge numbers). */
  oddInput: boolean;
}

export const DEFAULT_MACHINE_OPTIONS: MachineOptions = {
  maxDepth: 2,
  maxStates: 4,
  tasks: true,
  taskTimeouts: true,
  maxWaitSeconds: 2,
  maxRetryAttempts: 2,
  queryLanguage: "any",
  deterministic: true,
  invalid: false,
  oddInput: false,
};

/** One execution to run: the definition, its input, and how its activities answer. */
export interface GeneratedExecution {
  definition: JsonObject;
  input: Json;
  taskResponses: TaskResponse[];
}

export const ACTIVITY_ARN_PREFIX = "arn:aws:states:us-east-1:123456789012:activity:fuzz-";

const ERROR_NAMES = ["States.TaskFailed", "Custom.Error", "States.Runtime", "States.QueryEvaluationError", "States.BranchFailed", "States.Timeout", "States.ResultPathMatchFailure", "States.IntrinsicFailure", "States.NoChoiceMatched", "Other.Error"];

interface GraphContext {
  topLanguage: QueryLanguage;
  depth: number;
  /** Prefix of this graph's state names. */
  prefix: string;
  outerVariables: readonly string[];
}

interface StateContext {
  language: QueryLanguage;
  graph: GraphContext;
  scope: ExpressionScope;
  ownVariables: readonly string[];
  /** Names of the states after this one (Catch / Choice targets). */
  later: readonly string[];
  /** The state after this one, if any. */
  next: string | undefined;
  /** The first state assigns every variable of its scope (so references to them are valid). */
  assignsAll: boolean;
}

class MachineBuilder {
  readonly taskResponses: TaskResponse[] = [];
  private activities = 0;

  constructor(
    private readonly c: Choices,
    private readonly options: MachineOptions,
  ) {}

  machine(): JsonObject {
    const c = this.c;
    const language: QueryLanguage = this.options.queryLanguage === "any" ? c.pick<QueryLanguage>(["JSONPath", "JSONata"]) : this.options.queryLanguage;
    const graph = this.graph({ topLanguage: language, depth: 0, prefix: "", outerVariables: [] });
    const head: Array<[string, Json]> = [];
    if (language === "JSONata" || c.chance(10)) head.push(["QueryLanguage", language]);
    if (c.chance(10)) head.push(["Comment", "generated"]);
    return jsonObject([...head, ...Object.entries(graph)]);
  }

  graph(ctx: GraphContext): JsonObject {
    const c = this.c;
    const count = c.int(1, this.options.maxStates);
    const names = Array.from({ length: count }, (_, i) => `${ctx.prefix}S${i}`);
    const variableTag = `v${ctx.prefix.toLowerCase()}`;
    // A one-state graph ends at once: no variables (its state may be a Succeed or Fail, which cannot assign).
    const ownVariables = count === 1 ? [] : Array.from({ length: c.int(0, 2) }, (_, i) => `${variableTag}_${i}`);
    const states: Array<[string, Json]> = [];
    for (let i = 0; i < count; i++) {
      // JSONPath machines may have JSONata states (not the reverse); a fixed query language means no mixing.
      const mixing = this.options.queryLanguage === "any" && ctx.topLanguage === "JSONPath";
      const language: QueryLanguage = mixing && c.chance(20) ? "JSONata" : ctx.topLanguage;
      const stateContext: StateContext = {
        language,
        graph: ctx,
        scope: { variables: [...ctx.outerVariables, ...ownVariables], inMap: false, deterministic: this.options.deterministic, invalid: this.options.invalid },
        ownVariables,
        later: names.slice(i + 1),
        next: names[i + 1],
        assignsAll: i === 0,
      };
      const state = this.state(names[i]!, stateContext);
      if (language !== ctx.topLanguage || c.chance(5)) state["QueryLanguage"] = language;
      states.push([names[i]!, state]);
    }
    return jsonObject([["StartAt", names[0]!], ["States", jsonObject(states)]]);
  }

  private state(name: string, ctx: StateContext): JsonObject {
    const c = this.c;
    const nested = ctx.graph.depth < this.options.maxDepth;
    const kinds = ["Pass", "Pass", "Wait", "Choice", ...(this.options.tasks ? ["Task", "Task"] : []), ...(nested ? ["Parallel", "Map"] : [])];
    const last = ctx.next === undefined;
    const kind = last ? c.pick(["Pass", "Succeed", "Fail", "Wait", ...(this.options.tasks ? ["Task"] : []), ...(nested ? ["Parallel", "Map"] : [])]) : c.pick(kinds);
    switch (kind) {
      case "Pass":
        return this.withTransition(this.pass(ctx), ctx);
      case "Wait":
        return this.withTransition(this.wait(ctx), ctx);
      case "Succeed":
        return this.succeed(ctx);
      case "Fail":
        return this.fail(ctx);
      case "Choice":
        return this.choice(ctx);
      case "Task":
        return this.withTransition(this.task(name, ctx), ctx);
      case "Parallel":
        return this.withTransition(this.parallel(name, ctx), ctx);
      default:
        return this.withTransition(this.map(name, ctx), ctx);
    }
  }

  private withTransition(state: JsonObject, ctx: StateContext): JsonObject {
    if (ctx.next === undefined) state["End"] = true;
    else state["Next"] = ctx.next;
    return state;
  }

  private assign(state: JsonObject, ctx: StateContext, field: JsonataField = {}): void {
    if (ctx.ownVariables.length === 0) return;
    if (ctx.assignsAll) {
      state["Assign"] = this.assignValue(ctx.ownVariables, ctx, field);
      return;
    }
    if (!this.c.chance(30)) return;
    const names = this.c.subset(ctx.ownVariables, this.c.int(1, ctx.ownVariables.length));
    state["Assign"] = this.assignValue(names, ctx, field);
  }

  private assignValue(names: readonly string[], ctx: StateContext, field: JsonataField): Json {
    if (ctx.language === "JSONPath") return jsonPathAssign(this.c, names, ctx.scope);
    return jsonObject(names.map((n) => [n, this.c.chance(70) ? jsonataValue(this.c, ctx.scope, field) : jsonValue(this.c, { depth: 1 })] as const));
  }

  /** InputPath / Parameters / ResultSelector / ResultPath / OutputPath (JSONPath) or Arguments / Output (JSONata). */
  private dataFields(
    state: JsonObject,
    ctx: StateContext,
    fields: { input?: boolean; parameters?: string; arguments?: boolean; resultSelector?: boolean; resultPath?: boolean; output?: boolean; result?: boolean },
  ): void {
    const c = this.c;
    if (ctx.language === "JSONPath") {
      if (fields.input && c.chance(20)) state["InputPath"] = filterPath(c, ctx.scope);
      if (fields.parameters && c.chance(30)) state[fields.parameters] = payloadTemplate(c, ctx.scope);
      if (fields.resultSelector && c.chance(20)) state["ResultSelector"] = payloadTemplate(c, ctx.scope);
      if (fields.resultPath && c.chance(35)) state["ResultPath"] = resultPath(c, ctx.scope);
      if (fields.output && c.chance(15)) state["OutputPath"] = filterPath(c, ctx.scope);
      return;
    }
    if (fields.arguments && c.chance(30)) state["Arguments"] = jsonataValue(c, ctx.scope);
    if (fields.output && c.chance(40)) state["Output"] = jsonataValue(c, ctx.scope, { result: fields.result === true });
  }

  private pass(ctx: StateContext): JsonObject {
    const state: JsonObject = { Type: "Pass" };
    if (ctx.language === "JSONPath" && this.c.chance(35)) state["Result"] = jsonValue(this.c, { depth: 2 });
    this.dataFields(state, ctx, { input: true, parameters: "Parameters", resultPath: true, output: true });
    this.assign(state, ctx);
    return state;
  }

  private wait(ctx: StateContext): JsonObject {
    const c = this.c;
    const state: JsonObject = { Type: "Wait" };
    const seconds = () => c.int(0, this.options.maxWaitSeconds);
    const roll = c.int(0, 9);
    if (ctx.language === "JSONPath") {
      if (roll < 7) state["Seconds"] = seconds();
      else if (roll < 9) state["SecondsPath"] = c.pick(["$.d[0]", "$.a", "$.b", ...ctx.scope.variables.map((v) => `$${v}`)]);
      else state["Timestamp"] = "2020-01-01T00:00:00Z";
      this.dataFields(state, ctx, { input: true, output: true });
    } else {
      if (roll < 7) state["Seconds"] = seconds();
      else if (roll < 9) state["Seconds"] = c.pick(["{% $states.input.d[0] %}", `{% ${this.options.maxWaitSeconds} %}`, "{% $states.input.b %}"]);
      else state["Timestamp"] = c.pick(["2020-01-01T00:00:00Z", "{% '2020-01-01T00:00:00Z' %}"]);
      this.dataFields(state, ctx, { output: true });
    }
    this.assign(state, ctx);
    return state;
  }

  private succeed(ctx: StateContext): JsonObject {
    const state: JsonObject = { Type: "Succeed" };
    this.dataFields(state, ctx, { input: true, output: true });
    return state;
  }

  private fail(ctx: StateContext): JsonObject {
    const c = this.c;
    const state: JsonObject = { Type: "Fail" };
    if (ctx.language === "JSONPath") {
      if (c.chance(70)) state["Error"] = c.pick(["Custom.Error", "States.TaskFailed", "Other.Error", "é.error"]);
      else if (c.chance(50)) state["ErrorPath"] = c.pick(["$.b", "$.e.x", ...ctx.scope.variables.map((v) => `$${v}`)]);
      if (c.chance(60)) state["Cause"] = c.pick(["a cause", "", "😀"]);
      else if (c.chance(40)) state["CausePath"] = c.pick(["$.b", "States.Format('c {}', $.a)", "States.JsonToString($)"]);
    } else {
      if (c.chance(70)) state["Error"] = c.pick(["Custom.Error", "{% 'E.' & $string($states.input.a) %}", "{% $states.input.b %}"]);
      if (c.chance(60)) state["Cause"] = c.pick(["a cause", "{% $string($states.input) %}", "{% $states.input.b %}"]);
    }
    return state;
  }

  private choice(ctx: StateContext): JsonObject {
    const c = this.c;
    const later = ctx.later;
    const withDefault = c.chance(85);
    const rules: Json[] = [];
    const ruleCount = c.int(1, 3);
    for (let k = 0; k < ruleCount; k++) {
      const next = k === 0 && !withDefault ? ctx.next! : c.pick(later);
      const rule: JsonObject =
        ctx.language === "JSONPath" ? { ...(choiceExpression(c, ctx.scope) as JsonObject) } : { Condition: c.chance(10) ? c.pick([true, false]) : `{% ${jsonataCondition(c, ctx.scope)} %}` };
      rule["Next"] = next;
      if (ctx.language === "JSONata" && c.chance(20)) rule["Output"] = jsonataValue(c, ctx.scope);
      this.assign(rule, { ...ctx, assignsAll: false });
      rules.push(rule);
    }
    const state: JsonObject = { Type: "Choice", Choices: rules };
    if (withDefault) state["Default"] = ctx.next!;
    this.dataFields(state, ctx, { input: true, output: true });
    this.assign(state, ctx);
    return state;
  }

  private retry(): Json[] {
    const c = this.c;
    const retriers: Json[] = [];
    const count = c.int(0, 2);
    for (let k = 0; k < count; k++) {
      const all = k === count - 1 && c.chance(30);
      const retrier: JsonObject = { ErrorEquals: all ? ["States.ALL"] : c.subset(ERROR_NAMES, c.int(1, 2)) };
      if (c.chance(50)) retrier["IntervalSeconds"] = c.int(1, 2);
      retrier["MaxAttempts"] = c.int(0, this.options.maxRetryAttempts);
      if (c.chance(30)) retrier["BackoffRate"] = c.pick([1, 1.5, 2]);
      if (c.chance(10)) retrier["MaxDelaySeconds"] = c.int(1, 3);
      if (c.chance(10)) retrier["JitterStrategy"] = c.pick(["NONE", "FULL"]);
      retriers.push(retrier);
    }
    return retriers;
  }

  private catchers(ctx: StateContext): Json[] {
    const c = this.c;
    if (ctx.later.length === 0) return [];
    const catchers: Json[] = [];
    const count = c.int(0, 2);
    for (let k = 0; k < count; k++) {
      const all = k === count - 1 && c.chance(50);
      const catcher: JsonObject = { ErrorEquals: all ? ["States.ALL"] : c.subset(ERROR_NAMES, c.int(1, 2)), Next: c.pick(ctx.later) };
      if (ctx.language === "JSONPath") {
        if (c.chance(50)) catcher["ResultPath"] = c.pick(["$.err", "$", null]);
      } else if (c.chance(50)) {
        catcher["Output"] = jsonataValue(c, ctx.scope, { errorOutput: true });
      }
      if (ctx.ownVariables.length > 0 && c.chance(20)) catcher["Assign"] = this.assignValue(c.subset(ctx.ownVariables, 1), ctx, { errorOutput: true });
      catchers.push(catcher);
    }
    return catchers;
  }

  private errorHandling(state: JsonObject, ctx: StateContext): void {
    const retry = this.retry();
    if (retry.length > 0) state["Retry"] = retry;
    const catchers = this.catchers(ctx);
    if (catchers.length > 0) state["Catch"] = catchers;
  }

  private task(name: string, ctx: StateContext): JsonObject {
    const c = this.c;
    const state: JsonObject = { Type: "Task", Resource: `${ACTIVITY_ARN_PREFIX}t${++this.activities}` };
    this.dataFields(state, ctx, { input: true, parameters: "Parameters", arguments: true, resultSelector: true, resultPath: true, output: true, result: true });
    const hangs = this.options.taskTimeouts && c.chance(15);
    if (hangs || (this.options.taskTimeouts && c.chance(10))) state["TimeoutSeconds"] = c.int(1, 3);
    this.errorHandling(state, ctx);
    this.assign(state, ctx, { result: true });
    const answers = c.int(1, 3);
    for (let k = 0; k < answers; k++) {
      const roll = c.int(0, 9);
      if (hangs && k === answers - 1 && roll < 5) this.taskResponses.push({ state: name, hang: true });
      else if (roll < 7) this.taskResponses.push({ state: name, output: jsonValue(c, { depth: 2 }) });
      else this.taskResponses.push({ state: name, error: c.pick(["Custom.Error", "States.TaskFailed", "Other.Error", "States.Timeout"]), ...(c.chance(50) ? { cause: c.pick(["boom", "", "é"]) } : {}) });
    }
    return state;
  }

  private parallel(name: string, ctx: StateContext): JsonObject {
    const branches = Array.from({ length: this.c.int(1, 2) }, (_, k) =>
      this.graph({ topLanguage: ctx.graph.topLanguage, depth: ctx.graph.depth + 1, prefix: `${name}b${k}`, outerVariables: ctx.scope.variables }),
    );
    const state: JsonObject = { Type: "Parallel", Branches: branches };
    this.dataFields(state, ctx, { input: true, parameters: "Parameters", arguments: true, resultSelector: true, resultPath: true, output: true, result: true });
    this.errorHandling(state, ctx);
    this.assign(state, ctx, { result: true });
    return state;
  }

  private map(name: string, ctx: StateContext): JsonObject {
    const c = this.c;
    const processor = this.graph({ topLanguage: ctx.graph.topLanguage, depth: ctx.graph.depth + 1, prefix: `${name}b0`, outerVariables: ctx.scope.variables });
    const legacy = ctx.language === "JSONPath" && c.chance(10);
    const state: JsonObject = { Type: "Map" };
    const itemScope: ExpressionScope = { ...ctx.scope, inMap: true };
    if (ctx.language === "JSONPath") {
      if (c.chance(80)) state["ItemsPath"] = c.pick(["$.d", "$.d", "$.e.y", "$.d", "$", "$.a", ...ctx.scope.variables.map((v) => `$${v}`)]);
      if (c.chance(30)) state[legacy ? "Parameters" : "ItemSelector"] = c.chance(50) ? jsonObject([["value.$", "$$.Map.Item.Value"], ["index.$", "$$.Map.Item.Index"]]) : payloadTemplate(c, itemScope);
    } else {
      if (c.chance(80)) state["Items"] = c.pick<Json>(["{% $states.input.d %}", [1, 2], "{% $states.input.d %}", "{% $states.input.e.y %}", "{% $states.input %}", "{% [$states.input.a, 2] %}"]);
      if (c.chance(30)) state["ItemSelector"] = jsonataValue(c, itemScope);
    }
    if (legacy) state["Iterator"] = processor;
    else state["ItemProcessor"] = jsonObject([["ProcessorConfig", { Mode: "INLINE" }], ...Object.entries(processor)]);
    if (c.chance(30)) state["MaxConcurrency"] = c.int(0, 2);
    this.dataFields(state, ctx, { input: true, resultSelector: true, resultPath: true, output: true, result: true });
    this.errorHandling(state, ctx);
    this.assign(state, ctx, { result: true });
    return state;
  }
}

/** A machine, its input and its task script, from random choices. */
export function generateExecution(c: Choices, options: MachineOptions = DEFAULT_MACHINE_OPTIONS): GeneratedExecution {
  const builder = new MachineBuilder(c, options);
  const definition = builder.machine();
  const input = executionInput(c, options.oddInput);
  return { definition, input, taskResponses: builder.taskResponses };
}

/** The arbitrary of generated executions. */
export function executionArbitrary(options: Partial<MachineOptions> = {}): fc.Arbitrary<GeneratedExecution> {
  const merged = { ...DEFAULT_MACHINE_OPTIONS, ...options };
  return generated((c) => generateExecution(c, merged));
}

/** The query language a case file declares for a definition. */
export function queryLanguageOf(definition: Json): "JSONPath" | "JSONata" | "mixed" {
  const text = JSON.stringify(definition);
  const jsonata = text.includes('"QueryLanguage":"JSONata"');
  const jsonpath = text.includes('"QueryLanguage":"JSONPath"') || !(definition as JsonObject)["QueryLanguage"];
  return jsonata && jsonpath ? "mixed" : jsonata ? "JSONata" : "JSONPath";
}

export { referencePath };
