import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcessClient } from "../in-process-client.ts";

/** Calls the API the way an AWS SDK does (AWS JSON 1.0). */
const client = () => inProcessClient({ timeScale: 0.001 });

const definition = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const logGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/demo:*";
const destination = { cloudWatchLogsLogGroup: { logGroupArn } };
const machineArn = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
const NOT_ONE_DESTINATION = { __type: "InvalidLoggingConfiguration", message: "Invalid Logging Configuration: Must specify exactly one Log Destination." };
const DESTINATION_NOT_FOUND = { __type: "InvalidLoggingConfiguration", message: "Invalid Logging Configuration: Log Destination not found." };

test("without settings a machine is described with logging OFF, tracing off and an AWS owned key (recorded)", async () => {
  const call = client();
  assert.equal((await call("CreateStateMachine", { name: "plain", definition, roleArn })).status, 200);
  const described = (await call("DescribeStateMachine", { stateMachineArn: machineArn("plain") })).body;
  assert.deepEqual(described["loggingConfiguration"], { level: "OFF", includeExecutionData: false });
  assert.deepEqual(described["tracingConfiguration"], { enabled: false });
  assert.deepEqual(described["encryptionConfiguration"], { type: "AWS_OWNED_KEY" });
});

test("incomplete logging configurations take the defaults; a given destination list is kept (recorded)", async () => {
  const call = client();
  await call("CreateStateMachine", { name: "empty", definition, roleArn, loggingConfiguration: {} });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: machineArn("empty") })).body["loggingConfiguration"], {
    level: "OFF",
    includeExecutionData: false,
  });
  await call("CreateStateMachine", { name: "nodest", definition, roleArn, loggingConfiguration: { destinations: [] } });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: machineArn("nodest") })).body["loggingConfiguration"], {
    level: "OFF",
    includeExecutionData: false,
    destinations: [],
  });
});

test("every log level with one destination is stored and described back as given, OFF included (recorded)", async () => {
  const call = client();
  for (const level of ["ALL", "ERROR", "FATAL", "OFF"]) {
    for (const includeExecutionData of [true, false]) {
      const name = `logs-${level}-${includeExecutionData}`;
      const loggingConfiguration = { level, includeExecutionData, destinations: [destination] };
      const created = await call("CreateStateMachine", { name, definition, roleArn, loggingConfiguration });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: machineArn(name) })).body["loggingConfiguration"], loggingConfiguration);
    }
  }
  await call("CreateStateMachine", { name: "nodata", definition, roleArn, loggingConfiguration: { level: "ERROR", destinations: [destination] } });
  assert.equal((await call("DescribeStateMachine", { stateMachineArn: machineArn("nodata") })).body["loggingConfiguration"].includeExecutionData, false);
});

test("logging above OFF needs exactly one CloudWatch Logs log group ARN ending with :*", async () => {
  const call = client();
  const create = (loggingConfiguration: unknown) => call("CreateStateMachine", { name: "bad", definition, roleArn, loggingConfiguration });
  for (const level of ["ALL", "ERROR", "FATAL"]) {
    const answer = await create({ level });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body, NOT_ONE_DESTINATION);
  }
  assert.deepEqual((await create({ level: "ALL", destinations: [] })).body, NOT_ONE_DESTINATION);
  assert.deepEqual((await create({ level: "ALL", destinations: [destination, destination] })).body, NOT_ONE_DESTINATION);
  const withArn = (arn: string) => create({ level: "ALL", destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: arn } }] });
  assert.deepEqual((await withArn("arn:aws:logs:us-east-1:123456789012:log-group:demo")).body, DESTINATION_NOT_FOUND);
  assert.deepEqual((await withArn("arn:aws:s3:::bucket:*")).body, DESTINATION_NOT_FOUND);
  assert.deepEqual((await create({ level: "ALL", destinations: [{}] })).body, DESTINATION_NOT_FOUND);
  assert.equal((await create({ level: "VERBOSE", destinations: [destination] })).body["__type"], "ValidationException");
  assert.equal((await call("DescribeStateMachine", { stateMachineArn: machineArn("bad") })).body["__type"], "StateMachineDoesNotExist");
});

test("UpdateStateMachine replaces the logging configuration, validates it, and an unchanged one makes no new revision", async () => {
  const call = client();
  const arn = machineArn("updated");
  await call("CreateStateMachine", { name: "updated", definition, roleArn, loggingConfiguration: { level: "ALL", includeExecutionData: true, destinations: [destination] } });
  const fatal = { level: "FATAL", includeExecutionData: true, destinations: [destination] };
  const first = await call("UpdateStateMachine", { stateMachineArn: arn, loggingConfiguration: fatal });
  assert.equal(first.status, 200);
  assert.equal(typeof first.body["revisionId"], "string");
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: arn })).body["loggingConfiguration"], fatal);
  const same = await call("UpdateStateMachine", { stateMachineArn: arn, loggingConfiguration: fatal });
  assert.equal(same.status, 200);
  // Recorded (describe_resp_no_change): the same configuration is no change, so no new revision.
  assert.equal(same.body["revisionId"], first.body["revisionId"]);
  assert.equal((await call("DescribeStateMachine", { stateMachineArn: arn })).body["revisionId"], first.body["revisionId"]);
  assert.deepEqual((await call("UpdateStateMachine", { stateMachineArn: arn, loggingConfiguration: { level: "FATAL", destinations: [destination, destination] } })).body, NOT_ONE_DESTINATION);
  assert.deepEqual((await call("UpdateStateMachine", { stateMachineArn: arn, loggingConfiguration: { level: "ALL" }, definition: JSON.stringify({ StartAt: "B", States: { B: { Type: "Succeed" } } }) })).body, NOT_ONE_DESTINATION);
  const after = (await call("DescribeStateMachine", { stateMachineArn: arn })).body;
  assert.deepEqual(after["loggingConfiguration"], fatal, "a rejected update changes nothing");
  assert.equal(after["definition"], definition);
});

