import type { Json } from "../core/json.ts";
import { validation } from "./api-error.ts";
import { integrationOperation } from "./model/integration-operation.ts";
import { checkOutputShape } from "./model/output-shape-check.ts";
import type { ServiceModelSource } from "./model/service-model-source.ts";

/**
 * TestState's `mock.fieldValidationMode`: a mocked Task result is checked against the output shape
 * of the API operation the Task calls (model/integration-operation.ts) — STRICT (default): required
 * fields present and present fields well-typed; PRESENT: present fields well-typed; NONE: nothing
 * (model/output-shape-check.ts has the rules and AWS's messages). A mock that fails answers
 * `ValidationException: Mock result schema validation error: <problem>`.
 *
 * The service's model comes from the service model port: Step Functions' own is built in; the
 * others only when the host found one (installed-models-node.ts: botocore or the AWS SDK for
 * JavaScript v2). Without a model — and for `.sync`, `.waitForTaskToken`, Lambda function ARNs,
 * activities — the result passes unchecked, as NONE would.
 */
export type FieldValidationMode = "STRICT" | "PRESENT" | "NONE";

export async function validateMockResult(resource: string, result: Json, mode: FieldValidationMode, models: ServiceModelSource): Promise<void> {
  if (mode === "NONE") return;
  const target = integrationOperation(resource);
  if (!target) return;
  const model = await models(target.service);
  const output = model && Object.hasOwn(model.operations, target.operation) ? model.operations[target.operation]!.output : undefined;
  if (!model || !output) return;
  const problem = checkOutputShape(model, output, result, { strict: mode === "STRICT", jsonMembers: target.jsonMembers });
  if (problem) throw validation(`Mock result schema validation error: ${problem}`);
}
