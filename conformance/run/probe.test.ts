import { test } from "node:test";
import assert from "node:assert/strict";
import type { ApiAnswer, Transport } from "../api/transport.ts";
import { probeTarget } from "./probe.ts";

const answering = (answer: ApiAnswer): Transport => ({ send: () => Promise.resolve(answer) });
const probe = (transport: Transport) => probeTarget(transport, "http://127.0.0.1:9");
const message = async (transport: Transport) => {
  const result = await probe(transport);
  assert.equal(result.ok, false);
  return result.ok ? "" : result.message;
};

test("a Step Functions endpoint answers ListStateMachines with a stateMachines list", async () => {
  assert.deepEqual(await probe(answering({ status: 200, body: { stateMachines: [] } })), { ok: true });
});

test("one-line reasons: connection refused, not JSON, no list, credentials, an unknown operation, no __type", async () => {
  const refused: Transport = { send: () => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })) };
  assert.equal(await message(refused), "cannot reach http://127.0.0.1:9: connection refused");
  assert.match(await message(answering({ status: 404, body: "<html>Not Found</html>" })), /does not speak the Step Functions API \(AWS JSON 1\.0\): ListStateMachines answered HTTP 404 with text that is not JSON: <html>Not Found<\/html>/);
  assert.match(await message(answering({ status: 200, body: { buckets: [] } })), /without a stateMachines list/);
  assert.match(await message(answering({ status: 400, body: { __type: "com.amazon.coral.service#UnrecognizedClientException", message: "The security token included in the request is invalid." } })), /refused the credentials: UnrecognizedClientException: The security token/);
  assert.match(await message(answering({ status: 400, body: { __type: "UnknownOperationException" } })), /does not answer ListStateMachines: HTTP 400 UnknownOperationException$/);
  assert.match(await message(answering({ status: 500, body: { error: "boom" } })), /without an AWS error type \(__type\)/);
  const hanging: Transport = { send: (_o, _r, options) => new Promise((_, reject) => options?.signal?.addEventListener("abort", () => reject(new DOMException("timed out", "TimeoutError")))) };
  assert.equal((await probeTarget(hanging, "http://x", 10)).ok, false);
});
