/**
 * A tagged template for HTML that escapes every interpolated value unless it is already markup
 * (an `Html` made by `html`...`` or `rawHtml`). Arrays are concatenated; null, undefined and false
 * render nothing.
 */
import { escapeHtml } from "./markup-escape.ts";

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Trusted markup (only for text this library produced itself, e.g. the stylesheet). */
export function rawHtml(text: string): Html {
  return new Html(text);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}
