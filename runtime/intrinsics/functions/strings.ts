/** States.StringSplit and States.UUID. */
import type { Json } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";

/**
 * Splits on every character of the second argument and drops empty pieces, like Java's
 * StringTokenizer [REC test_string_split: "This.is+a,test=string" on ".+,=" → 5 words;
 * ",,,," on "," → []; ", , ," on "," → [" ", " "]]. Characters are compared by code point.
 */
export function stringSplit({ args }: IntrinsicInvocation): Json {
  const text = args.string(0);
  const delimiters = new Set(args.string(1));
  const tokens: string[] = [];
  let current = "";
  for (const ch of text) {
    if (delimiters.has(ch)) {
      if (current !== "") tokens.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}

export function uuid({ env }: IntrinsicInvocation): Json {
  return env.uuid();
}
