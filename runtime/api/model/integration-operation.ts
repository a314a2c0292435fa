import { classifyResource } from "../../execution/task-resource.ts";

/**
 * The API operation whose output a Task's result is, for the Task resources whose result is that
 * output as the service returns it (member names capitalised: `ExecutionArn`):
 *
 * - AWS SDK integrations, `arn:aws:states:::aws-sdk:<service>:<action>`: the service's
 *   `<Action>` (developer guide "AWS SDK service integrations": output as defined for the call);
 * - the optimized integrations that call one API operation and return its output:
 *   `states:startExecution` (and the other Step Functions actions), `events:putEvents`,
 *   `dynamodb:getItem|putItem|updateItem|deleteItem`, `sqs:sendMessage`, `sns:publish`, and
 *   `lambda:invoke`, whose `Payload` arrives parsed from JSON text into JSON (connect-lambda:
 *   "The Payload field of the response is parsed from escaped Json to Json") — any JSON value.
 *
 * `.sync` and `.waitForTaskToken` results are not an operation's output; other optimized
 * integrations (ECS, Batch, Glue, Bedrock, API Gateway, HTTP, ...) reshape theirs: none of them has one here.
 */
export interface IntegrationOperation {
  /** The service's AWS SDK integration name (ServiceModelSource's key). */
  service: string;
  /** The operation's name in the service model: `PutEvents`. */
  operation: string;
  /** Output members that hold any JSON value instead of what the model says. */
  jsonMembers: readonly string[];
}

/** Optimized integration prefix → the service whose API it calls, and which of its members are JSON. */
const OPTIMIZED_INTEGRATIONS: Record<string, { service: string; actions?: readonly string[]; jsonMembers?: readonly string[] }> = {
  states: { service: "sfn" },
  events: { service: "eventbridge", actions: ["putEvents"] },
  dynamodb: { service: "dynamodb", actions: ["getItem", "putItem", "updateItem", "deleteItem"] },
  sqs: { service: "sqs", actions: ["sendMessage"] },
  sns: { service: "sns", actions: ["publish"] },
  lambda: { service: "lambda", actions: ["invoke"], jsonMembers: ["Payload"] },
};

export function integrationOperation(resource: string): IntegrationOperation | undefined {
  const target = classifyResource(resource);
  if (target.kind !== "integration" || target.pattern !== "request-response" || target.resource === "") return undefined;
  const operation = target.resource.charAt(0).toUpperCase() + target.resource.slice(1);
  if (target.resourceType.startsWith("aws-sdk:")) {
    const service = target.resourceType.slice("aws-sdk:".length);
    return service ? { service, operation, jsonMembers: [] } : undefined;
  }
  const optimized = Object.hasOwn(OPTIMIZED_INTEGRATIONS, target.resourceType) ? OPTIMIZED_INTEGRATIONS[target.resourceType] : undefined;
  if (!optimized || (optimized.actions && !optimized.actions.includes(target.resource))) return undefined;
  return { service: optimized.service, operation, jsonMembers: optimized.jsonMembers ?? [] };
}
