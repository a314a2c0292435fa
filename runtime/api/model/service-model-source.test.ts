import { test } from "node:test";
import assert from "node:assert/strict";
import {
  firstModelSource,
  indexedModelSource,
  integrationServiceName,
  newestModelPerService,
  serviceIdInModelHead,
  stepFunctionsModelSource,
  type ServiceModel,
} from "./service-model-source.ts";

test("AWS SDK integration names from serviceIds (as the AWS SDK for Java 2.x names its clients)", () => {
  const names = ["SFN", "EventBridge", "S3", "KMS", "Lambda", "DynamoDB", "CloudWatch Logs", "Cognito Identity Provider", "RDS Data", "Database Migration Service", "Config Service", "Lex Runtime Service", "Service Catalog"];
  assert.deepEqual(names.map(integrationServiceName), [
    "sfn",
    "eventbridge",
    "s3",
    "kms",
    "lambda",
    "dynamodb",
    "cloudwatchlogs",
    "cognitoidentityprovider",
    "rdsdata",
    "databasemigration",
    "config",
    "lexruntime",
    "servicecatalog",
  ]);
});

test("the serviceId in a model file's head; the newest API version of each service wins", () => {
  assert.equal(serviceIdInModelHead('{"version":"2.0","metadata":{"apiVersion":"2012-08-10","serviceId": "DynamoDB","signatureVersion":'), "DynamoDB");
  assert.equal(serviceIdInModelHead('{"version":"2.0","metadata":{"apiVersion":"2012-08-10"'), undefined);
  const index = newestModelPerService([
    { serviceId: "DynamoDB", apiVersion: "2011-12-05", path: "old" },
    { serviceId: "DynamoDB", apiVersion: "2012-08-10", path: "new" },
    { serviceId: "Lambda", apiVersion: "2015-03-31", path: "lambda" },
  ]);
  assert.deepEqual([...index.entries()].map(([name, file]) => [name, file.path]), [
    ["dynamodb", "new"],
    ["lambda", "lambda"],
  ]);
});

test("the built-in source has Step Functions only; firstModelSource asks in order", async () => {
  const sfn = await stepFunctionsModelSource("sfn");
  assert.equal(sfn?.metadata.serviceId, "SFN");
  assert.ok(sfn?.operations["StartExecution"]);
  assert.equal(await stepFunctionsModelSource("s3"), undefined);
  const other: ServiceModel = { metadata: { serviceId: "S3" }, operations: {}, shapes: {} };
  const asked: string[] = [];
  const both = firstModelSource(stepFunctionsModelSource, async (service) => (asked.push(service), service === "s3" || service === "sfn" ? other : undefined));
  assert.equal(await both("sfn"), sfn);
  assert.equal(await both("s3"), other);
  assert.equal(await both("kms"), undefined);
  assert.deepEqual(asked, ["s3", "kms"]);
});

test("indexedModelSource: indexes once, reads each model once, and a failure is no model", async () => {
  let indexed = 0;
  const reads: string[] = [];
  const model: ServiceModel = { metadata: { serviceId: "KMS" }, operations: {}, shapes: {} };
  const source = indexedModelSource(
    async () => (indexed++, newestModelPerService([{ serviceId: "KMS", apiVersion: "2014-11-01", path: "kms" }, { serviceId: "Broken", apiVersion: "1", path: "broken" }])),
    async (file) => {
      reads.push(file.path);
      if (file.path === "broken") throw new SyntaxError("bad JSON");
      return model;
    },
  );
  assert.equal(await source("kms"), model);
  assert.equal(await source("kms"), model);
  assert.equal(await source("broken"), undefined);
  assert.equal(await source("s3"), undefined);
  assert.deepEqual([indexed, reads], [1, ["kms", "broken"]]);
  const failing = indexedModelSource(() => Promise.reject(new Error("EACCES")), async () => model);
  assert.equal(await failing("kms"), undefined);
});
