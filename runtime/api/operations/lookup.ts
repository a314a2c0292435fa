import { ApiError } from "../api-error.ts";
import { expectArn } from "../arns.ts";
import type { AccountStore, StateMachineRecord } from "../store.ts";

/** The state machine an (unqualified) ARN names, with AWS's InvalidArn / StateMachineDoesNotExist answers. */
export function findStateMachine(store: AccountStore, arn: string): StateMachineRecord {
  expectArn(arn, "stateMachine");
  const record = store.stateMachines.get(arn);
  if (!record) throw new ApiError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  return record;
}
