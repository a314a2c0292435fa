/**
 * Escaping text for XML (JUnit) and HTML (the matrix site). Characters XML 1.0 cannot carry at all
 * (C0 controls other than tab/newline/carriage return, lone surrogates, U+FFFE/U+FFFF) are shown
 * as their Unicode "control picture" (U+0001 → ␁) or U+FFFD, so the text stays readable and the
 * document stays well-formed.
 */

const UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\uFFFD";
}

/** Replaces characters a markup document cannot carry with a visible stand-in. */
export function representable(text: string): string {
  return text.replace(UNREPRESENTABLE, visible);
}

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "'": "&#39;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;" };

/** Escapes element content (`]]>` comes out as `]]&gt;`). */
export function escapeText(text: string): string {
  return representable(text).replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]!);
}

/** Escapes a double- or single-quoted attribute value, keeping newlines and tabs as character references. */
export function escapeAttribute(text: string): string {
  return representable(text).replace(/[&<>"'\n\r\t]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML, safe both as element content and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return representable(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
