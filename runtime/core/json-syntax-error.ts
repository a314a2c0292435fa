import { MAX_JSON_NESTING_DEPTH, nestingDepthMessage, tooDeepOffset } from "./json-nesting.ts";

/**
 * JSON syntax errors worded the way AWS words them. AWS parses with Jackson, and its messages leak
 * into InvalidDefinition / InvalidExecutionInput answers (recorded):
 *   Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
 *   Unexpected character (''' (code 39)): was expecting double-quote to start field name
 * followed by ` at [Source: (String)"<text>"; line: L, column: C]`. A document nested deeper than
 * MAX_JSON_NESTING_DEPTH is refused as Jackson refuses it (json-nesting.ts), valid or not.
 */
export interface JsonSyntaxProblem {
  message: string;
  /** `[Source: (String)"..."; line: 1, column: 4]` */
  location: string;
}

const EXPECTING_VALUE = "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/** Undefined when `text` is valid JSON nested at most MAX_JSON_NESTING_DEPTH levels deep. */
export function describeJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let scan: { message: string; offset: number };
  try {
    JSON.parse(text);
    const offset = tooDeepOffset(text);
    if (offset === undefined) return undefined;
    scan = { message: nestingDepthMessage(MAX_JSON_NESTING_DEPTH + 1), offset };
  } catch {
    // our own scan knows Jackson's wording
    scan = scanForError(text);
  }
  const { line, column } = lineAndColumn(text, scan.offset);
  const location = `[Source: (String)${JSON.stringify(text)}; line: ${line}, column: ${column}]`;
  return { message: `${scan.message}\n at ${location}`, location };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds the first offending place with a small recursive-descent scan of the text. */
function scanForError(text: string): { message: string; offset: number } {
  let i = 0;
  const fail = (message: string, offset = i): never => {
    throw { message, offset };
  };
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const describeChar = (c: string) => `'${c}' (code ${c.codePointAt(0)})`;
  let depth = 0;
  const enter = () => {
    if (++depth > MAX_JSON_NESTING_DEPTH) fail(nestingDepthMessage(depth));
    i++;
  };
  const value = (): void => {
    ws();
    if (i >= text.length) fail("Unexpected end-of-input: expected a value");
    const c = text[i]!;
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c >= "0" && c <= "9")) return number();
    if (/[A-Za-z]/.test(c)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      const token = text.slice(start, i);
      if (token === "true" || token === "false" || token === "null") return;
      fail(`Unrecognized token '${token}': ${EXPECTING_VALUE}`);
    }
    fail(`Unexpected character (${describeChar(c)}): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail("Unexpected end-of-input: was expecting closing quote for a string value");
    i++;
  };
  const number = () => {
    while (i < text.length && /[-+0-9.eE]/.test(text[i]!)) i++;
  };
  const object = () => {
    enter();
    ws();
    if (text[i] === "}") {
      i++;
      depth--;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') {
        if (i >= text.length) fail("Unexpected end-of-input: expected close marker for Object");
        fail(`Unexpected character (${describeChar(text[i]!)}): was expecting double-quote to start field name`);
      }
      string();
      ws();
      if (text[i] !== ":") fail(`Unexpected character (${describeChar(text[i] ?? " ")}): was expecting a colon to separate field name and value`);
      i++;
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        depth--;
        return;
      }
      if (i >= text.length) fail("Unexpected end-of-input: expected close marker for Object");
      fail(`Unexpected character (${describeChar(text[i]!)}): was expecting comma to separate Object entries`);
    }
  };
  const array = () => {
    enter();
    ws();
    if (text[i] === "]") {
      i++;
      depth--;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        depth--;
        return;
      }
      if (i >= text.length) fail("Unexpected end-of-input: expected close marker for Array");
      fail(`Unexpected character (${describeChar(text[i]!)}): was expecting comma to separate Array entries`);
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`Unexpected character (${describeChar(text[i]!)}): expected end of input`);
    return { message: "Invalid JSON", offset: 0 };
  } catch (e) {
    return e as { message: string; offset: number };
  }
}
