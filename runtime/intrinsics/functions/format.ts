/**
 * States.Format(template, arg...): replaces each `{}` in the template with the next argument.
 * Values print the way AWS (a Java implementation) prints them [REC test_format_1/2,
 * test_context_json_path]: strings without quotes, `null`, numbers as written, and objects /
 * arrays in Java collection style — `{Arg1=1, Arg2=[]}`, `[1, 2]` — not as JSON.
 */
import type { Json } from "../../core/json.ts";
import type { IntrinsicArg } from "../parse.ts";
import type { IntrinsicInvocation } from "../environment.ts";

type Segment = { text: string } | { placeholder: true };

export function format({ call, args }: IntrinsicInvocation): Json {
  const template = args.string(0);
  const segments = templateSegments(call.args[0], template);
  const placeholders = segments.filter((s) => "placeholder" in s).length;
  const values = args.values.slice(1);
  if (placeholders !== values.length) {
    args.fail(
      `the format string has ${placeholders} placeholder${placeholders === 1 ? "" : "s"} '{}' ` +
        `but ${values.length} value${values.length === 1 ? " was" : "s were"} given to fill ${placeholders === 1 ? "it" : "them"}`,
    );
  }
  let next = 0;
  return segments.map((s) => ("placeholder" in s ? renderFormatValue(values[next++]!) : s.text)).join("");
}

/**
 * Splits the template into text and `{}` placeholders. A template written as a string literal is
 * split on its source text, so escaped braces (`\{\}`) stay literal braces; a template taken from
 * a path has no escapes, so every `{}` in it is a placeholder.
 */
function templateSegments(arg: IntrinsicArg | undefined, template: string): Segment[] {
  const fromLiteral = arg?.kind === "literal" && arg.raw !== undefined;
  const source = fromLiteral ? arg.raw! : template;
  const segments: Segment[] = [];
  let text = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (fromLiteral && ch === "\\" && i + 1 < source.length) {
      text += source[++i];
    } else if (ch === "{" && source[i + 1] === "}") {
      segments.push({ text }, { placeholder: true });
      text = "";
      i++;
    } else {
      text += ch;
    }
  }
  segments.push({ text });
  return segments;
}

/** Java `String.valueOf` of the Jackson/collection value: see the module comment. */
export function renderFormatValue(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value + 0);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(renderFormatValue).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${k}=${renderFormatValue(v)}`).join(", ")}}`;
}
