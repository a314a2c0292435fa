/**
 * Replays one API contract case against an implementation through a Transport: resolves the
 * case's symbols, runs its steps in order (each must succeed, or fail when the recording says it
 * failed), sends the request and compares the answer with the recorded one (conformance/compare:
 * placeholders, pinned placeholder values, matchers). Web-standard only.
 *
 * A recorded test may have waited between calls (e.g. for executions to end before listing them).
 * The final request is therefore retried, a bounded number of times with a short delay, while its
 * answer mismatches — but only for reads (Describe*, List*, Get* except GetActivityTask); writes
 * are never repeated.
 *
 * Isolation: give each case its own account (on the reference runtime, a fresh access key per
 * transport) so cases never see each other's resources.
 */
import { compareJson, type Mismatch } from "../compare/compare-json.ts";
import { formatMismatches } from "../compare/format.ts";
import type { ApiCase, ApiExpected, ApiStep, PlaceholderValue } from "./api-case.ts";
import { resolveSymbols, resolveText, runSymbols, type SymbolContext, UnresolvedSymbol } from "./symbols.ts";
import type { ApiAnswer, Transport } from "./transport.ts";

export interface ApiCaseRunOptions {
  /** The target account and region (they fill `account_id`, `region_name` and the default role ARN). */
  accountId?: string;
  region?: string;
  /** Fixed values for run symbols (e.g. a real `snf_role_arn` when replaying against AWS). */
  symbols?: Record<string, string>;
  /** How often a mismatching read is re-sent before giving up (default 40), and the pause between tries (default 250 ms). */
  pollAttempts?: number;
  pollDelayMs?: number;
}

/** What the implementation answered, in the shape of an expected block. */
export type ApiActual =
  | { error: { code: string; message: unknown }; httpStatus: number }
  | { response: unknown; httpStatus: number };

export interface ApiCaseResult {
  passed: boolean;
  mismatches: Mismatch[];
  /** The final request's answer (absent when a step stopped the case). */
  actual?: ApiActual;
  /** A readable account of the mismatches. */
  report: string;
}

const READ_OPERATION = /^(Describe|List|Get)/;
const NOT_A_READ = new Set(["GetActivityTask"]);

/** Whether re-sending the operation cannot change anything (so it may be polled). */
export function isReadOperation(operation: string): boolean {
  return READ_OPERATION.test(operation) && !NOT_A_READ.has(operation);
}

/** The error code in an AWS JSON 1.0 `__type` (`com.amazonaws.states#InvalidArn` → `InvalidArn`). */
function errorCode(type: unknown): string {
  const text = String(type ?? "");
  return text.slice(text.lastIndexOf("#") + 1).split(":")[0]!;
}

export function toActual(answer: ApiAnswer): ApiActual {
  if (answer.status >= 200 && answer.status < 300) return { response: answer.body, httpStatus: answer.status };
  const body = (answer.body !== null && typeof answer.body === "object" ? answer.body : { message: answer.body }) as Record<string, unknown>;
  return { error: { code: errorCode(body["__type"] ?? body["code"]), message: body["message"] ?? body["Message"] }, httpStatus: answer.status };
}

function describeAnswer(answer: ApiAnswer): string {
  const actual = toActual(answer);
  return "error" in actual ? `${actual.httpStatus} ${actual.error.code}: ${String(actual.error.message)}` : `${actual.httpStatus} ${JSON.stringify(actual.response).slice(0, 200)}`;
}

/** The text a pinned placeholder stands for in this run, or undefined while its symbols do not resolve. */
function pinnedText(value: PlaceholderValue, context: SymbolContext): string | undefined {
  try {
    const template = typeof value === "string" ? value : value.lastSegmentOf;
    const resolved = resolveText(template, context);
    if (typeof resolved !== "string") return undefined;
    return typeof value === "string" ? resolved : resolved.slice(resolved.lastIndexOf(":") + 1);
  } catch (e) {
    if (e instanceof UnresolvedSymbol) return undefined;
    throw e;
  }
}

/**
 * Calls `apply(container, key)` for every location a `$.a.*.b` path names (`*` = every member of an
 * object or every item of a list).
 */
function forEachLocation(root: unknown, path: string, apply: (container: Record<string, unknown> | unknown[], key: string | number) => void): void {
  const visit = (node: unknown, segments: string[]): void => {
    if (node === null || typeof node !== "object") return;
    const [head, ...rest] = segments;
    const keys: Array<string | number> = head === "*" ? (Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) : [head!];
    for (const key of keys) {
      const container = node as Record<string | number, unknown>;
      if (!Object.hasOwn(container, key)) continue;
      if (rest.length === 0) apply(node as Record<string, unknown> | unknown[], key);
      else visit(container[key], rest);
    }
  };
  const segments = path.split(".").slice(1);
  if (segments.length > 0) visit(root, segments);
}

