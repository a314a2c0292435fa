import { buildCompiledPath, type CompiledPath, type PathToken } from "./ast.ts";
import { CharacterIndex } from "./character-index.ts";
import { JsonPathError } from "./errors.ts";
import { compileFilter } from "./parse-filter.ts";

/**
 * Jayway's PathCompiler, reproduced character by character so that exactly the paths Jayway
 * accepts compile, with its messages for the ones it rejects. Two deliberate points:
 * - bracket properties are taken verbatim, without unescaping: AWS resolved
 *   `$['Test\""Name"']` against the key `Test\""Name"` (recorded, test_escape_sequence_parsing);
 * - paths never get Jayway's implicit `$.` prefix: a Path in ASL always starts with `$`
 *   (filter sub-paths start with `@` or `$`).
 */
export function compilePathText(text: string, allowCurrentRoot = false): CompiledPath {
  try {
    return new PathCompiler(text, allowCurrentRoot).compile();
  } catch (e) {
    if (e instanceof JsonPathError) throw e;
    throw new JsonPathError("InvalidPath", e instanceof Error ? e.message : String(e));
  }
}

function fail(message: string): never {
  throw new JsonPathError("InvalidPath", message);
}

class PathCompiler extends CharacterIndex {
  private readonly tokens: PathToken[] = [];

  constructor(
    text: string,
    private readonly allowCurrentRoot: boolean,
  ) {
    super(text);
    this.trim();
  }

  compile(): CompiledPath {
    if (this.text.length === 0) fail("Path may not be null empty");
    const first = this.text[this.pos];
    if (first !== "$" && !(this.allowCurrentRoot && first === "@")) fail("Path must start with '$' or '@'");
    if (this.text[this.end] === ".") fail("Path must not end with a '.' or '..'");
    const rootChar = first as "$" | "@";
    if (this.pos < this.end) {
      this.pos++;
      const c = this.cur();
      if (c !== "." && c !== "[") fail(`Illegal character at position ${this.pos} expected '.' or '['`);
      this.readNextToken();
    }
    return buildCompiledPath(this.text, rootChar, this.tokens);
  }

  // --- CharacterIndex helpers ---------------------------------------------------------------

  private charAt(i: number): string {
    if (!this.inBounds(i)) fail(`String index out of range: ${i}`);
    return this.text[i]!;
  }

  private cur(): string {
    return this.charAt(this.pos);
  }

  private currentIsTail(): boolean {
    return this.pos >= this.end;
  }

  private nextSignificantChar(from = this.pos): string {
    let i = from + 1;
    while (this.inBounds(i) && this.text[i] === " ") i++;
    return this.inBounds(i) ? this.text[i]! : " ";
  }

  private indexOfNextSignificantChar(from: number, c: string): number {
    let i = from + 1;
    while (this.inBounds(i) && this.text[i] === " ") i++;
    return this.charAt(i) === c ? i : -1;
  }

  /** CharacterIndex.indexOfMatchingCloseChar for `(`...`)`, skipping quoted strings and /regex/. */
  private indexOfClosingParenthesis(start: number): number {
    let opened = 1;
    let i = start + 1;
    while (this.inBounds(i)) {
      const q = this.text[i];
      if (q === "'" || q === '"') {
        i = this.nextIndexOfUnescaped(i, q);
        if (i === -1) fail(`Could not find matching close quote for ${q} when parsing : ${this.text}`);
        i++;
      }
      if (this.text[i] === "/") {
        i = this.nextIndexOfUnescaped(i, "/");
        if (i === -1) fail(`Could not find matching close for / when parsing regex in : ${this.text}`);
        i++;
      }
      if (this.text[i] === "(") opened++;
      if (this.text[i] === ")") {
        opened--;
        if (opened === 0) return i;
      }
      i++;
    }
    return -1;
  }

  // --- token readers (same order and conditions as Jayway) ----------------------------------

