/**
 * Parser for JSONPath intrinsic function calls such as
 * `States.Format('Hello {}\'s {}', $.name, States.MathAdd($.n, 1))`.
 *
 * Grammar (spec "Intrinsic Functions" + AWS behaviour recorded in the facts sheet):
 *   call    := NAME "(" [ arg ("," arg)* ] ")"        NAME := [A-Za-z0-9._]+, "(" right after it
 *   arg     := 'string' | number | true | false | null | path | call
 *   string  := "'" ( any char except ' and \ | "\'" | "\{" | "\}" | "\\" )* "'"
 *   path    := "$" ...  ($.a.b, $$.Execution.Id, $, $var.field, $.a[0], $['k'])
 * Whitespace is allowed around arguments. Any other backslash escape in a string is rejected:
 * AWS refuses such definitions (`\"` inside an intrinsic fails CreateStateMachine).
 */
import type { Json } from "../core/json.ts";
import { describeArity, INTRINSIC_SIGNATURES } from "./signatures.ts";

export type IntrinsicArg =
  /** `raw` is present for string literals: the text between the quotes with escapes intact, so
   * States.Format can tell an escaped `\{\}` from a `{}` placeholder. */
  | { kind: "literal"; value: Json; raw?: string }
  | { kind: "path"; path: string }
  | { kind: "call"; call: IntrinsicCall };

export interface IntrinsicCall {
  name: string;
  args: IntrinsicArg[];
  /** The call's own source text (for error causes); absent when built by hand. */
  source?: string;
}

/** AWS documents at most 10 nested intrinsic functions within one field. */
export const MAX_INTRINSIC_NESTING = 10;

/** A malformed intrinsic text; `position` is the 0-based offset where the problem was found. */
export class IntrinsicSyntaxError extends Error {
  readonly text: string;
  readonly position: number;
  readonly reason: string;

  constructor(text: string, position: number, reason: string) {
    super(`Invalid intrinsic function call at position ${position}: ${reason} (in ${JSON.stringify(text)})`);
    this.name = "IntrinsicSyntaxError";
    this.text = text;
    this.position = position;
    this.reason = reason;
  }
}

/**
 * True when the text starts like an intrinsic call (`States.Xxx(`), i.e. a `.$` value that the
 * caller should hand to parseIntrinsic rather than treat as a JSONPath.
 */
export function looksLikeIntrinsic(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9._]*\s*\(/.test(text);
}

/** Parses a whole intrinsic call; throws IntrinsicSyntaxError when anything is wrong. */
export function parseIntrinsic(text: string): IntrinsicCall {
  const parser = new Parser(text);
  parser.skipWhitespace();
  const call = parser.parseCall(1);
  parser.skipWhitespace();
  if (!parser.atEnd()) parser.fail(`unexpected text after the closing ')': ${JSON.stringify(parser.rest())}`);
  return call;
}

