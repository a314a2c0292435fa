import type { RequestContext } from "../request-context.ts";
import type { ServiceState } from "../store.ts";
import {
  createActivity,
  deleteActivity,
  describeActivity,
  getActivityTask,
  listActivities,
  sendTaskFailure,
  sendTaskHeartbeat,
  sendTaskSuccess,
} from "./activities.ts";
import type { Input } from "./common.ts";
import {
  describeExecution,
  describeStateMachineForExecution,
  getExecutionHistory,
  listExecutions,
  startExecution,
  startSyncExecution,
  stopExecution,
} from "./executions.ts";
import {
  createStateMachine,
  deleteStateMachine,
  describeStateMachine,
  listStateMachines,
  updateStateMachine,
  validateDefinition,
} from "./state-machines.ts";
import { describeMapRun, listMapRuns, updateMapRun } from "./map-runs.ts";
import { redriveExecution } from "./redrive.ts";
import { listTagsForResource, tagResource, untagResource } from "./tags.ts";
import { testStateOperation } from "./test-state.ts";
import {
  createStateMachineAlias,
  deleteStateMachineAlias,
  describeStateMachineAlias,
  listStateMachineAliases,
  updateStateMachineAlias,
} from "./aliases.ts";
import { deleteStateMachineVersion, listStateMachineVersions, publishStateMachineVersion } from "./versions.ts";

export type OperationHandler = (input: Input, ctx: RequestContext, state: ServiceState) => unknown;

/** The operations this server implements, by their model name. */
export const operations: Record<string, OperationHandler> = {
  CreateStateMachine: createStateMachine,
  DescribeStateMachine: describeStateMachine,
  UpdateStateMachine: updateStateMachine,
  DeleteStateMachine: deleteStateMachine,
  ListStateMachines: listStateMachines,
  ValidateStateMachineDefinition: validateDefinition,
  StartExecution: startExecution,
  StartSyncExecution: startSyncExecution,
  DescribeExecution: describeExecution,
  DescribeStateMachineForExecution: describeStateMachineForExecution,
  StopExecution: stopExecution,
  RedriveExecution: redriveExecution,
  GetExecutionHistory: getExecutionHistory,
  ListExecutions: listExecutions,
  CreateActivity: createActivity,
  DescribeActivity: describeActivity,
  DeleteActivity: deleteActivity,
  ListActivities: listActivities,
  GetActivityTask: getActivityTask,
  SendTaskSuccess: sendTaskSuccess,
  SendTaskFailure: sendTaskFailure,
  SendTaskHeartbeat: sendTaskHeartbeat,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
  PublishStateMachineVersion: publishStateMachineVersion,
  ListStateMachineVersions: listStateMachineVersions,
  DeleteStateMachineVersion: deleteStateMachineVersion,
  CreateStateMachineAlias: createStateMachineAlias,
  DescribeStateMachineAlias: describeStateMachineAlias,
  UpdateStateMachineAlias: updateStateMachineAlias,
  DeleteStateMachineAlias: deleteStateMachineAlias,
  ListStateMachineAliases: listStateMachineAliases,
  TestState: testStateOperation,
  DescribeMapRun: describeMapRun,
  ListMapRuns: listMapRuns,
  UpdateMapRun: updateMapRun,
};
