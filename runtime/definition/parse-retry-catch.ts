import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { isValidReferencePath } from "../jsonpath/index.ts";
import { FieldReader } from "./field-reader.ts";
import { compileTemplate } from "./payload-template.ts";
import type { ProblemCollector } from "./problems.ts";
import type { Catcher, QueryLanguage, Retrier } from "./types.ts";

/** Limits from the spec's "Retrying after error" section and the ASL schema. */
const MAX_INTERVAL_SECONDS = 99_999_999;
const MAX_ATTEMPTS = 99_999_999;
const MAX_DELAY_SECONDS = 31_622_400;

export function parseRetriers(raw: Json | undefined, location: string, problems: ProblemCollector): Retrier[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.schema("The value for the field 'Retry' must be an ARRAY", location);
    return [];
  }
  const retriers: Retrier[] = [];
  raw.forEach((item, index) => {
    const at = `${location}[${index}]`;
    if (!isJsonObject(item)) {
      problems.schema("A Retrier must be an OBJECT", at);
      return;
    }
    const r = new FieldReader(item, at, problems);
    r.require("ErrorEquals");
    const errorEquals = r.stringArray("ErrorEquals", { nonEmpty: true }) ?? [];
    r.string("Comment");
    const intervalSeconds = r.integer("IntervalSeconds", 1, MAX_INTERVAL_SECONDS) ?? 1;
    const maxAttempts = r.integer("MaxAttempts", 0, MAX_ATTEMPTS) ?? 3;
    const backoffRate = r.number("BackoffRate", 1.0) ?? 2.0;
    const maxDelaySeconds = r.integer("MaxDelaySeconds", 1, MAX_DELAY_SECONDS);
    const jitter = r.string("JitterStrategy");
    if (jitter !== undefined && jitter !== "FULL" && jitter !== "NONE") {
      problems.schema("The field 'JitterStrategy' should have one of these values: [FULL, NONE]", r.at("JitterStrategy"));
    }
    r.rejectUnknown(unsupported);
    const retrier: Retrier = { errorEquals, intervalSeconds, maxAttempts, backoffRate, jitterStrategy: jitter === "FULL" ? "FULL" : "NONE" };
    if (maxDelaySeconds !== undefined) retrier.maxDelaySeconds = maxDelaySeconds;
    retriers.push(retrier);
  });
  checkStatesAllLast(retriers.map((r) => r.errorEquals), location, problems);
  return retriers;
}

export function parseCatchers(
  raw: Json | undefined,
  location: string,
  queryLanguage: QueryLanguage,
  problems: ProblemCollector,
): Catcher[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.schema("The value for the field 'Catch' must be an ARRAY", location);
    return [];
  }
  const catchers: Catcher[] = [];
  raw.forEach((item, index) => {
    const at = `${location}[${index}]`;
    if (!isJsonObject(item)) {
      problems.schema("A Catcher must be an OBJECT", at);
      return;
    }
    const r = new FieldReader(item, at, problems);
    r.require("ErrorEquals", "Next");
    const errorEquals = r.stringArray("ErrorEquals", { nonEmpty: true }) ?? [];
    const next = r.string("Next") ?? "";
    r.string("Comment");
    const catcher: Catcher = { errorEquals, next, resultPath: "$" };
    if (queryLanguage === "JSONPath") {
      const resultPath = r.stringOrNull("ResultPath");
      if (typeof resultPath === "string" && !isValidReferencePath(resultPath)) {
        problems.schema("The value for the field 'ResultPath' must be a valid JSONPath", r.at("ResultPath"));
      }
      if (resultPath !== undefined) catcher.resultPath = resultPath;
    } else {
      const output = r.any("Output");
      if (output !== undefined) catcher.output = compileTemplate(output, "JSONata", r.at("Output"), problems);
    }
    const assign = r.any("Assign");
    if (assign !== undefined) catcher.assign = compileTemplate(assign, queryLanguage, r.at("Assign"), problems);
    r.rejectUnknown(unsupported);
    catchers.push(catcher);
  });
  checkStatesAllLast(catchers.map((c) => c.errorEquals), location, problems);
  return catchers;
}

/** Spec: "States.ALL ... MUST appear alone in its ErrorEquals array and MUST appear in the last Retrier/Catcher". */
function checkStatesAllLast(lists: string[][], location: string, problems: ProblemCollector): void {
  lists.forEach((errors, index) => {
    if (!errors.includes("States.ALL")) return;
    if (errors.length > 1) {
      problems.schema("States.ALL must appear alone in the ErrorEquals array", `${location}[${index}]/ErrorEquals`);
    }
    if (index !== lists.length - 1) {
      problems.schema("States.ALL must appear in the last element of the array", `${location}[${index}]/ErrorEquals`);
    }
  });
}

export function unsupported(name: string): string {
  return `Field '${name}' is not supported`;
}
