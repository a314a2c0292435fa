/** The Node/Deno model sources: botocore's data directory and the aws-sdk npm package's apis/. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { awsSdkModelSource, findAwsSdkApisDirectory } from "./aws-sdk-models-node.ts";
import { botocoreModelSource, findBotocoreDataDirectory } from "./botocore-models-node.ts";
import { installedServiceModels } from "./installed-models-node.ts";

const SERVICES = { sfn: "SFN", eventbridge: "EventBridge", s3: "S3", kms: "KMS", lambda: "Lambda", dynamodb: "DynamoDB", sqs: "SQS", sns: "SNS", cloudwatchlogs: "CloudWatch Logs" };

test("botocore (python3) is installed and has every service the recorded cases call", async () => {
  assert.ok(await findBotocoreDataDirectory(), "python3 cannot import botocore: TestState's mock validation needs its models (pip install botocore)");
  const source = botocoreModelSource();
  for (const [service, serviceId] of Object.entries(SERVICES)) assert.equal((await source(service))?.metadata.serviceId, serviceId, service);
  assert.equal(await source("nosuchservice"), undefined);
  // The newest API version of a service with several.
  assert.equal((await source("dynamodb"))?.metadata.apiVersion, "2012-08-10");
});

test("the aws-sdk npm package's models are found by the same names", async () => {
  assert.ok(findAwsSdkApisDirectory(), "the aws-sdk devDependency is not installed (npm ci)");
  const source = awsSdkModelSource();
  for (const [service, serviceId] of Object.entries(SERVICES)) assert.equal((await source(service))?.metadata.serviceId, serviceId, service);
  assert.equal((await source("lambda"))?.metadata.apiVersion, "2015-03-31");
});

test("botocore layout, gzipped or not; a missing or broken directory or file is no model", async () => {
  const dir = mkdtempSync(join(tmpdir(), "botocore-data-"));
  try {
    const model = (serviceId: string) => JSON.stringify({ version: "2.0", metadata: { apiVersion: "2020-01-01", serviceId }, operations: {}, shapes: {} });
    mkdirSync(join(dir, "widgets", "2020-01-01"), { recursive: true });
    writeFileSync(join(dir, "widgets", "2020-01-01", "service-2.json"), model("Widget Service"));
    mkdirSync(join(dir, "gadgets", "2020-01-01"), { recursive: true });
    writeFileSync(join(dir, "gadgets", "2020-01-01", "service-2.json.gz"), gzipSync(model("Gadget Maker")));
    mkdirSync(join(dir, "broken", "2020-01-01"), { recursive: true });
    writeFileSync(join(dir, "broken", "2020-01-01", "service-2.json"), '{"metadata":{"serviceId":"Broken"}, oops');
    writeFileSync(join(dir, "README"), "not a service directory");
    const source = botocoreModelSource(dir);
    assert.equal((await source("widget"))?.metadata.serviceId, "Widget Service");
    assert.equal((await source("gadgetmaker"))?.metadata.serviceId, "Gadget Maker");
    assert.equal(await source("broken"), undefined);
    assert.equal(await botocoreModelSource(join(dir, "missing"))("widget"), undefined);
    assert.equal(await botocoreModelSource(async () => undefined)("widget"), undefined);
    assert.equal(await awsSdkModelSource(join(dir, "missing"))("widget"), undefined);
    assert.equal(await awsSdkModelSource(() => undefined)("widget"), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("installedServiceModels: Step Functions from the built-in model, others from botocore (with constraints)", async () => {
  const models = installedServiceModels();
  assert.equal((await models("sfn"))?.metadata.serviceId, "SFN");
  const kms = await models("kms");
  assert.equal((kms?.shapes["CiphertextType"] as { min?: number } | undefined)?.min, 1);
});
