import { CharacterIndex } from "./character-index.ts";
import { JsonPathError } from "./errors.ts";
import {
  RELATIONAL_OPERATORS,
  type FilterExpr,
  type FilterOperand,
  type FilterValue,
  type RelationalOperator,
} from "./filter-ast.ts";
import { bigDecimalToString, isBigDecimalText, javaUnescape } from "./java-text.ts";
import { compilePathText } from "./parse-path.ts";
import { parsePermissiveJson } from "./permissive-json.ts";

/**
 * Jayway's FilterCompiler for `[?(...)]`, with its grammar:
 *   LogicalOR         = LogicalAND { '||' LogicalAND }
 *   LogicalAND        = LogicalANDOperand { '&&' LogicalANDOperand }
 *   LogicalANDOperand = RelationalExpression | '(' LogicalOR ')' | '!' LogicalANDOperand
 *   RelationalExpression = Value [ RelationalOperator Value ]   (a lone path = existence check)
 */
export function compileFilter(criteria: string): FilterExpr {
  try {
    return new FilterCompiler(criteria).compile();
  } catch (e) {
    if (e instanceof JsonPathError) throw e;
    throw new JsonPathError("InvalidPath", `Failed to parse filter: ${criteria}, ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fail(message: string): never {
  throw new JsonPathError("InvalidPath", message);
}

/** Thrown where Jayway's readExpression catches and falls back to an existence check. */
class NotARelation extends Error {}

const OPERATOR_CHARS = "<>=~!";

class FilterCompiler extends CharacterIndex {
  constructor(text: string) {
    super(text);
    this.trim();
    if (this.text[this.pos] !== "[" || this.text[this.end] !== "]") fail(`Filter must start with '[' and end with ']'. ${text}`);
    this.pos++;
    this.end--;
    this.trim();
    if (this.text[this.pos] !== "?") fail(`Filter must start with '[?' and end with ']'. ${text}`);
    this.pos++;
    this.trim();
    if (this.text[this.pos] !== "(" || this.text[this.end] !== ")") fail(`Filter must start with '[?(' and end with ')]'. ${text}`);
  }

  compile(): FilterExpr {
    const result = this.readLogicalOr();
    this.skipBlanks();
    if (this.inBounds(this.pos)) fail(`Expected end of filter expression instead of: ${this.text.slice(this.pos, this.end + 1)}`);
    return result;
  }

  // --- CharacterIndex helpers ---------------------------------------------------------------

  private cur(): string {
    if (!this.inBounds(this.pos)) fail(`Failed to parse filter: ${this.text}, error on position: ${this.pos}`);
    return this.text[this.pos]!;
  }

  private skipBlanks(): this {
    while (this.inBounds(this.pos) && this.pos < this.end && this.text[this.pos] === " ") this.pos++;
    return this;
  }

  private hasSignificantSubSequence(s: string): boolean {
    this.skipBlanks();
    if (!this.inBounds(this.pos + s.length - 1)) return false;
    if (this.text.slice(this.pos, this.pos + s.length) !== s) return false;
    this.pos += s.length;
    return true;
  }

  private readSignificantChar(c: string): void {
    if (this.skipBlanks().cur() !== c) fail(`Expected character: ${c}`);
    this.pos++;
  }

  private previousSignificantChar(from: number): string {
    let i = from - 1;
    while (this.inBounds(i) && this.text[i] === " ") i--;
    return this.inBounds(i) ? this.text[i]! : " ";
  }

  private indexOfMatchingClose(start: number, open: string, close: string): number {
    let opened = 1;
    let i = start + 1;
    while (this.inBounds(i)) {
      const q = this.text[i];
      if (q === "'" || q === '"') {
        i = this.nextIndexOfUnescaped(i, q);
        if (i === -1) fail(`Could not find matching close quote for ${q} when parsing : ${this.text}`);
        i++;
      }
      if (this.text[i] === open) opened++;
      if (this.text[i] === close) {
        opened--;
        if (opened === 0) return i;
      }
      i++;
    }
    return -1;
  }

  // --- grammar --------------------------------------------------------------------------------

  private readLogicalOr(): FilterExpr {
    const operands = [this.readLogicalAnd()];
    for (;;) {
      const save = this.pos;
      if (this.hasSignificantSubSequence("||")) operands.push(this.readLogicalAnd());
      else {
        this.pos = save;
        break;
      }
    }
    return operands.length === 1 ? operands[0]! : { type: "or", operands };
  }

  private readLogicalAnd(): FilterExpr {
    const operands = [this.readLogicalAndOperand()];
    for (;;) {
      const save = this.pos;
      if (this.hasSignificantSubSequence("&&")) operands.push(this.readLogicalAndOperand());
      else {
        this.pos = save;
        break;
      }
    }
    return operands.length === 1 ? operands[0]! : { type: "and", operands };
  }

  private readLogicalAndOperand(): FilterExpr {
    const save = this.skipBlanks().pos;
    if (this.cur() === "!") {
      this.readSignificantChar("!");
      const c = this.skipBlanks().cur();
      if (c === "$" || c === "@") {
        this.pos = save; // `!@.a`: a negated existence check, read as a value below
      } else {
        return { type: "not", operand: this.readLogicalAndOperand() };
      }
    }
    if (this.skipBlanks().cur() === "(") {
      this.readSignificantChar("(");
      const inner = this.readLogicalOr();
      this.readSignificantChar(")");
      return inner;
    }
    return this.readExpression();
  }

  private readExpression(): FilterExpr {
    const left = this.readValue();
    const save = this.pos;
    try {
      const operator = this.readRelationalOperator();
      const right = this.readValue();
      return { type: "relation", left: left.operand, operator, right: right.operand };
    } catch (e) {
      if (!(e instanceof NotARelation) && !(e instanceof JsonPathError)) throw e;
      this.pos = save;
    }
    if (left.operand.type !== "path") fail("Expected path node");
    return { type: "exists", path: left.operand.path, shouldExist: left.shouldExist };
  }

  private readRelationalOperator(): RelationalOperator {
    const begin = this.skipBlanks().pos;
    if (this.inBounds(this.pos) && OPERATOR_CHARS.includes(this.text[this.pos]!)) {
      while (this.inBounds(this.pos) && OPERATOR_CHARS.includes(this.text[this.pos]!)) this.pos++;
    } else {
      while (this.inBounds(this.pos) && this.text[this.pos] !== " ") this.pos++;
    }
    const text = this.text.slice(begin, this.pos).toUpperCase();
    const operator = RELATIONAL_OPERATORS.find((op) => op === text);
    if (operator === undefined) throw new NotARelation(`Filter operator ${text} is not supported!`);
    return operator;
  }

  private readValue(): { operand: FilterOperand; shouldExist: boolean } {
    const c = this.skipBlanks().cur();
    if (c === "$" || c === "@") return this.readPath();
    if (c === "!") {
      this.pos++;
      const next = this.skipBlanks().cur();
      if (next === "$" || next === "@") return this.readPath();
      fail("Unexpected character: !");
    }
    return { operand: { type: "literal", value: this.readLiteral() }, shouldExist: true };
  }

  private readPath(): { operand: FilterOperand; shouldExist: boolean } {
    const previous = this.previousSignificantChar(this.pos);
    const begin = this.pos;
    this.pos++;
    while (this.inBounds(this.pos)) {
      if (this.text[this.pos] === "[") {
        const close = this.nextIndexOf(this.pos, "]");
        if (close === -1) fail(`Square brackets does not match in filter ${this.text}`);
        this.pos = close + 1;
        if (!this.inBounds(this.pos)) break;
      }
      const c = this.text[this.pos]!;
      const closingLogicalBracket = c === ")" && !this.isClosingFunctionBracket(begin);
      if (OPERATOR_CHARS.includes(c) || c === " " || closingLogicalBracket) break;
      this.pos++;
    }
    const path = compilePathText(this.text.slice(begin, this.pos), true);
    return { operand: { type: "path", path }, shouldExist: previous !== "!" };
  }

  /** A ")" right after "(" with a "." before it since the path began: `@.length()`. */
  private isClosingFunctionBracket(lowerBound: number): boolean {
    let i = this.pos - 1;
    while (this.inBounds(i) && this.text[i] === " ") i--;
    if (!this.inBounds(i) || this.text[i] !== "(") return false;
    for (i--; this.inBounds(i) && i > lowerBound; i--) if (this.text[i] === ".") return true;
    return false;
  }

  private readLiteral(): FilterValue {
    const c = this.skipBlanks().cur();
    switch (c) {
      case "'":
      case '"':
        return this.readStringLiteral(c);
      case "t":
      case "f":
        return this.readBooleanLiteral();
      case "n":
        return this.readNullLiteral();
      case "{":
        return this.readJsonLiteral("{", "}");
      case "[":
        return this.readJsonLiteral("[", "]");
      case "/":
        return this.readPattern();
      default:
        return this.readNumberLiteral();
    }
  }

  private readStringLiteral(quote: string): FilterValue {
    const close = this.nextIndexOfUnescaped(this.pos, quote);
    if (close === -1) fail(`String literal does not have matching quotes. Expected ${quote} in ${this.text}`);
    const raw = this.text.slice(this.pos + 1, close);
    this.pos = close + 1;
    return { type: "string", value: javaUnescape(raw) };
  }

  private readBooleanLiteral(): FilterValue {
    const length = this.cur() === "t" ? 4 : 5;
    if (!this.inBounds(this.pos + length - 1)) fail("Expected boolean literal");
    const word = this.text.slice(this.pos, this.pos + length);
    if (word !== "true" && word !== "false") fail("Expected boolean literal");
    this.pos += length;
    return { type: "boolean", value: word === "true" };
  }

  private readNullLiteral(): FilterValue {
    if (this.text.slice(this.pos, this.pos + 4) !== "null" || !this.inBounds(this.pos + 3)) fail("Expected <null> value");
    this.pos += 4;
    return { type: "null" };
  }

  private readJsonLiteral(open: string, close: string): FilterValue {
    const closing = this.indexOfMatchingClose(this.pos, open, close);
    if (closing === -1) fail(`String not closed. Expected ' in ${this.text}`);
    const json = parsePermissiveJson(this.text.slice(this.pos, closing + 1));
    this.pos = closing + 1;
    return { type: "json", value: json };
  }

  private readNumberLiteral(): FilterValue {
    const begin = this.pos;
    while (this.inBounds(this.pos) && /[0-9.eE-]/.test(this.text[this.pos]!)) this.pos++;
    const text = this.text.slice(begin, this.pos);
    if (!isBigDecimalText(text)) fail(`Failed to parse filter: ${this.text}, error on position: ${begin}, char: ${this.text[begin] ?? ""}`);
    return { type: "number", value: Number(text), text: bigDecimalToString(text) };
  }

  /** `/regex/flags`; like Jayway, the flags run up to the next "=" or ")" after the regex. */
  private readPattern(): FilterValue {
    const begin = this.pos;
    let close = this.nextIndexOfUnescaped(this.pos, "/");
    if (close === -1) fail(`Pattern not closed. Expected / in ${this.text}`);
    if (this.inBounds(close + 1)) {
      const equals = this.nextIndexOf(this.pos, "=");
      const endIndex = equals > close ? equals : this.nextIndexOf(this.pos, ")");
      if (endIndex < close + 1) fail(`Failed to parse filter: ${this.text}, error on position: ${close + 1}`);
      close += endIndex - (close + 1);
    }
    this.pos = close + 1;
    const literal = this.text.slice(begin, this.pos);
    const last = literal.lastIndexOf("/");
    const source = literal.slice(1, last);
    let flags = "";
    for (const f of literal.slice(last + 1)) if ((f === "i" || f === "m" || f === "s") && !flags.includes(f)) flags += f;
    let regex: RegExp;
    try {
      regex = new RegExp(`^(?:${source})$`, flags);
    } catch {
      fail(`Failed to parse filter: ${this.text}, invalid regular expression ${source}`);
    }
    return { type: "pattern", regex, source: literal };
  }
}
