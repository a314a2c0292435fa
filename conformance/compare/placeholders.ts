/**
 * Placeholders: tokens inside expected strings that stand for text that varies between runs
 * (ARNs, account ids, dates, UUIDs...). They come from the recorder that normalised the AWS
 * recordings (`<ArnPart_0idx>`, `111111111111`, `date`, `<uuid:1>`, ...). A case declares the
 * tokens it uses in its `placeholders` list; only declared tokens are treated as placeholders, so
 * an ordinary word such as "date" stays literal in cases that do not declare it.
 *
 * A placeholder occurrence matches either the token itself (the recorder only replaced values of
 * the right shape, so a literal occurrence is possible) or any text of the token's shape.
 * Numbered references (`<uuid:1>`, `<json-input:2>`) and ARN parts (`<ArnPart_0idx>`), and the
 * account/region/partition tokens, are *bound*: every occurrence within one comparison must stand
 * for the same text. A caller may also pin any token in advance by putting its text into the
 * bindings (e.g. the role ARN an API case sent, which the recorder replaced by `snf_role_arn`).
 */

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const ISO_DATE = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?";
const ANY = "[\\s\\S]+?";

/** Shape (regex source) of a placeholder token; unknown tokens match any non-empty text. */
export function placeholderShape(token: string): string {
  if (token === "111111111111") return "\\d{12}";
  if (token === "<region>") return "[a-z]{2}(?:-[a-z]+)+-\\d+";
  if (token === "<partition>") return "aws(?:-[a-z]+)*";
  if (token === "snf_role_arn") return "arn:[^\\s\"']+";
  if (token === "date") return ISO_DATE;
  // A timestamp member of an API answer: AWS JSON 1.0 sends epoch seconds, other protocols ISO-8601 text.
  if (token === "datetime") return `${ISO_DATE}|\\d+(?:\\.\\d+)?`;
  if (/^<uuid:\d+>$/.test(token)) return UUID;
  if (/^<[A-Za-z0-9]*ArnPart\d*_\d+idx>$/.test(token)) return "[^:\\s\"'/]+";
  return ANY;
}

/** Whether the token's shape is the catch-all one (then it also matches non-string values). */
export function isGenericPlaceholder(token: string): boolean {
  return placeholderShape(token) === ANY;
}

/** Whether every occurrence of the token must stand for the same text. */
export function isBoundPlaceholder(token: string): boolean {
  return (
    /^<[^<>]+:\d+>$/.test(token) ||
    /^<[^<>]*idx>$/.test(token) ||
    token === "<region>" ||
    token === "<partition>" ||
    token === "111111111111"
  );
}

/** Values bound so far to bound placeholders, shared across one comparison. */
export type Bindings = Map<string, string>;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Segment {
  literal?: string;
  token?: string;
}

/** Splits `text` into literal runs and placeholder tokens (longest token wins at a position). */
export function splitTemplate(text: string, tokens: readonly string[]): Segment[] {
  const sorted = [...new Set(tokens)].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let literal = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const token of sorted) {
      if (text.startsWith(token, i)) {
        if (literal) segments.push({ literal });
        literal = "";
        segments.push({ token });
        i += token.length;
        continue outer;
      }
    }
    literal += text[i];
    i++;
  }
  if (literal) segments.push({ literal });
  return segments;
}

/** True when `text` contains at least one of the declared tokens. */
export function hasPlaceholder(text: string, tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length > 0 && text.includes(t));
}

/**
 * Matches `actual` against the template `expected`. On success, new bindings are written into
 * `bindings` and true is returned; on failure `bindings` is left untouched.
 */
export function matchTemplate(expected: string, actual: string, tokens: readonly string[], bindings: Bindings): boolean {
  const segments = splitTemplate(expected, tokens);
  const groupOf = new Map<string, number>();
  let group = 0;
  let source = "^";
  for (const segment of segments) {
    if (segment.literal !== undefined) {
      source += escapeRegex(segment.literal);
      continue;
    }
    const token = segment.token!;
    const alternatives = `${escapeRegex(token)}|${placeholderShape(token)}`;
    if (bindings.has(token)) {
      // Bound earlier in the comparison, or pinned by the caller to the text it stands for.
      source += escapeRegex(bindings.get(token)!);
    } else if (!isBoundPlaceholder(token)) {
      source += `(?:${alternatives})`;
    } else if (groupOf.has(token)) {
      source += `\\${groupOf.get(token)}`;
    } else {
      group++;
      groupOf.set(token, group);
      source += `(${alternatives})`;
    }
  }
  source += "$";
  const match = new RegExp(source).exec(actual);
  if (!match) return false;
  for (const [token, index] of groupOf) bindings.set(token, match[index]!);
  return true;
}
