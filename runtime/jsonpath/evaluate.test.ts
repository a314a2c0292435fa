/**
 * Evaluation tables. Expectations come from the ASL spec and developer guide (Paths, Reference
 * Paths), from Jayway JsonPath's README (the spec names Jayway as the JSONPath syntax; its
 * "Path Examples" table and filter operator descriptions), and for the less common error forms
 * from the message templates in Jayway's source (PathToken / ArrayPathToken / PredicatePathToken).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { evaluatePath, evaluatePathTail, JsonPathError, tryEvaluatePath, type JsonPathErrorKind } from "./index.ts";

/** The document of Jayway's README. */
const STORE: Json = {
  store: {
    book: [
      { category: "reference", author: "Nigel Rees", title: "Sayings of the Century", price: 8.95 },
      { category: "fiction", author: "Evelyn Waugh", title: "Sword of Honour", price: 12.99 },
      { category: "fiction", author: "Herman Melville", title: "Moby Dick", isbn: "0-553-21311-3", price: 8.99 },
      { category: "fiction", author: "J. R. R. Tolkien", title: "The Lord of the Rings", isbn: "0-395-19395-8", price: 22.99 },
    ],
    bicycle: { color: "red", price: 19.95 },
  },
  expensive: 10,
};
const BOOKS = ((STORE as { store: { book: Json[] } }).store.book);
const [B0, B1, B2, B3] = BOOKS as [Json, Json, Json, Json];
const AUTHORS = ["Nigel Rees", "Evelyn Waugh", "Herman Melville", "J. R. R. Tolkien"];

const README_TABLE: [string, Json][] = [
  ["$.store.book[*].author", AUTHORS],
  ["$..author", AUTHORS],
  ["$.store..price", [8.95, 12.99, 8.99, 22.99, 19.95]],
  ["$..book[2]", [B2]],
  ["$..book[-2]", [B2]],
  ["$..book[0,1]", [B0, B1]],
  ["$..book[:2]", [B0, B1]],
  ["$..book[1:2]", [B1]],
  ["$..book[-2:]", [B2, B3]],
  ["$..book[2:]", [B2, B3]],
  ["$..book[?(@.isbn)]", [B2, B3]],
  ["$.store.book[?(@.price < 10)]", [B0, B2]],
  ["$..book[?(@.price <= $['expensive'])]", [B0, B2]],
  ["$..book[?(@.author =~ /.*REES/i)]", [B0]],
  ["$..book.length()", 4],
  // README "Operators"/notation examples
  ["$['store']['book'][0]['title']", "Sayings of the Century"],
  ["$.store.book[0].title", "Sayings of the Century"],
  ["$.store.book.length()", 4],
  // README "Predicates" examples
  ["$.store.book[?(@.price < 10 && @.category == 'fiction')]", [B2]],
  ["$.store.book[?(@.category == 'reference' || @.price > 10)]", [B0, B1, B3]],
  ["$.store.book[?(!(@.price < 10 && @.category == 'fiction'))]", [B0, B1, B3]],
];

test("Jayway README path examples", () => {
  for (const [path, expected] of README_TABLE) assert.deepEqual(evaluatePath(STORE, path), expected, path);
});

test("$.store.* gives the store's values (books array and bicycle)", () => {
  const s = (STORE as { store: { book: Json; bicycle: Json } }).store;
  assert.deepEqual(evaluatePath(STORE, "$.store.*"), [s.book, s.bicycle]);
});

test("$..* visits every node below the root", () => {
  const all = evaluatePath(STORE, "$..*") as Json[];
  assert.equal(all.length, 2 + 2 + 4 + 4 * 4 + 2 + 2 /* isbns */);
  assert.ok(all.includes("Moby Dick") && all.includes(19.95));
});

test("developer guide Reference Paths examples", () => {
  const input: Json = { foo: 123, bar: ["a", "b", "c"], car: { cdr: true }, jar: [{ a: 1 }, { a: 5 }, { a: 2 }, { a: 7 }, { a: 3 }] };
  assert.equal(evaluatePath(input, "$.foo"), 123);
  assert.deepEqual(evaluatePath(input, "$.bar"), ["a", "b", "c"]);
  assert.equal(evaluatePath(input, "$.car.cdr"), true);
  assert.deepEqual(evaluatePath(input, "$.jar[?(@.a >= 5)]"), [{ a: 5 }, { a: 7 }]);
});

test("developer guide: in filters @ does not match scalar values, only objects", () => {
  assert.deepEqual(evaluatePath({ bar: ["a", "b", "c"] }, "$.bar[?(@ == 'a')]"), []);
});

test("spec: $.a[0,1] yields the two values as an array", () => {
  assert.deepEqual(evaluatePath({ a: [1, 2, 3, 4] }, "$.a[0,1]"), [1, 2]);
});

