import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json, JsonObject } from "../../core/json.ts";
import type { MapRun } from "../map-run.ts";
import { runExecution } from "../run-execution.ts";

const passProcessor = { StartAt: "Batch", States: { Batch: { Type: "Pass", End: true } } };

/** A Distributed Map over `$.items` with the given ItemBatcher (and other Map fields). */
function batchingMachine(itemBatcher: JsonObject, extra: JsonObject = {}, processor: JsonObject = passProcessor): JsonObject {
  return {
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        ItemsPath: "$.items",
        ItemBatcher: itemBatcher,
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...processor },
        End: true,
        ...extra,
      },
    },
  };
}

async function run(definition: JsonObject, input: Json) {
  const mapRuns: MapRun[] = [];
  const result = await runExecution({ definition, input, mapRunObserver: { mapRunStarted: (mapRun) => void mapRuns.push(mapRun) } });
  return { result, mapRun: mapRuns[0]! };
}

test("MaxItemsPerBatch: each child gets {Items: [...]} of at most that many items, in order", async () => {
  const { result, mapRun } = await run(batchingMachine({ MaxItemsPerBatch: 2 }), { items: [1, 2, 3, 4, 5] });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, [{ Items: [1, 2] }, { Items: [3, 4] }, { Items: [5] }]);
  assert.deepEqual(
    mapRun.children.map((child) => [child.index, child.itemCount]),
    [
      [0, 2],
      [1, 2],
      [2, 1],
    ],
  );
  // Items and executions are counted apart.
  assert.equal(mapRun.itemCounts().total, 5);
  assert.equal(mapRun.itemCounts().succeeded, 5);
  assert.equal(mapRun.executionCounts().total, 3);
  assert.equal(mapRun.executionCounts().succeeded, 3);
  // A child's own history starts with its batch as input.
  assert.deepEqual(JSON.parse(mapRun.children[2]!.history.events[0]!["executionStartedEventDetails"]!["input" as never]), { Items: [5] });
});

test("BatchInput (a payload template on the Map's input and context) is in every batch", async () => {
  const { result } = await run(batchingMachine({ MaxItemsPerBatch: 2, BatchInput: { "owner.$": "$.owner", "state.$": "$$.State.Name", fixed: true } }), {
    items: ["a", "b", "c"],
    owner: "me",
  });
  assert.deepEqual(result.output, [
    { BatchInput: { owner: "me", state: "Fan", fixed: true }, Items: ["a", "b"] },
    { BatchInput: { owner: "me", state: "Fan", fixed: true }, Items: ["c"] },
  ]);
});

test("MaxInputBytesPerBatch counts the UTF-8 bytes of the whole batch input", async () => {
  // {"Items":[]} is 12 bytes; each "aaaa" adds 6 (+1 comma after the first): two fit in 25 bytes, three need 32.
  const twoFit = await run(batchingMachine({ MaxInputBytesPerBatch: 25 }), { items: ["aaaa", "aaaa", "aaaa", "aaaa", "aaaa"] });
  assert.deepEqual(
    (twoFit.result.output as JsonObject[]).map((batch) => (batch["Items"] as Json[]).length),
    [2, 2, 1],
  );
  const oneFits = await run(batchingMachine({ MaxInputBytesPerBatch: 24 }), { items: ["aaaa", "aaaa"] });
  assert.deepEqual(oneFits.result.output, [{ Items: ["aaaa"] }, { Items: ["aaaa"] }]);
  // Multi-byte characters count by their UTF-8 length ("é" is 2 bytes): ["aa","aa"] is 21 bytes, ["éé","éé"] 25.
  const ascii = await run(batchingMachine({ MaxInputBytesPerBatch: 21 }), { items: ["aa", "aa"] });
  assert.deepEqual(ascii.result.output, [{ Items: ["aa", "aa"] }]);
  const utf8 = await run(batchingMachine({ MaxInputBytesPerBatch: 21 }), { items: ["éé", "éé"] });
  assert.deepEqual(utf8.result.output, [{ Items: ["éé"] }, { Items: ["éé"] }]);
  // BatchInput counts too: {"BatchInput":{"k":"v"},"Items":["aaaa"]} is 41 bytes, with two items 48.
  const withInput = await run(batchingMachine({ MaxInputBytesPerBatch: 47, BatchInput: { k: "v" } }), { items: ["aaaa", "aaaa"] });
  assert.deepEqual(withInput.result.output, [{ BatchInput: { k: "v" }, Items: ["aaaa"] }, { BatchInput: { k: "v" }, Items: ["aaaa"] }]);
});

test("both limits together: whichever is reached first ends the batch", async () => {
  // {"Items":["a","b","c"]} is 23 bytes: the item count ends it.
  const byCount = await run(batchingMachine({ MaxItemsPerBatch: 3, MaxInputBytesPerBatch: 25 }), { items: ["a", "b", "c", "d"] });
  assert.deepEqual(byCount.result.output, [{ Items: ["a", "b", "c"] }, { Items: ["d"] }]);
  // {"Items":["aaaa","b","c"]} would be 26 bytes: the size ends it.
  const bySize = await run(batchingMachine({ MaxItemsPerBatch: 3, MaxInputBytesPerBatch: 25 }), { items: ["aaaa", "b", "c", "d"] });
  assert.deepEqual(bySize.result.output, [{ Items: ["aaaa", "b"] }, { Items: ["c", "d"] }]);
});

