import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, type HistoryEvent, type JsonObject } from "../../../mod.ts";

const scheduledDetails = (history: readonly HistoryEvent[]) =>
  history.filter((e) => e.type.endsWith("Scheduled")).map((e) => e[Object.keys(e).find((k) => k.endsWith("EventDetails"))!] as Record<string, unknown>);

const role = "arn:aws:iam::111122223333:role/Trusted";

test("Credentials: the evaluated RoleArn is the Scheduled event's taskCredentials (path, context, variable, intrinsic, JSONata)", async () => {
  const forms: Array<[JsonObject, "JSONPath" | "JSONata"]> = [
    [{ "RoleArn.$": "$.roleArn" }, "JSONPath"],
    [{ "RoleArn.$": "$$.Execution.Input.roleArn" }, "JSONPath"],
    [{ "RoleArn.$": "States.Format('{}', $.roleArn)" }, "JSONPath"],
    [{ RoleArn: role }, "JSONPath"],
    [{ RoleArn: "{% $states.input.roleArn %}" }, "JSONata"],
  ];
  for (const [credentials, queryLanguage] of forms) {
    const result = await runExecution({
      definition: { QueryLanguage: queryLanguage, StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Credentials: credentials, End: true } } },
      input: { roleArn: role },
      taskExecutor: async () => ({ ok: true }),
    });
    assert.equal(result.status, "SUCCEEDED", JSON.stringify(credentials));
    assert.deepEqual(scheduledDetails(result.history)[0]!["taskCredentials"], { roleArn: role }, JSON.stringify(credentials));
  }
});

test("Credentials on a Lambda function ARN: LambdaFunctionScheduled carries taskCredentials; without Credentials there is none", async () => {
  const resource = "arn:aws:lambda:us-east-1:123456789012:function:f";
  const withRole = await runExecution({
    definition: { StartAt: "T", States: { T: { Type: "Task", Resource: resource, Credentials: { "RoleArn.$": "$.roleArn" }, End: true } } },
    input: { roleArn: role },
    taskExecutor: async () => ({}),
  });
  assert.deepEqual(scheduledDetails(withRole.history)[0]!["taskCredentials"], { roleArn: role });
  const without = await runExecution({ definition: { StartAt: "T", States: { T: { Type: "Task", Resource: resource, End: true } } }, taskExecutor: async () => ({}) });
  assert.equal(Object.hasOwn(scheduledDetails(without.history)[0]!, "taskCredentials"), false);
});
