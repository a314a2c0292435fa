import { test } from "node:test";
import assert from "node:assert/strict";
import { withoutNullMembers } from "./null-members.ts";

test("null structure members are dropped at every depth the model describes", () => {
  const input = {
    name: "m",
    definition: "{}",
    roleArn: "arn:aws:iam::1:role/r",
    tags: null,
    loggingConfiguration: { level: "ALL", includeExecutionData: null, destinations: [{ cloudWatchLogsLogGroup: null }] },
    tracingConfiguration: null,
  };
  assert.deepEqual(withoutNullMembers("CreateStateMachineInput", input), {
    name: "m",
    definition: "{}",
    roleArn: "arn:aws:iam::1:role/r",
    loggingConfiguration: { level: "ALL", destinations: [{}] },
  });
  assert.equal(input.tags, null, "the given input is not modified");
});

test("null list items are kept (validation rejects them), values that do not fit their shape are returned as they are", () => {
  assert.deepEqual(withoutNullMembers("UntagResourceInput", { resourceArn: "a", tagKeys: [null, "k"] }), { resourceArn: "a", tagKeys: [null, "k"] });
  assert.deepEqual(withoutNullMembers("TagResourceInput", { resourceArn: "a", tags: { key: null } }), { resourceArn: "a", tags: { key: null } });
  assert.deepEqual(withoutNullMembers("TagResourceInput", { resourceArn: "a", tags: [{ key: "k", value: null }, null] }), { resourceArn: "a", tags: [{ key: "k" }, null] });
});

test("a __proto__ member stays an own data member", () => {
  const stripped = withoutNullMembers("CreateActivityInput", JSON.parse('{"name":"a","__proto__":{"polluted":1},"tags":null}')) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(stripped), Object.prototype);
  assert.deepEqual(Object.keys(stripped), ["name", "__proto__"]);
});