  private readNextToken(): void {
    const c = this.cur();
    if (c === "[") {
      if (!this.readBracketPropertyToken() && !this.readArrayToken() && !this.readWildCardToken() && !this.readFilterToken()) {
        fail(`Could not parse token starting at position ${this.pos}. Expected ?, ', 0-9, * `);
      }
    } else if (c === ".") {
      this.readDotToken();
    } else if (c === "*") {
      if (!this.readWildCardToken()) fail(`Could not parse token starting at position ${this.pos}`);
    } else if (!this.readPropertyOrFunctionToken()) {
      fail(`Could not parse token starting at position ${this.pos}`);
    }
  }

  private continueAfterToken(): void {
    if (!this.currentIsTail()) this.readNextToken();
  }

  private readDotToken(): void {
    if (this.cur() === "." && this.inBounds(this.pos + 1) && this.text[this.pos + 1] === ".") {
      this.tokens.push({ type: "scan" });
      this.pos += 2;
    } else if (!this.inBounds(this.pos + 1)) {
      fail("Path must not end with a '.");
    } else {
      this.pos += 1;
    }
    if (this.cur() === ".") fail(`Character '.' on position ${this.pos} is not valid.`);
    this.readNextToken();
  }

  private readPropertyOrFunctionToken(): boolean {
    const c0 = this.cur();
    if (c0 === "[" || c0 === "*" || c0 === "." || c0 === " ") return false;
    const start = this.pos;
    let read = start;
    let endPosition = -1;
    let isFunction = false;
    while (this.inBounds(read)) {
      const c = this.text[read]!;
      if (c === " ") fail(`Use bracket notion ['my prop'] if your property contains blank characters. position: ${this.pos}`);
      if (c === "." || c === "[") {
        endPosition = read;
        break;
      }
      if (c === "(") {
        isFunction = true;
        endPosition = read;
        break;
      }
      read++;
    }
    if (endPosition === -1) endPosition = this.end + 1;
    const name = this.text.slice(start, endPosition);
    if (!isFunction) {
      this.pos = endPosition;
      this.tokens.push({ type: "property", names: [name], delimiter: "'" });
      this.continueAfterToken();
      return true;
    }
    let depth = 1;
    let close = read + 1;
    for (; close <= this.end; close++) {
      if (this.text[close] === ")") depth--;
      else if (this.text[close] === "(") depth++;
      if (depth === 0) break;
    }
    if (depth !== 0) fail(`Arguments to function: '${name}' are not closed properly.`);
    let args: string | null = null;
    if (this.text[read + 1] !== ")") {
      // Jayway parses the arguments and continues after the closing parenthesis.
      args = this.text.slice(read + 1, close);
      this.pos = close + 1;
    } else {
      // No arguments: Jayway stops *on* the ")" and reads on from there.
      this.pos = read + 1;
    }
    this.tokens.push({ type: "function", name, args });
    if (this.pos <= this.end) this.continueAfterToken();
    return true;
  }

  private readWildCardToken(): boolean {
    const inBracket = this.cur() === "[";
    if (inBracket && this.nextSignificantChar() !== "*") return false;
    if (this.cur() !== "*" && !this.inBounds(this.pos + 1)) return false;
    if (inBracket) {
      const star = this.indexOfNextSignificantChar(this.pos, "*");
      if (this.nextSignificantChar(star) !== "]") fail(`Expected wildcard token to end with ']' on position ${star + 1}`);
      this.pos = this.indexOfNextSignificantChar(star, "]") + 1;
    } else {
      this.pos += 1;
    }
    this.tokens.push({ type: "wildcard" });
    this.continueAfterToken();
    return true;
  }

