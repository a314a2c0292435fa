/**
 * The StringMatches wildcard language (spec "Data-test expression", operator 6): `*` matches zero or
 * more characters, `\*` is a literal star, `\\` a literal backslash, nothing else is special. A
 * backslash escapes whatever character follows it; one left open at the end of the pattern is the
 * "open escape" the spec says fails at runtime.
 */

type PatternToken = { star: true } | { star: false; char: string };

export type CompiledPattern = { ok: true; tokens: PatternToken[] } | { ok: false; reason: string };

/** Splits a pattern into literal characters and wildcards (characters are UTF-16 code units). */
export function compileStringMatchesPattern(pattern: string): CompiledPattern {
  const tokens: PatternToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*") {
      // Consecutive stars behave as one; collapsing keeps matching linear.
      if (tokens.at(-1)?.star !== true) tokens.push({ star: true });
    } else if (c === "\\") {
      if (i + 1 >= pattern.length) return { ok: false, reason: "open escape at the end of the pattern" };
      tokens.push({ star: false, char: pattern[++i]! });
    } else {
      tokens.push({ star: false, char: c });
    }
  }
  return { ok: true, tokens };
}

/** Greedy wildcard matching with backtracking to the last star (O(n·m) worst case, no regex). */
export function matchesCompiledPattern(value: string, tokens: readonly PatternToken[]): boolean {
  let v = 0;
  let t = 0;
  let starToken = -1;
  let starValue = 0;
  while (v < value.length) {
    const token = tokens[t];
    if (token !== undefined && !token.star && token.char === value[v]) {
      v++;
      t++;
    } else if (token !== undefined && token.star) {
      starToken = t++;
      starValue = v;
    } else if (starToken >= 0) {
      t = starToken + 1;
      v = ++starValue;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t]!.star) t++;
  return t === tokens.length;
}
