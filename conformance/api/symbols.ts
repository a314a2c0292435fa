/**
 * `${sym:...}` symbols in API case requests (cases/README.md, "An API contract case"):
 * - `${sym:<Operation>#<n>.<member>[.<member>...]}`: a member of the answer to an earlier call of the
 *   case (a step's `ref`, or the case's own `ref` once answered); list items by index (`mapRuns.0.mapRunArn`);
 * - run symbols, fresh per run unless the caller fixes them: `short_uid` (8 hex digits), `long_uid`
 *   (a UUID), `sm_name` (a state machine name); and the target's `account_id`, `region_name`,
 *   `snf_role_arn` (an IAM role ARN executions run as), `log_group_arn` (a CloudWatch Logs group ARN).
 * A symbol that does not resolve is an UnresolvedSymbol error naming it.
 */
export class UnresolvedSymbol extends Error {
  constructor(readonly symbol: string, detail: string) {
    super(`\${sym:${symbol}} does not resolve: ${detail}`);
    this.name = "UnresolvedSymbol";
  }
}

export interface SymbolContext {
  /** Named symbols (short_uid, snf_role_arn, ...). */
  named: Record<string, unknown>;
  /** Answers of earlier calls by ref (`CreateStateMachine#0`). */
  answers: Map<string, unknown>;
}

const SYMBOL = /\$\{sym:([^}]+)\}/g;
const WHOLE_SYMBOL = /^\$\{sym:([^}]+)\}$/;
const CALL_REF = /^([A-Z][A-Za-z]+#\d+)(?:\.(.+))?$/;

function randomHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, length);
}

/** The symbols of one run: fresh unique names, and the target's account, region and role. */
export function runSymbols(target: { accountId: string; region: string; partition?: string }, overrides: Record<string, string> = {}): Record<string, string> {
  const partition = target.partition ?? "aws";
  const shortUid = overrides["short_uid"] ?? randomHex(8);
  return {
    short_uid: shortUid,
    long_uid: crypto.randomUUID(),
    sm_name: `statemachine_${randomHex(8)}`,
    account_id: target.accountId,
    region_name: target.region,
    snf_role_arn: `arn:${partition}:iam::${target.accountId}:role/sfn-conformance-role`,
    log_group_arn: `arn:${partition}:logs:${target.region}:${target.accountId}:log-group:sfn-conformance-logs:*`,
    ...overrides,
  };
}

/** The value one symbol names. */
export function symbolValue(symbol: string, context: SymbolContext): unknown {
  if (Object.hasOwn(context.named, symbol)) return context.named[symbol];
  const call = CALL_REF.exec(symbol);
  if (!call) throw new UnresolvedSymbol(symbol, "not a known symbol");
  const [, ref, path] = call;
  if (!context.answers.has(ref!)) throw new UnresolvedSymbol(symbol, `no successful answer of ${ref} in this run`);
  let value = context.answers.get(ref!);
  for (const key of path ? path.split(".") : []) {
    if (Array.isArray(value) && /^\d+$/.test(key)) value = value[Number(key)];
    else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, key)) value = (value as Record<string, unknown>)[key];
    else throw new UnresolvedSymbol(symbol, `the answer of ${ref} has no member ${key}`);
  }
  if (value === undefined) throw new UnresolvedSymbol(symbol, "undefined value");
  return value;
}

/** Resolves the symbols in a string: a string that is one symbol becomes the symbol's value (of any type). */
export function resolveText(text: string, context: SymbolContext): unknown {
  const whole = WHOLE_SYMBOL.exec(text);
  if (whole) return symbolValue(whole[1]!, context);
  return text.replace(SYMBOL, (_, symbol: string) => {
    const value = symbolValue(symbol, context);
    return typeof value === "string" ? value : JSON.stringify(value);
  });
}

/** Resolves every symbol in a request (strings inside objects and lists; member names are kept). */
export function resolveSymbols(value: unknown, context: SymbolContext): unknown {
  if (typeof value === "string") return resolveText(value, context);
  if (Array.isArray(value)) return value.map((item) => resolveSymbols(item, context));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveSymbols(item, context)]));
  }
  return value;
}