test("an item too big for any batch fails the Map Run", async () => {
  const { result } = await run(batchingMachine({ MaxInputBytesPerBatch: 15 }), { items: ["aaaaaaaaaa"] });
  assert.equal(result.status, "FAILED");
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /The item at index 0 does not fit in a batch of at most 15 bytes/);
  assert.ok(result.history.some((e) => e.type === "MapRunFailed"));
});

test("ItemSelector applies to each item before batching", async () => {
  const { result } = await run(batchingMachine({ MaxItemsPerBatch: 2 }, { ItemSelector: { "v.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index" } }), { items: ["x", "y", "z"] });
  assert.deepEqual(result.output, [{ Items: [{ v: "x", i: 0 }, { v: "y", i: 1 }] }, { Items: [{ v: "z", i: 2 }] }]);
});

test("MaxItemsPerBatchPath and MaxInputBytesPerBatchPath read variables holding numeric strings (recorded)", async () => {
  const definition = batchingMachine({ MaxItemsPerBatchPath: "$perBatch", MaxInputBytesPerBatchPath: "$bytes" });
  const states = definition["States"] as JsonObject;
  definition["StartAt"] = "Start";
  states["Start"] = { Type: "Pass", Assign: { perBatch: "2", bytes: "15000" }, Next: "Fan" };
  const { result } = await run(definition, { items: [1, 2, 3] });
  assert.deepEqual(result.output, [{ Items: [1, 2] }, { Items: [3] }]);
});

test("a non-positive MaxItemsPerBatch from a path fails the state like the Map's other settings (before MapStateStarted)", async () => {
  const { result } = await run(batchingMachine({ MaxItemsPerBatchPath: "$.n" }), { items: [1], n: 0 });
  assert.equal(result.error, "States.Runtime");
  assert.match(result.cause ?? "", /^An error occurred while executing the state 'Fan' \(entered at the event id #2\)\. field MaxItemsPerBatch must be positive$/);
  assert.deepEqual(
    result.history.map((e) => e.type),
    ["ExecutionStarted", "MapStateEntered", "ExecutionFailed"],
  );
});

test("JSONata: MaxItemsPerBatch and BatchInput are expressions", async () => {
  const definition = {
    QueryLanguage: "JSONata",
    StartAt: "Fan",
    States: {
      Fan: {
        Type: "Map",
        Items: "{% $states.input.items %}",
        ItemBatcher: { MaxItemsPerBatch: "{% $states.input.size %}", BatchInput: { entered: "{% $states.context.State.Name %}" } },
        ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...passProcessor },
        End: true,
      },
    },
  };
  const { result } = await run(definition, { items: [1, 2, 3], size: 2 });
  assert.deepEqual(result.output, [
    { BatchInput: { entered: "Fan" }, Items: [1, 2] },
    { BatchInput: { entered: "Fan" }, Items: [3] },
  ]);
});

test("a failed batch fails all its items: tolerated failures are counted in items", async () => {
  // Batches [1,2] [3,4] [5]; the batch starting with 3 fails, so 2 items fail.
  const failOnThree = {
    StartAt: "Check",
    States: {
      Check: { Type: "Choice", Choices: [{ Variable: "$.Items[0]", NumericEquals: 3, Next: "Boom" }], Default: "Fine" },
      Boom: { Type: "Fail", Error: "Bad", Cause: "three" },
      Fine: { Type: "Pass", End: true },
    },
  };
  const tolerated = await run(batchingMachine({ MaxItemsPerBatchPath: "$.size" }, { ToleratedFailureCount: 1, MaxConcurrency: 1 }, failOnThree), { items: [1, 2, 3, 4, 5], size: 2 });
  assert.equal(tolerated.result.status, "FAILED", "the batch [3,4] holds two items: over the tolerated count");
  assert.equal(tolerated.result.error, "States.ExceedToleratedFailureThreshold");
  const counts = tolerated.mapRun.itemCounts();
  assert.equal(counts.failed, 2);
  assert.equal(tolerated.mapRun.executionCounts().failed, 1);

  const withinCount = await run(batchingMachine({ MaxItemsPerBatch: 2 }, { ToleratedFailureCount: 2, MaxConcurrency: 1 }, failOnThree), { items: [1, 2, 3, 4, 5] });
  assert.equal(withinCount.result.status, "SUCCEEDED");
  assert.deepEqual(withinCount.result.output, [{ Items: [1, 2] }, null, { Items: [5] }]);
  const items = withinCount.mapRun.itemCounts();
  assert.deepEqual([items.succeeded, items.failed, items.total], [3, 2, 5]);
  const executions = withinCount.mapRun.executionCounts();
  assert.deepEqual([executions.succeeded, executions.failed, executions.total], [2, 1, 3]);
});
