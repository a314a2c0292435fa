/** Renders mismatches as a short, readable diff (first few only; values truncated). */
import type { Mismatch } from "./compare-json.ts";

export interface FormatOptions {
  /** Maximum number of mismatches shown (default 10). */
  max?: number;
  /** Maximum characters per rendered value (default 300). */
  width?: number;
}

function render(value: unknown, width: number): string {
  if (value === undefined) return "(absent)";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function formatMismatches(mismatches: readonly Mismatch[], options: FormatOptions = {}): string {
  if (mismatches.length === 0) return "no differences";
  const max = options.max ?? 10;
  const width = options.width ?? 300;
  const lines: string[] = [];
  for (const m of mismatches.slice(0, max)) {
    lines.push(`at ${m.path}: ${m.message}`);
    lines.push(`  expected: ${render(m.expected, width)}`);
    lines.push(`  actual:   ${render(m.actual, width)}`);
  }
  if (mismatches.length > max) lines.push(`… and ${mismatches.length - max} more difference(s)`);
  return lines.join("\n");
}
