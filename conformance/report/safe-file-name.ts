/**
 * File names for case and feature pages. Case ids hold `/`, `:`, `[`, `]`, `#`, spaces...; a page
 * name is a readable lower-case slug of the id plus a short hash of the exact id, so it is stable
 * across runs, portable (no characters any file system or URL treats specially) and unique even
 * on case-insensitive file systems.
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;
const MAX_SLUG_LENGTH = 60;

/** FNV-1a (64 bit) over the UTF-8 bytes of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}

/** `spec::pass::Result [#2]` → `spec-pass-result-2-<12 hex>` (no extension). */
export function safeFileName(id: string): string {
  const slug = id
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/[-.]+$/g, "");
  return `${slug || "item"}-${fnv1a64(id).slice(0, 12)}`;
}

/**
 * A namer that hands out `baseName(id)` (default `safeFileName`) and guarantees distinct ids never share a name within
 * one site (a hash collision gets a numeric suffix). The same id always gets the same name.
 */
export function createFileNamer(baseName: (id: string) => string = safeFileName): (id: string) => string {
  const byId = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    const known = byId.get(id);
    if (known !== undefined) return known;
    const base = baseName(id);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    byId.set(id, name);
    taken.add(name);
    return name;
  };
}
