/**
 * Payloads as the recordings hold them. On the wire a history payload (an output, a cause) is JSON
 * text; the recorder kept some as text and parsed others into JSON values. These helpers turn a
 * recorded payload back into what the service answered: the value (for a mocked result) or the
 * exact text (for an error cause, which flows verbatim into state outputs through Catch).
 */
type Json = unknown;

/** The value a recorded payload stands for: JSON text is parsed; other text is the value itself. */
export function payloadValue(recorded: Json): Json {
  if (typeof recorded !== "string") return recorded;
  try {
    return JSON.parse(recorded) as Json;
  } catch {
    return recorded;
  }
}

/**
 * The text of a recorded cause. A cause the recorder parsed (an object or array) is re-serialised
 * the way AWS wrote it when the recording shows that text somewhere (a Catch puts the cause text
 * into the state output verbatim, e.g. `{"errorMessage": "...", ...}` with Python's separators, or
 * compact); otherwise as compact JSON.
 */
export function causeText(recorded: Json, recording: Json): string {
  if (typeof recorded === "string") return recorded;
  const wanted = JSON.stringify(recorded);
  for (const text of jsonTexts(recording)) {
    try {
      if (sameJson(JSON.parse(text), recorded)) return text;
    } catch {
      // not JSON text
    }
  }
  return wanted;
}

/** Strings inside `value` that may be JSON object or array text. */
function* jsonTexts(value: Json): Generator<string> {
  if (typeof value === "string") {
    const first = value.trimStart()[0];
    if (first === "{" || first === "[") yield value;
  } else if (Array.isArray(value)) {
    for (const item of value) yield* jsonTexts(item);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) yield* jsonTexts(item);
  }
}

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b as object, k) && sameJson((a as Record<string, Json>)[k], (b as Record<string, Json>)[k]));
}