const NAME_CHAR = /[A-Za-z0-9._]/;
const WHITESPACE = /\s/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ALLOWED_ESCAPES = new Set(["'", "{", "}", "\\"]);

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  rest(): string {
    return this.text.slice(this.pos);
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  fail(reason: string, position = this.pos): never {
    throw new IntrinsicSyntaxError(this.text, position, reason);
  }

  skipWhitespace(): void {
    while (!this.atEnd() && WHITESPACE.test(this.text[this.pos]!)) this.pos++;
  }

  readName(): string {
    const start = this.pos;
    while (!this.atEnd() && NAME_CHAR.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  parseCall(depth: number): IntrinsicCall {
    const start = this.pos;
    if (depth > MAX_INTRINSIC_NESTING) {
      this.fail(`intrinsic functions are nested more than ${MAX_INTRINSIC_NESTING} levels deep`);
    }
    const name = this.readName();
    if (name === "") this.fail("expected an intrinsic function name such as States.Format");
    if (this.peek() !== "(") {
      this.fail(`expected '(' immediately after the function name '${name}'`);
    }
    const signature = INTRINSIC_SIGNATURES[name];
    if (!Object.hasOwn(INTRINSIC_SIGNATURES, name) || signature === undefined) {
      this.fail(`unknown intrinsic function '${name}'`, start);
    }
    this.pos++; // "("
    const args: IntrinsicArg[] = [];
    this.skipWhitespace();
    if (this.peek() === ")") {
      this.pos++;
    } else {
      for (;;) {
        args.push(this.parseArg(depth));
        this.skipWhitespace();
        const next = this.peek();
        if (next === ",") {
          this.pos++;
          this.skipWhitespace();
          continue;
        }
        if (next === ")") {
          this.pos++;
          break;
        }
        if (next === undefined) this.fail(`missing ')' to close the call to ${name}`);
        this.fail(`expected ',' or ')' in the arguments of ${name} but found '${next}'`);
      }
    }
    if (args.length < signature.min || args.length > signature.max) {
      this.fail(
        `${name} takes ${describeArity(signature)} but was given ${args.length}`,
        start,
      );
    }
    return { name, args, source: this.text.slice(start, this.pos) };
  }

  parseArg(depth: number): IntrinsicArg {
    const ch = this.peek();
    if (ch === undefined) return this.fail("expected an argument but the text ended");
    if (ch === "'") return this.parseString();
    if (ch === "$") return this.parsePath();
    if (ch === "-" || (ch >= "0" && ch <= "9")) return this.parseNumber();
    if (NAME_CHAR.test(ch)) {
      const start = this.pos;
      const word = this.readName();
      if (this.peek() === "(") {
        this.pos = start;
        return { kind: "call", call: this.parseCall(depth + 1) };
      }
      if (word === "true" || word === "false" || word === "null") {
        this.expectArgumentEnd(word);
        return { kind: "literal", value: word === "null" ? null : word === "true" };
      }
      return this.fail(
        `unexpected '${word}': arguments must be 'quoted strings', numbers, true, false, null, paths or intrinsic calls`,
        start,
      );
    }
    if (ch === ")" || ch === ",") return this.fail(`expected an argument before '${ch}'`);
    if (ch === '"') return this.fail("string arguments must be enclosed in single quotes (')");
    return this.fail(`unexpected character '${ch}' at the start of an argument`);
  }

  /** After a bare literal, only whitespace, ',' or ')' may follow. */
  expectArgumentEnd(what: string): void {
    const next = this.peek();
    if (next !== undefined && next !== "," && next !== ")" && !WHITESPACE.test(next)) {
      this.fail(`unexpected '${next}' after ${what}`);
    }
  }

  parseString(): IntrinsicArg {
    const start = this.pos;
    this.pos++; // opening quote
    let value = "";
    let raw = "";
    while (!this.atEnd()) {
      const ch = this.text[this.pos]!;
      if (ch === "'") {
        this.pos++;
        return { kind: "literal", value, raw };
      }
      if (ch === "\\") {
        const escaped = this.text[this.pos + 1];
        if (escaped === undefined || !ALLOWED_ESCAPES.has(escaped)) {
          const shown = escaped === undefined ? "\\" : `\\${escaped}`;
          this.fail(
            `invalid escape sequence '${shown}' in a string literal (only \\', \\{, \\} and \\\\ are allowed)`,
          );
        }
        value += escaped;
        raw += ch + escaped;
        this.pos += 2;
        continue;
      }
      value += ch;
      raw += ch;
      this.pos++;
    }
    return this.fail("unterminated string literal (missing closing ')", start);
  }

  parseNumber(): IntrinsicArg {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) return this.fail("malformed number");
    this.pos += match[0].length;
    this.expectArgumentEnd(`the number ${match[0]}`);
    const value = Number(match[0]);
    if (!Number.isFinite(value)) this.fail(`the number ${match[0]} is out of range`);
    return { kind: "literal", value: Object.is(value, -0) ? 0 : value };
  }

  /**
   * A path runs until a top-level ',', ')' or whitespace. Brackets, parentheses and quotes inside
   * them are balanced so `$['a, b']` and `$.items[?(@.x > 1)]` stay one argument; the path text
   * itself is checked by whoever resolves it.
   */
  parsePath(): IntrinsicArg {
    const start = this.pos;
    let brackets = 0;
    let parens = 0;
    let quote: string | null = null;
    while (!this.atEnd()) {
      const ch = this.text[this.pos]!;
      if (quote !== null) {
        if (ch === "\\") {
          this.pos += 2;
          continue;
        }
        if (ch === quote) quote = null;
        this.pos++;
        continue;
      }
      const nested = brackets > 0 || parens > 0;
      if (!nested && (ch === "," || ch === ")" || WHITESPACE.test(ch))) break;
      if (nested && (ch === "'" || ch === '"')) quote = ch;
      else if (ch === "[") brackets++;
      else if (ch === "]") brackets--;
      else if (ch === "(") parens++;
      else if (ch === ")") parens--;
      if (brackets < 0) this.fail("unbalanced ']' in a path argument");
      this.pos++;
    }
    if (quote !== null) this.fail("unterminated quoted name in a path argument", start);
    if (brackets > 0 || parens > 0) this.fail("unbalanced brackets in a path argument", start);
    return { kind: "path", path: this.text.slice(start, this.pos) };
  }
}