test("$ is the whole input; definite paths give the value itself", () => {
  assert.deepEqual(evaluatePath(STORE, "$"), STORE);
  assert.equal(evaluatePath({ a: { b: [null, { c: "x" }] } }, "$.a.b[1].c"), "x");
  assert.equal(evaluatePath({ a: null }, "$.a"), null);
  assert.equal(evaluatePath([10, 20, 30], "$[-1]"), 30);
  assert.equal(evaluatePath({ "a b": 1 }, "$['a b']"), 1);
  assert.equal(evaluatePath({ "a.b": 1 }, "$['a.b']"), 1);
  assert.equal(evaluatePath({ "delivery-partner": "UQS" }, "$.delivery-partner"), "UQS");
});

test("a definite path never wraps its value, an indefinite one always does", () => {
  assert.deepEqual(evaluatePath({ a: [1, 2] }, "$.a"), [1, 2]);
  assert.deepEqual(evaluatePath({ a: [[1, 2]] }, "$.a[*]"), [[1, 2]]);
  assert.deepEqual(evaluatePath({ a: [1] }, "$.a[0:1]"), [1]);
});

test("README filter operators", () => {
  const items: Json = [
    { size: "S", sizes: ["S"], name: "a", tags: [] },
    { size: "M", sizes: ["S", "M"], name: "bb", tags: ["x"] },
    { size: "XL", sizes: ["XL", "XXL"], name: "ccc", tags: ["x", "y"] },
  ];
  const [i0, i1, i2] = items as [Json, Json, Json];
  const cases: [string, Json[]][] = [
    ["$[?(@.size == 'M')]", [i1]],
    ["$[?(@.size != 'M')]", [i0, i2]],
    ["$[?(@.size in ['S', 'M'])]", [i0, i1]],
    ["$[?(@.size nin ['S', 'M'])]", [i2]],
    ["$[?(@.sizes subsetof ['S', 'M', 'L'])]", [i0, i1]],
    ["$[?(@.sizes anyof ['M', 'XL'])]", [i1, i2]],
    ["$[?(@.sizes noneof ['M', 'XL'])]", [i0]],
    ["$[?(@.name size 2)]", [i1]],
    ["$[?(@.sizes size 2)]", [i1, i2]],
    ["$[?(@.tags empty true)]", [i0]],
    ["$[?(@.tags empty false)]", [i1, i2]],
    ["$[?(@.name =~ /b+/)]", [i1]],
    ["$[?(@.name > 'b')]", [i1, i2]],
    ["$[?(@.tags contains 'y')]", [i2]],
    ["$[?(!@.missing)]", [i0, i1, i2]],
  ];
  for (const [path, expected] of cases) assert.deepEqual(evaluatePath(items, path), expected, path);
});

test("filters compare numbers, booleans and null", () => {
  const rows: Json = [{ n: 1, ok: true, v: null }, { n: 2.5, ok: false, v: 0 }, { n: -3, ok: true }];
  const [r0, r1, r2] = rows as [Json, Json, Json];
  assert.deepEqual(evaluatePath(rows, "$[?(@.n >= 1)]"), [r0, r1]);
  assert.deepEqual(evaluatePath(rows, "$[?(@.n < -2.5)]"), [r2]);
  assert.deepEqual(evaluatePath(rows, "$[?(@.ok == true)]"), [r0, r2]);
  assert.deepEqual(evaluatePath(rows, "$[?(@.v == null)]"), [r0]);
  assert.deepEqual(evaluatePath(rows, "$[?(@.v)]"), [r0, r1]);
});

test("a filter on an object tests the object itself", () => {
  assert.deepEqual(evaluatePath({ bicycle: { color: "red" } }, "$.bicycle[?(@.color == 'red')]"), [{ color: "red" }]);
  assert.deepEqual(evaluatePath({ bicycle: { color: "red" } }, "$.bicycle[?(@.color == 'blue')]"), []);
});

test("a trailing multi-property selection merges into one object", () => {
  assert.deepEqual(evaluatePath(B0, "$['author','title']"), { author: "Nigel Rees", title: "Sayings of the Century" });
  assert.deepEqual(evaluatePath(B0, "$['author','nope']"), { author: "Nigel Rees" });
});

test("path functions", () => {
  assert.equal(evaluatePath({ a: [1, 2, 3] }, "$.a.length()"), 3);
  assert.equal(evaluatePath({ a: [1, 2, 3] }, "$.a.sum()"), 6);
  assert.equal(evaluatePath({ a: [1, 2, 3] }, "$.a.min()"), 1);
  assert.equal(evaluatePath({ a: [1, 2, 3] }, "$.a.max()"), 3);
  assert.equal(evaluatePath({ a: [1, 2, 3] }, "$.a.avg()"), 2);
  assert.deepEqual(evaluatePath({ a: { x: 1, y: 2 } }, "$.a.keys()"), ["x", "y"]);
});