const byJsonText = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** A copy of `response` with the lists at `unordered` sorted and the `unrecorded` members the expectation lacks removed. */
function normaliseResponse(response: unknown, unordered: readonly string[], unrecorded: readonly string[], expected?: unknown): unknown {
  const copy = structuredClone(response);
  for (const path of unordered) {
    forEachLocation(copy, path, (container, key) => {
      const list = (container as Record<string | number, unknown>)[key];
      if (Array.isArray(list)) list.sort(byJsonText);
    });
  }
  if (expected !== undefined) {
    for (const path of unrecorded) {
      let judged = false;
      forEachLocation(expected, path, () => (judged = true));
      if (!judged) forEachLocation(copy, path, (container, key) => void delete (container as Record<string | number, unknown>)[key]);
    }
  }
  return copy;
}

function compareAnswer(testCase: ApiCase, actual: ApiActual, context: SymbolContext): Mismatch[] {
  const bindings = new Map<string, string>();
  for (const [token, value] of Object.entries(testCase.placeholderValues ?? {})) {
    const text = pinnedText(value, context);
    if (text !== undefined) bindings.set(token, text);
  }
  const expected: ApiExpected = testCase.expected;
  const expectedResponse = "response" in expected ? expected.response : undefined;
  const view = (block: Record<string, unknown>, isActual: boolean) => {
    const out: Record<string, unknown> = { ...block };
    if ("response" in out) {
      out["response"] = normaliseResponse(out["response"], testCase.unorderedLists ?? [], testCase.unrecordedMembers ?? [], isActual ? expectedResponse : undefined);
    }
    if (expected.httpStatus === undefined) delete out["httpStatus"];
    return out;
  };
  return compareJson(view(expected as Record<string, unknown>, false), view(actual as Record<string, unknown>, true), {
    placeholders: testCase.placeholders ?? [],
    jsonText: "always",
    bindings,
  });
}

function failure(path: string, expected: unknown, actual: unknown, message: string): ApiCaseResult {
  const mismatches = [{ path, expected, actual, message }];
  return { passed: false, mismatches, report: formatMismatches(mismatches) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The member at a dotted path (`status`, `executions.0.status`) of an answer body. */
function memberAt(body: unknown, path: string): unknown {
  let node = body;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A step's `waitUntil`: re-sends a read (bounded like the final request's polling) until the
 * answer's member equals one of the wanted values; returns the last answer either way (a step
 * that never gets there then fails its own check or the case's comparison).
 */
async function sendUntil(transport: Transport, operation: string, request: unknown, until: ApiStep["waitUntil"] & object, options: ApiCaseRunOptions): Promise<ApiAnswer> {
  const attempts = isReadOperation(operation) ? Math.max(1, options.pollAttempts ?? 40) : 1;
  const wanted = until.oneOf.map((value) => JSON.stringify(value));
  let answer = await transport.send(operation, request);
  for (let attempt = 2; attempt <= attempts && !wanted.includes(JSON.stringify(memberAt(answer.body, until.member))); attempt++) {
    await sleep(options.pollDelayMs ?? 250);
    answer = await transport.send(operation, request);
  }
  return answer;
}

export async function runApiCase(testCase: ApiCase, transport: Transport, options: ApiCaseRunOptions = {}): Promise<ApiCaseResult> {
  const context: SymbolContext = {
    named: runSymbols({ accountId: options.accountId ?? "111111111111", region: options.region ?? "us-east-1" }, options.symbols),
    answers: new Map(),
  };
  for (const [index, step] of (testCase.steps ?? []).entries()) {
    const where = `steps[${index}] (${step.ref} ${step.operation})`;
    let request: unknown;
    try {
      request = resolveSymbols(step.request, context);
    } catch (e) {
      if (e instanceof UnresolvedSymbol) return failure(where, "a resolvable request", undefined, e.message);
      throw e;
    }
    const answer = step.waitUntil ? await sendUntil(transport, step.operation, request, step.waitUntil, options) : await transport.send(step.operation, request);
    const succeeded = answer.status >= 200 && answer.status < 300;
    if (succeeded) context.answers.set(step.ref, answer.body);
    if (succeeded && step.expectFailure) {
      return failure(where, "an error answer (the call failed when recorded)", answer.body, "step succeeded but failed on AWS");
    }
    if (!succeeded && !step.expectFailure) {
      return failure(where, "a successful answer", answer.body, `step failed unexpectedly: ${describeAnswer(answer)}`);
    }
  }
  let request: unknown;
  try {
    request = resolveSymbols(testCase.request, context);
  } catch (e) {
    if (e instanceof UnresolvedSymbol) return failure("request", "a resolvable request", undefined, e.message);
    throw e;
  }
  const attempts = isReadOperation(testCase.operation) ? Math.max(1, options.pollAttempts ?? 40) : 1;
  let actual: ApiActual | undefined;
  let mismatches: Mismatch[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(options.pollDelayMs ?? 250);
    const answer = await transport.send(testCase.operation, request);
    actual = toActual(answer);
    if (testCase.ref !== undefined) {
      if ("response" in actual) context.answers.set(testCase.ref, actual.response);
      else context.answers.delete(testCase.ref);
    }
    mismatches = compareAnswer(testCase, actual, context);
    if (mismatches.length === 0) break;
  }
  return { passed: mismatches.length === 0, mismatches, ...(actual ? { actual } : {}), report: formatMismatches(mismatches) };
}
