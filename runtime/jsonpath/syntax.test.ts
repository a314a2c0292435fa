/**
 * Which texts are Paths / Reference Paths / definite paths. Sources: the ASL spec (Reference Paths
 * and its list of acceptable reference path syntax), the developer guide (no functions in reference
 * paths), Jayway's README (what makes a path indefinite) and Jayway's PathCompiler grammar.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { isDefinitePath, isValidPath, isValidReferencePath, normalizePath } from "./index.ts";

/** The spec's "examples of acceptable Reference Path syntax" that Jayway's grammar also reads. */
const SPEC_REFERENCE_PATHS = [
  "$.store.book",
  "$.store\\.book",
  "$.\\stor\\e.boo\\k",
  "$.store.book.title",
  "$.foo.\\.bar",
  "$.&Ж中.\\uD800\\uDF46",
  "$.ledgers.branch[0].pending.count",
  "$.ledgers.branch[0]",
  "$.ledgers[0][22][315].foo",
  "$['store']['book']",
  "$['store'][0]['book']",
];

test("the spec's reference path examples are valid reference paths", () => {
  for (const path of SPEC_REFERENCE_PATHS) {
    assert.ok(isValidReferencePath(path), path);
    assert.ok(isValidPath(path), path);
    assert.ok(isDefinitePath(path), path);
  }
});

const VALID_PATHS = [
  "$",
  "$.a",
  "$[0]",
  "$[-1]",
  '$["a"]',
  "$['a b']",
  "$[ 'a' ]",
  "$['a','b']",
  "$[0,1]",
  "$[ 0 , 1 ]",
  "$[1:]",
  "$[:2]",
  "$[-2:]",
  "$[1:2]",
  "$[*]",
  "$.*",
  "$.a[*].b",
  "$..a",
  "$..*",
  "$..[0]",
  "$.a[?(@.b)]",
  "$.a[?(!@.b)]",
  "$.a[?(@.b == 'x' && @.c > 1 || @.d in ['p', 'q'])]",
  "$.a[?(@.b =~ /x.*/i)]",
  "$.a[?(@.b <= $.max)]",
  "$.a.length()",
  "$.delivery-partner",
];

const INVALID_PATHS = [
  "",
  "a.b",
  "@.a",
  "$.",
  "$..",
  "$.a.",
  "$...a",
  "$a",
  "$ .a",
  "$.a b",
  "$[",
  "$[a]",
  "$['a'",
  "$['a]",
  "$['a',]",
  "$['a' 'b']",
  "$[1,]",
  "$[:]",
  "$[1:x]",
  "$[*",
  "$[?(@.a ==)]",
  "$[?(@.a)",
  "$[?(1)]",
  "$[?]",
  "$.a(",
];

test("valid and invalid Path syntax", () => {
  for (const path of VALID_PATHS) assert.ok(isValidPath(path), `valid: ${path}`);
  for (const path of INVALID_PATHS) assert.ok(!isValidPath(path), `invalid: ${path}`);
  for (const path of INVALID_PATHS) assert.ok(!isValidReferencePath(path), `invalid reference: ${path}`);
});

test("reference paths: no @ , : ? (spec), no functions (developer guide), no scans or wildcards", () => {
  for (const path of ["$", "$.a", "$.a[0]", "$['a']['b'][-1]", "$.delivery-partner"]) assert.ok(isValidReferencePath(path), path);
  for (const path of ["$.a[0,1]", "$['a','b']", "$.a[1:2]", "$.a[?(@.x)]", "$.a.length()", "$..a", "$.a[*]", "$.*"]) {
    assert.ok(isValidPath(path), path);
    assert.ok(!isValidReferencePath(path), path);
  }
});

test("definite vs indefinite (Jayway README: `..`, `?(...)` and multiple indexes are indefinite)", () => {
  for (const path of ["$", "$.a.b", "$.a[0]", "$['a']", "$.a.length()", "$['a','b']"]) assert.ok(isDefinitePath(path), path);
  for (const path of ["$..a", "$.a[?(@.b)]", "$.a[0,1]", "$.a[*]", "$.*", "$.a[1:]", "$['a','b'].c"]) assert.ok(!isDefinitePath(path), path);
  assert.ok(!isDefinitePath("$."), "an invalid path is not definite");
});

test("normalized (Jayway toString) form of paths", () => {
  assert.equal(normalizePath("$"), "$");
  assert.equal(normalizePath("$.a.b"), "$['a']['b']");
  assert.equal(normalizePath("$.a[0][*]..b[?(@.x)][1:2]"), "$['a'][0][*]..['b'][?][1:2]");
  assert.equal(normalizePath('$["a"][-1]'), '$["a"][-1]');
  assert.equal(normalizePath("$['a','b'][0,2][:3]"), "$['a','b'][0,2][:3]");
  assert.equal(normalizePath("$.a.length()"), "$['a'].length()");
});