/** Error forms: recorded ones (NoResults, MissingProperty) and Jayway's templates for the rest. */
const ERRORS: [Json, string, JsonPathErrorKind, string][] = [
  [{}, "$.a", "NoResults", "No results for path: $['a']"],
  [{ a: {} }, "$.a.b", "NoResults", "No results for path: $['a']['b']"],
  [{ a: {} }, "$.a.b.c", "MissingProperty", "Missing property in path $['a']['b']"],
  [{ a: [1] }, "$.a[3]", "NoResults", "No results for path: $['a'][3]"],
  [{ a: [1] }, "$.a[3].b", "NoResults", "No results for path: $['a'][3]['b']"],
  [{ a: [1] }, "$.a[-2]", "NoResults", "No results for path: $['a'][-2]"],
  [{ a: {} }, `$.a["b"]`, "NoResults", `No results for path: $['a']["b"]`],
  [{ a: null }, "$.a[0]", "NullArray", "The path $['a'] is null"],
  [{ a: { x: 1 } }, "$.a[0]", "NotAnArray", "Filter: [0] can only be applied to arrays. Current context is: {x=1}"],
  [{ a: "s" }, "$.a[0].b", "NotAnArray", "Filter: [0]['b'] can only be applied to arrays. Current context is: s"],
  [{ a: [] }, "$.a.avg()", "FunctionError", "Aggregation function attempted to calculate value using empty array"],
  [{}, "$.nope()", "FunctionError", "Function with name: nope does not exist."],
];

test("every error message form", () => {
  for (const [input, path, kind, message] of ERRORS) {
    const result = tryEvaluatePath(input, path);
    assert.equal(result.found, false, path);
    if (!result.found) {
      assert.equal(result.error.kind, kind, path);
      assert.equal(result.error.message, message, path);
    }
  }
});

test("reading a property of a non-object names the Java type found", () => {
  const cases: [Json, string][] = [
    [{ a: "s" }, "java.lang.String"],
    [{ a: 1 }, "java.lang.Integer"],
    [{ a: 1.5 }, "java.lang.Double"],
    [{ a: true }, "java.lang.Boolean"],
    [{ a: [1] }, "java.util.ArrayList"],
    [{ a: null }, "null"],
  ];
  for (const [input, type] of cases) {
    const result = tryEvaluatePath(input, "$.a.b");
    assert.ok(!result.found && result.error.kind === "NotAnObject");
    assert.ok(result.error.message.startsWith(`Expected to find an object with property ['b'] in path $['a'] but found '${type}'.`), result.error.message);
  }
});

test("errors are only raised while the path is still definite; indefinite paths give [] (recorded rule)", () => {
  // Jayway would throw "Filter: [?] can not be applied to primitives" / "Missing property" here; AWS
  // answers [] for indefinite paths whose definite prefix is missing (recorded, see recorded.test.ts).
  assert.deepEqual(evaluatePath({ a: 5 }, "$.a[?(@.x)]"), []);
  assert.deepEqual(evaluatePath({}, "$.a.b[0,1]"), []);
  assert.deepEqual(evaluatePath({ a: [{ b: 1 }, {}, { b: 3 }, "x", null] }, "$.a[*].b"), [1, 3]);
  assert.deepEqual(evaluatePath({ a: [{ b: { c: 1 } }, { b: 2 }] }, "$.a[*].b.c"), [1]);
  assert.deepEqual(evaluatePath({ a: 5 }, "$.a[*]"), []);
  assert.deepEqual(evaluatePath({ a: "s" }, "$.a.b[*]"), []);
});

test("invalid path syntax is reported, not evaluated", () => {
  const result = tryEvaluatePath({}, "$.");
  assert.ok(!result.found && result.error.kind === "InvalidPath");
  assert.throws(() => evaluatePath({}, "a.b"), JsonPathError);
});

test("keys like __proto__ and constructor are plain own properties", () => {
  const withProto = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}') as Json;
  assert.deepEqual(evaluatePath(withProto, "$.__proto__.x"), 1);
  assert.equal(evaluatePath(withProto, "$.constructor"), 2);
  for (const path of ["$.__proto__", "$.constructor", "$.toString", "$.hasOwnProperty", "$['__proto__']"]) {
    assert.equal(tryEvaluatePath({}, path).found, false, path);
  }
  assert.deepEqual(evaluatePath({}, "$..constructor"), []);
  assert.deepEqual(evaluatePath([], "$.length()"), 0);
  assert.equal(tryEvaluatePath([1, 2], "$.length").found, false);
});

test("evaluatePathTail evaluates the rest of a $$ / $var path against the given root", () => {
  const context: Json = { Execution: { Input: { x: 1 } } };
  assert.equal(evaluatePathTail(context, ".Execution.Input.x"), 1);
  assert.deepEqual(evaluatePathTail(["a", "b"], ""), ["a", "b"]);
  assert.equal(evaluatePathTail(["a", "b"], "[1]"), "b");
});

test("repeated evaluation uses the cached compiled path and gives the same answers", () => {
  for (let i = 0; i < 3; i++) {
    assert.equal(evaluatePath({ a: i }, "$.a"), i);
    assert.equal(tryEvaluatePath({}, "$.").found, false);
  }
});
