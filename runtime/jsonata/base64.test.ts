import { test } from "node:test";
import assert from "node:assert/strict";
import { base64decode, base64encode } from "./base64.ts";

test("$base64encode/$base64decode without Buffer: the values JSONata gives on Node", () => {
  assert.equal(base64encode("myuser:mypass"), "bXl1c2VyOm15cGFzcw==");
  assert.equal(base64decode("bXl1c2VyOm15cGFzcw=="), "myuser:mypass");
  assert.equal(base64encode(""), "");
  assert.equal(base64encode("é"), "6Q==", "characters are bytes (Latin-1)");
  assert.equal(base64encode("€"), "rA==", "a code above 255 keeps its low byte, as Buffer's 'binary'");
  assert.equal(base64decode("bXl1c2Vy Om15\ncGFzcw"), "myuser:mypass", "whitespace and missing padding are tolerated");
  assert.equal(base64decode("-_8"), "\u00fb\u00ff", "URL-safe alphabet");
  assert.equal(base64encode(undefined), undefined);
});
