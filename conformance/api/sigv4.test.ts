import { test } from "node:test";
import assert from "node:assert/strict";
import { amzDate, signRequest } from "./sigv4.ts";

// AWS's published SigV4 test suite vectors (get-vanilla, post-vanilla: example.amazonaws.com, service
// "service", 2015-08-30T12:36:00Z, AKIDEXAMPLE); the JSON 1.0 vector was cross-checked once against
// @smithy/signature-v4 (the AWS SDK's signer) with the same inputs.
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const date = new Date("2015-08-30T12:36:00Z");
const base = { url: "https://example.amazonaws.com/", region: "us-east-1", service: "service", credentials, date };

test("amz-date format", () => {
  assert.equal(amzDate(date), "20150830T123600Z");
});

test("get-vanilla and post-vanilla signatures", async () => {
  const get = await signRequest({ ...base, method: "GET", headers: {}, body: "" });
  assert.equal(
    get["authorization"],
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
  );
  assert.equal(get["x-amz-date"], "20150830T123600Z");
  assert.equal(get["host"], "example.amazonaws.com");
  const post = await signRequest({ ...base, method: "POST", headers: {}, body: "" });
  assert.match(post["authorization"]!, /Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b$/);
});

test("an AWS JSON 1.0 request signs its content type, target and body", async () => {
  const signed = await signRequest({
    ...base,
    method: "POST",
    headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AWSStepFunctions.ListActivities" },
    body: '{"a":1}',
  });
  assert.equal(
    signed["authorization"],
    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=76968efb10f3930c3daf64c9f13c25acea8ad5ba24a10691f4f6ad3e02c1f1a8",
  );
  const otherBody = await signRequest({ ...base, method: "POST", headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AWSStepFunctions.ListActivities" }, body: '{"a":2}' });
  assert.notEqual(otherBody["authorization"], signed["authorization"], "the body is signed");
});

test("a session token is sent and signed", async () => {
  const signed = await signRequest({ ...base, method: "POST", headers: {}, body: "", credentials: { ...credentials, sessionToken: "token" } });
  assert.equal(signed["x-amz-security-token"], "token");
  assert.match(signed["authorization"]!, /SignedHeaders=host;x-amz-date;x-amz-security-token,/);
});
