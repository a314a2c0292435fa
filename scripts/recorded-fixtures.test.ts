import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveFixtures, RUN_ACCOUNT } from "./recorded-fixtures.ts";

const started = (input: unknown, roleArn = "snf_role_arn") => ({ id: 1, previousEventId: 0, type: "ExecutionStarted", executionStartedEventDetails: { input, roleArn } });

test("an input reference takes the recorded value; bound placeholders are filled as the run fills them (the role ARN binds <resource:1>)", () => {
  const resolved = resolveFixtures({
    definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
    input: { TopicArn: "${sym:sns_create_topic#1.TopicArn}", Name: "lambda_func_${sym:short_uid}" },
    inputText: '{"TopicArn": "${sym:sns_create_topic#1.TopicArn}", "Name": "lambda_func_${sym:short_uid}"}',
    placeholders: ["<partition>", "<region>", "111111111111", "<resource:1>", "<lambda_function_name>"],
    history: [started({ TopicArn: "arn:<partition>:sns:<region>:111111111111:<resource:1>", Name: "<lambda_function_name>" }, "arn:<partition>:iam::111111111111:role/<resource:1>")],
    invocations: [],
  });
  assert.ok(resolved.resolved);
  assert.deepEqual(resolved.input, { TopicArn: `arn:aws:sns:us-east-1:${RUN_ACCOUNT}:StepFunctionsRole`, Name: "<lambda_function_name>" });
  assert.equal(resolved.inputText, `{"TopicArn": "arn:aws:sns:us-east-1:${RUN_ACCOUNT}:StepFunctionsRole", "Name": "<lambda_function_name>"}`, "the exact input text keeps its spacing");
  assert.equal(resolved.notes.length, 2);
});

test("the test's 'now' becomes a fixed past time; a time relative to the run's clock stays unresolved", () => {
  const wait = { StartAt: "W", States: { W: { Type: "Wait", TimestampPath: "$.at", End: true } } };
  const now = resolveFixtures({ definition: wait, input: { at: "${sym:datetime.datetime.now().strftime()}Z" }, inputText: undefined, placeholders: [], history: [started({ at: "<timestamp>" })], invocations: [] });
  assert.ok(now.resolved);
  assert.deepEqual(now.input, { at: "2025-01-01T00:00:00Z" });
  const later = resolveFixtures({ definition: wait, input: { at: "${sym:concat.strftime()}.000Z" }, inputText: undefined, placeholders: [], history: [started({ at: "<timestamp>" })], invocations: [] });
  assert.equal(later.resolved, false);
  assert.match(later.resolved ? "" : later.reason, /^a time the recorded test computed relative to its own clock \(\$\{sym:concat\.strftime\(\)\}\.000Z\)/);
});

test("a reference the recording shows no value for takes a fixture of its shape", () => {
  const resolved = resolveFixtures({
    definition: { StartAt: "T", States: { T: { Type: "Task", Resource: "arn:aws:states:::states:startExecution", Parameters: { StateMachineArn: "${sym:CreateStateMachine#0.stateMachineArn}" }, End: true } } },
    input: {},
    inputText: undefined,
    placeholders: [],
    history: [started({})],
    invocations: [],
  });
  assert.ok(resolved.resolved);
  assert.equal(
    ((resolved.definition as { States: { T: { Parameters: { StateMachineArn: string } } } }).States.T.Parameters.StateMachineArn),
    `arn:aws:states:us-east-1:${RUN_ACCOUNT}:stateMachine:fixture-state-machine-0`,
  );
});
