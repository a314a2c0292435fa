import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compileStringMatchesPattern, matchesCompiledPattern } from "./string-matches.ts";

/** Reference semantics via a regular expression built from the same escape rules. */
function referenceMatch(value: string, pattern: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") source += "[\\s\\S]*";
    else source += (c === "\\" ? pattern[++i]! : c).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(value);
}

test("matcher agrees with a regex reference on random patterns over a small alphabet", () => {
  const chars = fc.constantFrom("a", "b", "*", "\\", ".");
  const text = fc.array(chars, { maxLength: 8 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(text, text, (value, pattern) => {
      const compiled = compileStringMatchesPattern(pattern);
      fc.pre(compiled.ok);
      if (!compiled.ok) return;
      assert.equal(matchesCompiledPattern(value, compiled.tokens), referenceMatch(value, pattern), `${value} ~ ${pattern}`);
    }),
    { numRuns: 2000 },
  );
});

test("only a trailing lone backslash is an open escape", () => {
  assert.equal(compileStringMatchesPattern("a\\").ok, false);
  assert.equal(compileStringMatchesPattern("a\\\\\\").ok, false);
  assert.equal(compileStringMatchesPattern("a\\\\").ok, true);
  assert.equal(compileStringMatchesPattern("\\*").ok, true);
});
