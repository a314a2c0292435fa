import { test } from "node:test";
import assert from "node:assert/strict";
import type { CorpusCase } from "./corpus.ts";
import { executionCorpusCase, loadCorpus } from "./corpus.ts";
import { globToRegExp, isSelected, notPlayed, seededShuffle } from "./selection.ts";

const corpus = loadCorpus();
const byId = (id: string): CorpusCase => corpus.find((c) => c.id === id)!;
const none = { filters: [], tags: [] };

test("the corpus: execution, API contract and validation cases, ids unique", () => {
  const sources = new Set(corpus.map((c) => c.source));
  assert.deepEqual([...sources].sort(), ["api", "execution", "validation"]);
  assert.equal(new Set(corpus.map((c) => c.id)).size, corpus.length);
  const validation = corpus.find((c) => c.source === "validation")!;
  assert.deepEqual([validation.kind, validation.area, validation.level], ["api", "validation", "core"]);
  const execution = corpus.find((c) => c.id === "spec::task::timeout-seconds-hang")!;
  assert.deepEqual([execution.kind, execution.area], ["execution", "task"], "the area is the case's folder");
});

test("globs: * any text, ? one character, everything else literal", () => {
  assert.ok(globToRegExp("spec::task::*").test("spec::task::a"));
  assert.ok(!globToRegExp("spec::task::*").test("xspec::task::a"), "anchored");
  assert.ok(globToRegExp("a?c").test("abc") && !globToRegExp("a?c").test("abbc"));
  assert.ok(globToRegExp("x[1].y").test("x[1].y") && !globToRegExp("x[1].y").test("x1zy"), "regex characters are literal");
});

test("--filter matches the id, the area or kind/area; --tag a feature, level, area, kind or capability", () => {
  const task = byId("spec::task::timeout-seconds-hang");
  assert.ok(isSelected(task, { filters: ["spec::task::*"], tags: [] }));
  assert.ok(isSelected(task, { filters: ["task"], tags: [] }));
  assert.ok(isSelected(task, { filters: ["execution/ta*"], tags: [] }));
  assert.ok(!isSelected(task, { filters: ["spec::pass::*"], tags: [] }));
  assert.ok(isSelected(task, { filters: ["nope", "spec::task::*"], tags: [] }), "any filter may match");
  for (const tag of ["state:Task", "core", "task", "execution", "activities", "api.GetActivityTask"]) assert.ok(isSelected(task, { filters: [], tags: [tag] }), tag);
  assert.ok(!isSelected(task, { filters: [], tags: ["jsonata"] }));
  assert.ok(!isSelected(task, { filters: ["spec::task::*"], tags: ["jsonata"] }), "filters and tags both apply");
  assert.ok(isSelected(task, none));
});

test("cases with needs are SKIP, cases needing an unsupported capability UNSUPPORTED, the rest are played", () => {
  const withNeeds = corpus.find((c) => c.needs.includes("lambda"))!;
  assert.deepEqual(notPlayed(withNeeds, new Set()), { status: "SKIP", reason: `needs ${withNeeds.needs.join(", ")}` });
  const task = byId("spec::task::timeout-seconds-hang");
  assert.equal(notPlayed(task, new Set()), undefined);
  assert.deepEqual(notPlayed(task, new Set(["activities", "jsonata"])), { status: "UNSUPPORTED", reason: "needs activities (unsupported by the target)" });
});

test("--seed orders deterministically: same seed, same order; another seed, another order; nothing lost", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  assert.deepEqual(seededShuffle(items, 7), seededShuffle(items, 7));
  assert.notDeepEqual(seededShuffle(items, 7), seededShuffle(items, 8));
  assert.notDeepEqual(seededShuffle(items, 7), items);
  assert.deepEqual([...seededShuffle(items, 7)].sort((a, b) => a - b), items);
});

test("cases the API cannot play are SKIP: a scripted Task state that is not an activity, a mock test case, scripted callbacks", () => {
  const base = byId("spec::task::timeout-seconds-hang");
  assert.equal(base.source, "execution");
  if (base.source !== "execution") return;
  const glue = executionCorpusCase(
    {
      ...base.testCase,
      id: "test::glue",
      definition: { StartAt: "Job", States: { Job: { Type: "Task", Resource: "arn:aws:states:::glue:startJobRun.sync", End: true } } },
      taskResponses: [{ state: "Job", output: {} }],
    },
    "test",
  );
  assert.deepEqual(notPlayed(glue, new Set()), {
    status: "SKIP",
    reason: "scripted Task state 'Job' (arn:aws:states:::glue:startJobRun.sync) is not an activity: only activity tasks can be answered through the API",
  });
  assert.equal(base.unplayable, undefined, "activity tasks can be played");
  const mocked = executionCorpusCase({ ...base.testCase, id: "test::mocked", mockConfig: { StateMachines: { M: { TestCases: { T: {} } } }, MockedResponses: {} }, mockTestCase: "T" }, "test");
  assert.match(notPlayed(mocked, new Set())?.reason ?? "", /^runs a Step Functions Local mock test case/);
  const callbacks = executionCorpusCase({ ...base.testCase, id: "test::callbacks", callbacks: [{ state: "S", send: "success", output: {} }] }, "test");
  assert.match(notPlayed(callbacks, new Set())?.reason ?? "", /scripted callbacks/);
});
