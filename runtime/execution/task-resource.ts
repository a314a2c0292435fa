/**
 * What a Task's Resource ARN names, which decides the history events AWS writes for it:
 * a Lambda function ARN → LambdaFunction* events; an activity ARN → Activity* events; an
 * optimized or SDK integration `arn:aws:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]`
 * → Task* events with `resourceType` (e.g. `lambda`, `aws-sdk:s3`) and `resource` (`invoke`,
 * `listBuckets`, `startExecution.sync`).
 */
export type TaskResource =
  | { kind: "lambda-function"; arn: string }
  | { kind: "activity"; arn: string }
  | { kind: "integration"; arn: string; resourceType: string; resource: string; pattern: "request-response" | "sync" | "sync2" | "callback" };


export function classifyResource(arn: string): TaskResource {
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(arn)) return { kind: "lambda-function", arn };
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(arn)) return { kind: "activity", arn };
  const parts = arn.split(":");
  // arn:aws:states:::service:action  or  arn:aws:states:::aws-sdk:service:action
  if (parts.length >= 7 && parts[2] === "states") {
    const rest = parts.slice(5);
    const sdk = rest[0] === "aws-sdk";
    const resourceType = sdk ? `aws-sdk:${rest[1] ?? ""}` : rest[0] ?? "";
    const resourceWithSuffix = (sdk ? rest.slice(2) : rest.slice(1)).join(":");
    const pattern = resourceWithSuffix.endsWith(".waitForTaskToken")
      ? "callback"
      : resourceWithSuffix.endsWith(".sync:2")
        ? "sync2"
        : resourceWithSuffix.endsWith(".sync")
          ? "sync"
          : "request-response";
    return { kind: "integration", arn, resourceType, resource: resourceWithSuffix, pattern };
  }
  return { kind: "integration", arn, resourceType: "unknown", resource: arn, pattern: "request-response" };
}
