import type { StoredValue } from "../../storage/durable-store.ts";

/**
 * Records as stored values and back: plain JSON, except that Dates and Maps are tagged
 * (`{"$date": ISO}`, `{"$map": [[key, value], ...]}`) so they come back as what they were.
 * Members whose value is undefined are left out; functions and other objects are not expected.
 */
export function toStored(value: unknown): StoredValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (value instanceof Map) return { $map: [...value].map(([key, item]) => [toStored(key), toStored(item)]) };
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : toStored(item)));
  if (typeof value === "object") {
    const out: Record<string, StoredValue> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item !== undefined && typeof item !== "function") out[key] = toStored(item);
    }
    return out;
  }
  return null;
}

export function fromStored(value: StoredValue | undefined): unknown {
  if (value === null || value === undefined || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(fromStored);
  const keys = Object.keys(value);
  if (keys.length === 1 && typeof value["$date"] === "string") return new Date(value["$date"]);
  if (keys.length === 1 && Array.isArray(value["$map"])) {
    return new Map((value["$map"] as StoredValue[]).map((pair) => [fromStored((pair as StoredValue[])[0]), fromStored((pair as StoredValue[])[1])]));
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = fromStored(item);
  return out;
}

/** A copy of `record` without the named members (live objects a record is rebuilt with). */
export function without<T extends object>(record: T, ...names: Array<keyof T>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const name of names) delete copy[name as string];
  return copy;
}
