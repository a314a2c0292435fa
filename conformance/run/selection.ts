/**
 * Which cases a run reports, in which order, and which of them it does not play:
 * - `--filter GLOB`: the case id, its area or `<kind>/<area>` matches the glob (`*` any text, `?`
 *   one character; several filters: any may match);
 * - `--tag TAG`: a feature the case declares, its level, area, kind or a capability it needs
 *   (several tags: any may match);
 * - selected cases with `needs` are SKIP ("needs <services>"): only self-contained cases are
 *   required; so are cases that cannot be played through the API (a scripted Task state that is not
 *   an activity); a case needing a capability the target declares unsupported is UNSUPPORTED;
 * - `--seed` shuffles the order deterministically, so ordering bugs surface reproducibly.
 */
import type { CorpusCase } from "./corpus.ts";

export interface SelectionOptions {
  filters: readonly string[];
  tags: readonly string[];
}

export function globToRegExp(glob: string): RegExp {
  const source = [...glob].map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.|+()[\]{}]/g, "\\$&"))).join("");
  return new RegExp(`^${source}$`, "s");
}

export function isSelected(c: CorpusCase, options: SelectionOptions): boolean {
  if (options.filters.length > 0) {
    const names = [c.id, c.area, `${c.kind}/${c.area}`];
    if (!options.filters.some((glob) => names.some((name) => globToRegExp(glob).test(name)))) return false;
  }
  if (options.tags.length > 0) {
    const labels = new Set([...c.features, ...c.capabilities, c.level, c.area, c.kind, `${c.kind}/${c.area}`]);
    if (!options.tags.some((tag) => labels.has(tag))) return false;
  }
  return true;
}

/** Why a selected case is not played (SKIP or UNSUPPORTED), or undefined when it is. */
export function notPlayed(c: CorpusCase, unsupported: ReadonlySet<string>): { status: "SKIP" | "UNSUPPORTED"; reason: string } | undefined {
  if (c.needs.length > 0) return { status: "SKIP", reason: `needs ${c.needs.join(", ")}` };
  if (c.unplayable) return { status: "SKIP", reason: c.unplayable };
  const missing = c.capabilities.filter((capability) => unsupported.has(capability));
  if (missing.length > 0) return { status: "UNSUPPORTED", reason: `needs ${missing.join(", ")} (unsupported by the target)` };
  return undefined;
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed` (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