test("tracing is stored, described and updated", async () => {
  const call = client();
  const arn = machineArn("traced");
  await call("CreateStateMachine", { name: "traced", definition, roleArn, tracingConfiguration: { enabled: true } });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: arn })).body["tracingConfiguration"], { enabled: true });
  await call("UpdateStateMachine", { stateMachineArn: arn, tracingConfiguration: {} });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: arn })).body["tracingConfiguration"], { enabled: false });
});

test("encryption with a customer managed key is kept with its reuse period; invalid combinations are rejected", async () => {
  const call = client();
  const kmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  await call("CreateStateMachine", { name: "cmk", definition, roleArn, encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId } });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: machineArn("cmk") })).body["encryptionConfiguration"], {
    type: "CUSTOMER_MANAGED_KMS_KEY",
    kmsKeyId,
    kmsDataKeyReusePeriodSeconds: 300,
  });
  await call("UpdateStateMachine", { stateMachineArn: machineArn("cmk"), encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: "alias/mine", kmsDataKeyReusePeriodSeconds: 120 } });
  assert.deepEqual((await call("DescribeStateMachine", { stateMachineArn: machineArn("cmk") })).body["encryptionConfiguration"], {
    type: "CUSTOMER_MANAGED_KMS_KEY",
    kmsKeyId: "alias/mine",
    kmsDataKeyReusePeriodSeconds: 120,
  });
  const create = (encryptionConfiguration: unknown) => call("CreateStateMachine", { name: "enc", definition, roleArn, encryptionConfiguration });
  const noKey = await create({ type: "CUSTOMER_MANAGED_KMS_KEY" });
  assert.equal(noKey.status, 400);
  assert.equal(noKey.body["__type"], "InvalidEncryptionConfiguration");
  assert.equal((await create({ type: "AWS_OWNED_KEY", kmsKeyId })).body["__type"], "InvalidEncryptionConfiguration");
  assert.deepEqual((await create({ type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId, kmsDataKeyReusePeriodSeconds: 30 })).body, {
    __type: "ValidationException",
    message: "1 validation error detected: Value '30' at 'encryptionConfiguration.kmsDataKeyReusePeriodSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
  });
  assert.equal((await create({ kmsKeyId })).body["__type"], "ValidationException", "type is required");
});

test("CreateStateMachine is idempotent over logging, tracing and encryption too", async () => {
  const call = client();
  const loggingConfiguration = { level: "ERROR", includeExecutionData: false, destinations: [destination] };
  const first = await call("CreateStateMachine", { name: "twice", definition, roleArn, loggingConfiguration });
  const again = await call("CreateStateMachine", { name: "twice", definition, roleArn, loggingConfiguration });
  assert.equal(again.status, 200);
  assert.equal(again.body["creationDate"], first.body["creationDate"]);
  const otherLogging = await call("CreateStateMachine", { name: "twice", definition, roleArn, loggingConfiguration: { ...loggingConfiguration, level: "ALL" } });
  assert.equal(otherLogging.body["__type"], "StateMachineAlreadyExists");
  const otherTracing = await call("CreateStateMachine", { name: "twice", definition, roleArn, loggingConfiguration, tracingConfiguration: { enabled: true } });
  assert.equal(otherTracing.body["__type"], "StateMachineAlreadyExists");
});

test("DescribeStateMachineForExecution shows the machine's configuration", async () => {
  const call = client();
  const loggingConfiguration = { level: "ALL", includeExecutionData: true, destinations: [destination] };
  await call("CreateStateMachine", { name: "forexec", definition, roleArn, loggingConfiguration, tracingConfiguration: { enabled: true } });
  const started = await call("StartExecution", { stateMachineArn: machineArn("forexec") });
  const described = (await call("DescribeStateMachineForExecution", { executionArn: started.body["executionArn"] })).body;
  assert.deepEqual(described["loggingConfiguration"], loggingConfiguration);
  assert.deepEqual(described["tracingConfiguration"], { enabled: true });
  assert.deepEqual(described["encryptionConfiguration"], { type: "AWS_OWNED_KEY" });
});

test("activities: encryption defaults to an AWS owned key (recorded) and a customer managed key is kept", async () => {
  const call = client();
  const plain = await call("CreateActivity", { name: "plain" });
  assert.deepEqual((await call("DescribeActivity", { activityArn: plain.body["activityArn"] })).body["encryptionConfiguration"], { type: "AWS_OWNED_KEY" });
  const cmk = await call("CreateActivity", { name: "cmk", encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: "alias/act", kmsDataKeyReusePeriodSeconds: 900 } });
  assert.deepEqual((await call("DescribeActivity", { activityArn: cmk.body["activityArn"] })).body["encryptionConfiguration"], {
    type: "CUSTOMER_MANAGED_KMS_KEY",
    kmsKeyId: "alias/act",
    kmsDataKeyReusePeriodSeconds: 900,
  });
  const invalid = await call("CreateActivity", { name: "nokey", encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY" } });
  assert.equal(invalid.status, 400);
  assert.equal(invalid.body["__type"], "InvalidEncryptionConfiguration");
  assert.equal((await call("ListActivities", {})).body["activities"].length, 2, "a rejected activity is not created");
});
