import { redriveStatusOf, type RedriveStatus } from "../../execution/redrive-eligibility.ts";
import type { AccountStore, ExecutionRecord } from "../store.ts";
import { epochSeconds } from "./common.ts";

/**
 * Whether an execution can be redriven now (DescribeExecution's redriveStatus/Reason; RedriveExecution
 * refuses exactly when it is NOT_REDRIVABLE). Besides the core's rules: a machine that is being (or
 * was) deleted cannot run it again.
 */
export function redriveStatusOfRecord(record: ExecutionRecord, store: AccountStore, now: Date): RedriveStatus {
  const machine = store.stateMachines.get(record.stateMachineArn);
  const status = record.result?.status ?? "RUNNING";
  if (status !== "RUNNING" && status !== "SUCCEEDED" && (machine !== record.stateMachine || machine.status === "DELETING")) {
    return { redriveStatus: "NOT_REDRIVABLE", redriveStatusReason: "State machine is in DELETING status" };
  }
  return redriveStatusOf(
    { status, type: record.stateMachine.type, startDate: record.startDate, stopDate: record.stopDate, historyLength: record.handle.history.length },
    now,
  );
}

/** The redrive members of DescribeExecution (redriveDate only once redriven, as recorded). */
export function redriveFields(record: ExecutionRecord, store: AccountStore, now: Date): Record<string, unknown> {
  return {
    redriveCount: record.handle.redriveCount,
    ...(record.handle.redriveDate ? { redriveDate: epochSeconds(record.handle.redriveDate) } : {}),
    ...redriveStatusOfRecord(record, store, now),
  };
}
