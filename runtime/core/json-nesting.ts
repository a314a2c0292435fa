import type { Json } from "./json.ts";

/**
 * How deeply arrays and objects may nest in a definition or a payload. Not recorded from AWS: AWS
 * parses JSON with Jackson, whose StreamReadConstraints (since 2.15) refuse documents nested more
 * than 1000 levels deep by default, so this runtime takes the same bound. It keeps every
 * recursive walk of a definition or payload (template compilation, Choice rules, validation,
 * payload processing, history serialisation) far from the JavaScript stack's limit.
 */
export const MAX_JSON_NESTING_DEPTH = 1000;

/** Jackson's wording for a document nested too deeply (`depth` is the first depth over the limit). */
export function nestingDepthMessage(depth: number): string {
  return `Document nesting depth (${depth}) exceeds the maximum allowed (${MAX_JSON_NESTING_DEPTH})`;
}

/**
 * Where a value first nests deeper than allowed: its depth, and its location the way AWS writes
 * definition locations (`/States/A/Parameters/x[0][0]`: members as `/name`, items as `[index]`).
 */
export interface TooDeep {
  depth: number;
  location: string;
}

interface Visit {
  value: Json;
  depth: number;
  parent: Visit | undefined;
  /** `/name` or `[index]`: how this value is reached from its parent. */
  step: string;
}

/**
 * The first array or object (depth-first) nested deeper than `maxDepth` levels, the outermost
 * array or object being level 1; undefined when there is none. Iterative: any depth is safe.
 */
export function findTooDeep(value: Json, maxDepth = MAX_JSON_NESTING_DEPTH): TooDeep | undefined {
  const pending: Visit[] = [{ value, depth: 1, parent: undefined, step: "" }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    if (visit.value === null || typeof visit.value !== "object") continue;
    if (visit.depth > maxDepth) return { depth: visit.depth, location: locationOf(visit) };
    const children: Array<[string, Json]> = Array.isArray(visit.value) ? visit.value.map((item, i) => [`[${i}]`, item]) : Object.entries(visit.value).map(([key, item]) => [`/${key}`, item]);
    for (let i = children.length - 1; i >= 0; i--) {
      const [step, child] = children[i]!;
      if (child !== null && typeof child === "object") pending.push({ value: child, depth: visit.depth + 1, parent: visit, step });
    }
  }
  return undefined;
}

function locationOf(visit: Visit): string {
  const steps: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) steps.push(at.step);
  const location = steps.reverse().join("");
  return location.startsWith("/") ? location : `/${location}`;
}

/**
 * The offset in JSON `text` of the first `[` or `{` that opens a level deeper than `maxDepth`, or
 * undefined. A scan of brackets outside strings: it does not check the syntax.
 */
export function tooDeepOffset(text: string, maxDepth = MAX_JSON_NESTING_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return undefined;
}

/**
 * JSON.stringify's text for a value of any depth: the native serialiser overflows the stack on
 * values nested a few thousand levels deep (a RangeError), and this then writes the text with an
 * explicit stack instead. For writing down payloads that are refused afterwards (history events).
 */
export function jsonTextOfAnyDepth(value: Json): string {
  try {
    return JSON.stringify(value);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const parts: string[] = [];
  // Either a value to write or a literal piece of text (brackets, commas, keys).
  const pending: Array<{ value: Json } | { text: string }> = [{ value }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if ("text" in next) {
      parts.push(next.text);
      continue;
    }
    const current = next.value;
    if (current === null || typeof current !== "object") {
      parts.push(JSON.stringify(current) ?? "null");
      continue;
    }
    const items: Array<{ value: Json } | { text: string }> = [];
    if (Array.isArray(current)) {
      items.push({ text: "[" });
      current.forEach((item, i) => items.push(...(i > 0 ? [{ text: "," }] : []), { value: item }));
      items.push({ text: "]" });
    } else {
      items.push({ text: "{" });
      Object.entries(current).forEach(([key, item], i) => items.push({ text: `${i > 0 ? "," : ""}${JSON.stringify(key)}:` }, { value: item }));
      items.push({ text: "}" });
    }
    for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]!);
  }
  return parts.join("");
}