  private readBracketPropertyToken(): boolean {
    if (this.cur() !== "[") return false;
    const quote = this.nextSignificantChar();
    if (quote !== "'" && quote !== '"') return false;
    const names: string[] = [];
    let start = this.pos + 1;
    let read = start;
    let endPosition = 0;
    let inProperty = false;
    let inEscape = false;
    let lastSignificantWasComma = false;
    while (this.inBounds(read)) {
      const c = this.text[read]!;
      if (inEscape) {
        inEscape = false;
      } else if (c === "\\") {
        inEscape = true;
      } else if (c === "]" && !inProperty) {
        if (lastSignificantWasComma) fail(`Found empty property at index ${read}`);
        break;
      } else if (c === quote) {
        if (inProperty) {
          const next = this.nextSignificantChar(read);
          if (next !== "]" && next !== ",") {
            fail(`Property must be separated by comma or Property must be terminated close square bracket at index ${read}`);
          }
          endPosition = read;
          names.push(this.text.slice(start, endPosition));
          inProperty = false;
        } else {
          start = read + 1;
          inProperty = true;
          lastSignificantWasComma = false;
        }
      } else if (c === "," && !inProperty) {
        if (lastSignificantWasComma) fail(`Found empty property at index ${read}`);
        lastSignificantWasComma = true;
      }
      read++;
    }
    if (inProperty) fail(`Property has not been closed - missing closing ${quote}`);
    const closeBracket = this.inBounds(endPosition + 1) ? this.indexOfNextSignificantChar(endPosition, "]") : -1;
    if (closeBracket === -1) fail("Property has not been closed - missing closing ]");
    this.pos = closeBracket + 1;
    this.tokens.push({ type: "property", names, delimiter: quote });
    this.continueAfterToken();
    return true;
  }

  private readArrayToken(): boolean {
    if (this.cur() !== "[") return false;
    const next = this.nextSignificantChar();
    if (!/[0-9]/.test(next) && next !== "-" && next !== ":") return false;
    const begin = this.pos + 1;
    const close = this.nextIndexOf(begin, "]");
    if (close === -1) return false;
    const expression = this.text.slice(begin, close).trim();
    if (expression === "*") return false;
    if (!/^[0-9,\-: ]*$/.test(expression)) return false;
    this.tokens.push(expression.includes(":") ? parseSlice(expression) : parseIndexes(expression));
    this.pos = close + 1;
    this.continueAfterToken();
    return true;
  }

  private readFilterToken(): boolean {
    if (this.cur() !== "[") return false;
    const question = this.indexOfNextSignificantChar(this.pos, "?");
    if (question === -1) return false;
    const open = this.indexOfNextSignificantChar(question, "(");
    if (open === -1) return false;
    const close = this.indexOfClosingParenthesis(open);
    if (close === -1) return false;
    if (this.nextSignificantChar(close) !== "]") return false;
    const closeStatement = this.indexOfNextSignificantChar(close, "]");
    const criteria = this.text.slice(this.pos, closeStatement + 1);
    this.tokens.push({ type: "filter", expr: compileFilter(criteria) });
    this.pos = closeStatement + 1;
    this.continueAfterToken();
    return true;
  }
}

/** Java Integer.parseInt, as Jayway uses it for indexes and slice bounds. */
function parseJavaInt(token: string, what: string): number {
  if (!/^[+-]?\d+$/.test(token)) fail(`${what}: ${token}`);
  const n = Number(token);
  if (n > 2147483647 || n < -2147483648) fail(`${what}: ${token}`);
  return n;
}

/** ArraySliceOperation.parse: `from:to` (a third part is ignored), no spaces. */
function parseSlice(expression: string): PathToken {
  if (!/^[0-9\-:]*$/.test(expression)) fail(`Failed to parse SliceOperation: ${expression}`);
  // Java String.split drops trailing empty strings.
  const parts = expression.split(":");
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  const read = (i: number): number | null =>
    parts.length > i && parts[i] !== "" ? parseJavaInt(parts[i]!, "Failed to parse SliceOperation") : null;
  const from = read(0);
  const to = read(1);
  if (from === null && to === null) fail(`Failed to parse SliceOperation: ${expression}`);
  return { type: "slice", from, to };
}

/** ArrayIndexOperation.parse: comma-separated integers, spaces around commas allowed. */
function parseIndexes(expression: string): PathToken {
  const tokens = expression.split(/\s*,\s*/);
  return { type: "index", indexes: tokens.map((t) => parseJavaInt(t, "Failed to parse token in ArrayIndexOperation")) };
}
