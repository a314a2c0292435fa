import { ExecutionNotRedrivableError } from "../../execution/redrive-eligibility.ts";
import { redriveExecution as redriveRun } from "../../execution/run-execution.ts";
import { ApiError } from "../api-error.ts";
import type { RequestContext } from "../request-context.ts";
import type { ExecutionRecord, ServiceState } from "../store.ts";
import { epochSeconds, type Input } from "./common.ts";
import { findExecution, followRun } from "./executions.ts";
import { redriveStatusOfRecord } from "./redrive-status.ts";

/** "The API will return idempotent responses for the last 10 client tokens ... valid for up to 15 minutes." */
const REMEMBERED_TOKENS = 10;
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/**
 * RedriveExecution: continues a FAILED, TIMED_OUT or ABORTED STANDARD execution from its
 * unsuccessful step (same ARN and history; the core does the work). ExecutionNotRedrivable carries
 * DescribeExecution's redriveStatusReason. A clientToken that already redrove the execution gets
 * the same answer again instead of a second redrive.
 */
export function redriveExecution(input: Input, ctx: RequestContext, state: ServiceState) {
  const record = findExecution(state, ctx, input["executionArn"] as string);
  const now = state.ports.clock.now();
  const token = input["clientToken"] as string | undefined;
  const tokens = rememberedTokens(record, now);
  const repeated = token === undefined ? undefined : tokens.find((t) => t.token === token);
  if (repeated) return { redriveDate: epochSeconds(repeated.redriveDate) };

  const eligibility = redriveStatusOfRecord(record, state.store(ctx), now);
  if (eligibility.redriveStatus === "NOT_REDRIVABLE") throw new ApiError("ExecutionNotRedrivable", eligibility.redriveStatusReason);
  let handle: ExecutionRecord["handle"];
  try {
    handle = redriveRun(record.handle);
  } catch (e) {
    if (e instanceof ExecutionNotRedrivableError) throw new ApiError("ExecutionNotRedrivable", e.reason);
    throw e;
  }
  record.handle = handle;
  delete record.result;
  delete record.stopDate;
  followRun(record, handle, state);
  const redriveDate = handle.redriveDate ?? now;
  if (token !== undefined) {
    tokens.push({ token, redriveDate, firstUsed: now });
    record.redriveTokens = tokens.slice(-REMEMBERED_TOKENS);
  }
  return { redriveDate: epochSeconds(redriveDate) };
}

function rememberedTokens(record: ExecutionRecord, now: Date): NonNullable<ExecutionRecord["redriveTokens"]> {
  return (record.redriveTokens ?? []).filter((t) => now.getTime() - t.firstUsed.getTime() <= TOKEN_LIFETIME_MS);
}
