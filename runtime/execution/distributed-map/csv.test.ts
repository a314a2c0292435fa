import { test } from "node:test";
import assert from "node:assert/strict";
import { CsvSyntaxError, delimiterCharacter, parseCsv } from "./csv.ts";

test("rows split at LF, CRLF and CR; the final line break adds no row", () => {
  assert.deepEqual(parseCsv("a,b\nc,d\r\ne,f\rg,h\n", ","), [
    ["a", "b"],
    ["c", "d"],
    ["e", "f"],
    ["g", "h"],
  ]);
  assert.deepEqual(parseCsv("a,b", ","), [["a", "b"]]);
  assert.deepEqual(parseCsv("", ","), []);
});

test("empty lines are not rows, but a line of spaces or of delimiters is", () => {
  assert.deepEqual(parseCsv("a,b\n\n\r\n   \n,,\n", ","), [["a", "b"], ["   "], ["", "", ""]]);
});

test("whitespace around values is kept", () => {
  assert.deepEqual(parseCsv(" a , b\t", ","), [[" a ", " b\t"]]);
});

test("quoted fields hold delimiters, line breaks and doubled quotes", () => {
  assert.deepEqual(parseCsv('"a,b","say ""hi""","two\nlines",""\nx,"",y', ","), [
    ["a,b", 'say "hi"', "two\nlines", ""],
    ["x", "", "y"],
  ]);
});

test("a quote inside an unquoted field is an ordinary character", () => {
  assert.deepEqual(parseCsv('it"s,5" tall', ","), [['it"s', '5" tall']]);
});

test("an unterminated quoted field is a syntax error naming the row", () => {
  assert.throws(() => parseCsv('a,b\n"open,c', ","), (e: unknown) => e instanceof CsvSyntaxError && /row 2/.test(e.message));
});

test("each CSVDelimiter separates fields; other delimiters are ordinary characters", () => {
  const line = "a,b|c;d e\tf";
  assert.deepEqual(parseCsv(line, delimiterCharacter("COMMA")), [["a", "b|c;d e\tf"]]);
  assert.deepEqual(parseCsv(line, delimiterCharacter("PIPE")), [["a,b", "c;d e\tf"]]);
  assert.deepEqual(parseCsv(line, delimiterCharacter("SEMICOLON")), [["a,b|c", "d e\tf"]]);
  assert.deepEqual(parseCsv(line, delimiterCharacter("SPACE")), [["a,b|c;d", "e\tf"]]);
  assert.deepEqual(parseCsv(line, delimiterCharacter("TAB")), [["a,b|c;d e", "f"]]);
  assert.deepEqual(parseCsv('"x|y"|z', "|"), [["x|y", "z"]]);
});
