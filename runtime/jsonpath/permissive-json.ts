import type { Json, JsonObject } from "../core/json.ts";

/**
 * Parses the JSON literals of Jayway filters (`@.a in ['x','y']`), which Jayway reads with
 * json-smart in permissive mode: single- or double-quoted strings, unquoted words as strings,
 * numbers, true/false/null, arrays and objects. Throws on anything it cannot read.
 */
export function parsePermissiveJson(text: string): Json {
  const parser = new PermissiveParser(text);
  const value = parser.value();
  parser.skipSpace();
  if (!parser.atEnd()) throw new Error("Unexpected trailing text in JSON literal");
  return value;
}

const WORD_END = /[\s,:\]}[{]/;

class PermissiveParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  value(): Json {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === undefined) throw new Error("Unexpected end of JSON literal");
    if (c === "[") return this.array();
    if (c === "{") return this.object();
    if (c === "'" || c === '"') return this.quoted(c);
    return this.word();
  }

  private array(): Json[] {
    this.pos++;
    const items: Json[] = [];
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === "]") return items;
      if (c !== ",") throw new Error("Expected ',' or ']' in JSON literal");
    }
  }

  private object(): JsonObject {
    this.pos++;
    const out: JsonObject = {};
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      const key = c === "'" || c === '"' ? this.quoted(c) : String(this.word());
      this.skipSpace();
      if (this.text[this.pos++] !== ":") throw new Error("Expected ':' in JSON literal");
      Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === "}") return out;
      if (next !== ",") throw new Error("Expected ',' or '}' in JSON literal");
    }
  }

  private quoted(quote: string): string {
    this.pos++;
    let out = "";
    while (!this.atEnd()) {
      const c = this.text[this.pos++]!;
      if (c === quote) return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.text[this.pos++];
      if (e === undefined) break;
      if (e === "u") {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error("Bad unicode escape in JSON literal");
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else {
        out += ({ n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" } as Record<string, string>)[e] ?? e;
      }
    }
    throw new Error("Unterminated string in JSON literal");
  }

  private word(): Json {
    const start = this.pos;
    while (!this.atEnd() && !WORD_END.test(this.text[this.pos]!)) this.pos++;
    const word = this.text.slice(start, this.pos);
    if (word === "") throw new Error("Unexpected character in JSON literal");
    if (word === "true") return true;
    if (word === "false") return false;
    if (word === "null") return null;
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) return Number(word);
    return word;
  }
}
