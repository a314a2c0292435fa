import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcessClient } from "../in-process-client.ts";

const client = () => inProcessClient({ timeScale: 0.001 });

const definition = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
const roleArn = "arn:aws:iam::123456789012:role/StepFunctions";
const keyless = (index: number) => ({
  __type: "ValidationException",
  message: `1 validation error detected: Value null at 'tags.${index}.member.key' failed to satisfy constraint: Member must not be null`,
});

test("a tag without a key is a ValidationException in TagResource, CreateActivity and CreateStateMachine", async () => {
  const call = client();
  const activityArn = (await call("CreateActivity", { name: "work" })).body["activityArn"];
  const tagged = await call("TagResource", { resourceArn: activityArn, tags: [{ key: "a", value: "1" }, { value: "x" }] });
  assert.equal(tagged.status, 400);
  assert.deepEqual(tagged.body, keyless(2));
  assert.deepEqual((await call("ListTagsForResource", { resourceArn: activityArn })).body, { tags: [] }, "nothing of a rejected request is stored");
  assert.deepEqual((await call("TagResource", { resourceArn: activityArn, tags: [{ key: null, value: "x" }] })).body, keyless(1));

  const activity = await call("CreateActivity", { name: "other", tags: [{ value: "x" }] });
  assert.equal(activity.status, 400);
  assert.deepEqual(activity.body, keyless(1));
  const machine = await call("CreateStateMachine", { name: "m", definition, roleArn, tags: [{ key: "k" }, {}] });
  assert.equal(machine.status, 400);
  assert.deepEqual(machine.body, keyless(2));
});

test("a tag without a value is stored with an empty value", async () => {
  const call = client();
  const activityArn = (await call("CreateActivity", { name: "work" })).body["activityArn"];
  assert.equal((await call("TagResource", { resourceArn: activityArn, tags: [{ key: "a" }, { key: "b", value: null }] })).status, 200);
  assert.deepEqual((await call("ListTagsForResource", { resourceArn: activityArn })).body, { tags: [{ key: "a", value: "" }, { key: "b", value: "" }] });
});

test("UntagResource: unknown, prototype-named and unicode keys are no-ops; empty or null keys are rejected", async () => {
  const call = client();
  const activityArn = (await call("CreateActivity", { name: "work", tags: [{ key: "keep", value: "1" }, { key: "__proto__", value: "2" }] })).body["activityArn"];
  const untagged = await call("UntagResource", { resourceArn: activityArn, tagKeys: ["missing", "constructor", "toString", "\u{1F600}", "__proto__"] });
  assert.equal(untagged.status, 200, JSON.stringify(untagged.body));
  assert.deepEqual((await call("ListTagsForResource", { resourceArn: activityArn })).body, { tags: [{ key: "keep", value: "1" }] });

  const empty = await call("UntagResource", { resourceArn: activityArn, tagKeys: [""] });
  assert.equal(empty.status, 400);
  assert.deepEqual(empty.body, {
    __type: "ValidationException",
    message: "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
  });
  const nullKey = await call("UntagResource", { resourceArn: activityArn, tagKeys: [null] });
  assert.equal(nullKey.status, 400);
  assert.equal(nullKey.body["__type"], "SerializationException");
  assert.deepEqual((await call("UntagResource", { resourceArn: activityArn, tagKeys: null })).body, {
    __type: "ValidationException",
    message: "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null",
  });
});
