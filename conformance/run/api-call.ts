/**
 * One Step Functions call as the runner's case players see it: a success with its body, an AWS
 * error (`__type` and message), or a non-protocol answer (a 5xx, a body that is not a JSON object),
 * which makes the case ERROR rather than FAIL. Also the abortable sleep the players poll with.
 */
import type { Transport } from "../api/transport.ts";

export type CallResult =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: number; code: string; message: string; protocol: boolean };

/** The case ran out of time (its signal was aborted); the runner reports TIMEOUT. */
export class CaseAborted extends Error {
  override name = "CaseAborted";
}

/** The target answered outside the protocol; the runner reports ERROR. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
}

function errorCode(type: unknown): string {
  const text = typeof type === "string" ? type : "";
  return text.slice(text.lastIndexOf("#") + 1).split(":")[0]!;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CaseAborted(typeof signal.reason === "string" ? signal.reason : "the case was aborted");
}

/** `promise`, or CaseAborted as soon as the signal fires (the listener is removed either way). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fire = () => reject(new CaseAborted(typeof signal.reason === "string" ? signal.reason : "the case was aborted"));
    if (signal.aborted) return fire();
    signal.addEventListener("abort", fire, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", fire);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", fire);
        reject(error);
      },
    );
  });
}

/** Sends one call; a transport failure after the signal fired becomes CaseAborted. */
export async function call(transport: Transport, operation: string, request: unknown, signal?: AbortSignal): Promise<CallResult> {
  throwIfAborted(signal);
  let answer;
  try {
    // Raced with the signal too: an in-process transport cannot abort a call (a long poll) itself.
    answer = await (signal ? raceAbort(transport.send(operation, request, { signal }), signal) : transport.send(operation, request));
  } catch (e) {
    throwIfAborted(signal);
    throw new ProtocolError(`${operation}: the call failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const body = answer.body;
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  if (answer.status >= 200 && answer.status < 300) {
    if (!isObject) return { ok: false, status: answer.status, code: "", message: `not a JSON object: ${String(JSON.stringify(body)).slice(0, 200)}`, protocol: false };
    return { ok: true, body: body as Record<string, unknown> };
  }
  const fields = (isObject ? body : {}) as Record<string, unknown>;
  const code = errorCode(fields["__type"] ?? fields["code"]);
  const message = String(fields["message"] ?? fields["Message"] ?? (isObject ? "" : String(body).slice(0, 200)));
  // A 4xx with a JSON object is a refusal in the protocol (FAIL), even without `__type`; a 5xx or
  // another body is not (ERROR).
  return { ok: false, status: answer.status, code, message, protocol: isObject && answer.status < 500 };
}

/** Like `call`, but an error answer throws: ProtocolError when outside the protocol, else CallRefused. */
export async function expectOk(transport: Transport, operation: string, request: unknown, signal?: AbortSignal): Promise<Record<string, unknown>> {
  const result = await call(transport, operation, request, signal);
  if (result.ok) return result.body;
  // The headline first (reports show it in lists), the target's own words on the next line.
  const text = `${operation} answered HTTP ${result.status}${result.code ? ` ${result.code}` : ""}\n${result.message}`;
  if (!result.protocol) throw new ProtocolError(text);
  throw new CallRefused(text, result.code);
}

/** The target refused a call the case needs (a protocol answer, so the case FAILs). */
export class CallRefused extends Error {
  override name = "CallRefused";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Waits `ms`, or throws CaseAborted as soon as the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CaseAborted("the case was aborted"));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CaseAborted("the case was aborted"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
