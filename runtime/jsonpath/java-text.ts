import type { Json } from "../core/json.ts";

/**
 * How Java prints the values Jayway puts in its messages and compares in filters. AWS parses
 * JSON with Jackson into java.util maps and lists (its States.Format prints objects as
 * `{k=v, ...}`), so numbers are Integer/Long/Double, objects LinkedHashMap, arrays ArrayList.
 */

const INT_MAX = 2147483647;
const LONG_MAX = 9223372036854775807;

function isJavaIntegral(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) <= LONG_MAX;
}

/** `Object.toString()` of the Java value Jackson would have produced (AbstractMap/List style). */
export function javaToString(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return javaNumberToString(value);
  if (Array.isArray(value)) return "[" + value.map(javaToString).join(", ") + "]";
  return "{" + Object.keys(value).map((k) => k + "=" + javaToString(value[k]!)).join(", ") + "}";
}

/** `getClass().getName()` of that Java value ("null" for null, as Jayway prints it). */
export function javaClassName(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return "java.lang.String";
  if (typeof value === "boolean") return "java.lang.Boolean";
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) <= INT_MAX) return "java.lang.Integer";
    if (isJavaIntegral(value)) return "java.lang.Long";
    return "java.lang.Double";
  }
  if (Array.isArray(value)) return "java.util.ArrayList";
  return "java.util.LinkedHashMap";
}

/** Integer/Long print their digits; Double prints per Double.toString. */
export function javaNumberToString(n: number): string {
  if (isJavaIntegral(n)) return BigInt(n).toString();
  return javaDoubleToString(n);
}

/** java.lang.Double.toString: plain in [1e-3, 1e7), else `d.dddE<exp>`; always a fraction digit. */
export function javaDoubleToString(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const plain = String(n);
    return plain.includes(".") ? plain : plain + ".0";
  }
  const [mantissa, exponent] = n.toExponential().split("e") as [string, string];
  const m = mantissa.includes(".") ? mantissa : mantissa + ".0";
  return m + "E" + String(Number(exponent));
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Whether `new java.math.BigDecimal(text)` accepts the text. */
export function isBigDecimalText(text: string): boolean {
  const m = DECIMAL.exec(text);
  return m !== null && (m[2]!.length > 0 || (m[3] ?? "").length > 0);
}

/** `new BigDecimal(text).toString()`: Jayway's NumberNode text (canonical, maybe `1E+3`). */
export function bigDecimalToString(text: string): string {
  const m = DECIMAL.exec(text);
  if (m === null || !isBigDecimalText(text)) return text;
  const intPart = m[2]!;
  const fracPart = m[3] ?? "";
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  const sign = m[1] === "-" && /[1-9]/.test(digits) ? "-" : "";
  const scale = fracPart.length - exponent;
  const adjusted = -scale + (digits.length - 1);
  if (scale === 0) return sign + digits;
  if (scale > 0 && adjusted >= -6) {
    if (digits.length > scale) return sign + digits.slice(0, digits.length - scale) + "." + digits.slice(digits.length - scale);
    return sign + "0." + "0".repeat(scale - digits.length) + digits;
  }
  const head = digits[0]! + (digits.length > 1 ? "." + digits.slice(1) : "");
  return sign + head + (adjusted !== 0 ? "E" + (adjusted > 0 ? "+" : "") + String(adjusted) : "");
}

/** The BigDecimal text of a JSON number as Jayway's filter sees it (`new BigDecimal(n.toString())`). */
export function numberNodeText(n: number): string {
  return bigDecimalToString(javaNumberToString(n));
}

/**
 * Jayway's Utils.unescape (used on filter string literals): Java-style backslash escapes,
 * `\uXXXX`, unknown escapes keep the character, a trailing backslash stays.
 */
export function javaUnescape(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    if (i === text.length - 1) {
      out += "\\";
      break;
    }
    const next = text[++i]!;
    switch (next) {
      case "r": out += "\r"; break;
      case "f": out += "\f"; break;
      case "t": out += "\t"; break;
      case "n": out += "\n"; break;
      case "b": out += "\b"; break;
      case "u": {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error("Unable to parse unicode value: " + hex);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
        break;
      }
      default: out += next;
    }
  }
  return out;
}
