import { test } from "node:test";
import assert from "node:assert/strict";
import { fetchTransport, httpTransport } from "./transport.ts";

/** A fetch handler that records what it received and answers with `body`. */
function recorder(status: number, body: string) {
  const seen: Request[] = [];
  const fetchFn = (request: Request) => {
    seen.push(request);
    return Promise.resolve(new Response(body, { status, headers: { "content-type": "application/x-amz-json-1.0" } }));
  };
  return { seen, fetchFn };
}

test("a call is an AWS JSON 1.0 POST, SigV4-signed for the states service in the caller's region", async () => {
  const { seen, fetchFn } = recorder(200, '{"activities":[]}');
  const answer = await fetchTransport(fetchFn, { accessKeyId: "200000000001", region: "eu-central-1" }).send("ListActivities", { maxResults: 5 });
  assert.deepEqual(answer, { status: 200, body: { activities: [] } });
  const request = seen[0]!;
  assert.equal(request.method, "POST");
  assert.equal(new URL(request.url).pathname, "/");
  assert.equal(request.headers.get("x-amz-target"), "AWSStepFunctions.ListActivities");
  assert.equal(request.headers.get("content-type"), "application/x-amz-json-1.0");
  assert.match(request.headers.get("x-amz-date")!, /^\d{8}T\d{6}Z$/);
  assert.match(
    request.headers.get("authorization")!,
    /^AWS4-HMAC-SHA256 Credential=200000000001\/\d{8}\/eu-central-1\/states\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
  );
  assert.deepEqual(JSON.parse(await request.text()), { maxResults: 5 });
});

test("answers: JSON bodies parsed, an empty body is {}, other text kept as text", async () => {
  assert.deepEqual(await fetchTransport(recorder(200, "").fetchFn).send("DeleteActivity", {}), { status: 200, body: {} });
  assert.deepEqual(await fetchTransport(recorder(400, '{"__type":"InvalidArn","message":"m"}').fetchFn).send("DescribeActivity", {}), {
    status: 400,
    body: { __type: "InvalidArn", message: "m" },
  });
  assert.deepEqual(await fetchTransport(recorder(502, "Bad Gateway").fetchFn).send("ListActivities", {}), { status: 502, body: "Bad Gateway" });
});

test("the HTTP transport posts to the endpoint's root, with a session token when given", async () => {
  const { seen, fetchFn } = recorder(200, "{}");
  const transport = httpTransport("http://127.0.0.1:8083/some/path", { accessKeyId: "AKID", secretAccessKey: "secret", sessionToken: "tok", region: "us-west-2" }, fetchFn);
  await transport.send("ListStateMachines", {});
  assert.equal(seen[0]!.url, "http://127.0.0.1:8083/");
  assert.equal(seen[0]!.headers.get("x-amz-security-token"), "tok");
  assert.match(seen[0]!.headers.get("authorization")!, /Credential=AKID\/\d{8}\/us-west-2\/states\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,/);
});
