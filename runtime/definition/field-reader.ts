import type { Json, JsonObject } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import type { ProblemCollector } from "./problems.ts";

/**
 * Reads the fields of one definition object (a state, a retrier, the top level) with type checks,
 * recording a problem (with location) for each wrong field instead of stopping at the first, and
 * remembering which fields were read so the rest can be reported as unsupported.
 */
export class FieldReader {
  private readonly read = new Set<string>();

  constructor(
    readonly raw: JsonObject,
    readonly location: string,
    readonly problems: ProblemCollector,
  ) {}

  has(name: string): boolean {
    return Object.hasOwn(this.raw, name);
  }

  /** Marks a field as known without reading it (e.g. handled elsewhere). */
  accept(...names: string[]): void {
    for (const name of names) this.read.add(name);
  }

  any(name: string): Json | undefined {
    this.read.add(name);
    return this.has(name) ? this.raw[name] : undefined;
  }

  string(name: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (typeof value !== "string") {
      this.problems.schema(`The value for the field '${name}' must be a STRING`, this.at(name));
      return undefined;
    }
    if (options.nonEmpty && value.length === 0) {
      this.problems.schema(`The value for the field '${name}' must not be empty`, this.at(name));
      return undefined;
    }
    return value;
  }

  /** A path field: a string, or JSON null where AWS allows null (InputPath, OutputPath, ResultPath). */
  stringOrNull(name: string): string | null | undefined {
    const value = this.any(name);
    if (value === undefined || value === null) return value;
    if (typeof value !== "string") {
      this.problems.schema(`The value for the field '${name}' must be a STRING or null`, this.at(name));
      return undefined;
    }
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (typeof value !== "boolean") {
      this.problems.schema(`The value for the field '${name}' must be a BOOLEAN`, this.at(name));
      return undefined;
    }
    return value;
  }

  /** An integer within [min, max]. */
  integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value)) {
      this.problems.schema(`The value for the field '${name}' must be an INTEGER`, this.at(name));
      return undefined;
    }
    if (value < min || value > max) {
      this.problems.schema(`The value for the field '${name}' must be between ${min} and ${max}`, this.at(name));
      return undefined;
    }
    return value;
  }

  number(name: string, min: number, max = Number.MAX_VALUE): number | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (typeof value !== "number") {
      this.problems.schema(`The value for the field '${name}' must be a NUMBER`, this.at(name));
      return undefined;
    }
    if (value < min || value > max) {
      this.problems.schema(`The value for the field '${name}' must be between ${min} and ${max}`, this.at(name));
      return undefined;
    }
    return value;
  }

  object(name: string): JsonObject | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) {
      this.problems.schema(`The value for the field '${name}' must be an OBJECT`, this.at(name));
      return undefined;
    }
    return value;
  }

  array(name: string, options: { nonEmpty?: boolean } = {}): Json[] | undefined {
    const value = this.any(name);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.problems.schema(`The value for the field '${name}' must be an ARRAY`, this.at(name));
      return undefined;
    }
    if (options.nonEmpty && value.length === 0) {
      this.problems.schema("Value cannot be empty", this.at(name));
      return undefined;
    }
    return value;
  }

  stringArray(name: string, options: { nonEmpty?: boolean } = {}): string[] | undefined {
    const value = this.array(name, options);
    if (value === undefined) return undefined;
    if (!value.every((v) => typeof v === "string")) {
      this.problems.schema(`The value for the field '${name}' must be an ARRAY of STRING`, this.at(name));
      return undefined;
    }
    return value as string[];
  }

  /** Reports required fields that are missing, in one problem as AWS does. */
  require(...names: string[]): boolean {
    const missing = names.filter((n) => !this.has(n));
    if (missing.length > 0) {
      this.problems.schema(`These fields are required: [${missing.join(", ")}]`, this.location);
      return false;
    }
    return true;
  }

  /** At most one of the given fields may be present. */
  exclusive(...names: string[]): void {
    const present = names.filter((n) => this.has(n));
    if (present.length > 1) {
      this.problems.schema(`These fields are mutually exclusive: [${present.join(", ")}]`, this.location);
    }
  }

  /** Reports every field that was never read: unknown to this object type. */
  rejectUnknown(describe: (name: string) => string = (name) => `Field '${name}' is not supported`): void {
    for (const name of Object.keys(this.raw)) {
      if (!this.read.has(name)) this.problems.schema(describe(name), this.at(name));
    }
  }

  at(name: string): string {
    return `${this.location === "/" ? "" : this.location}/${name}`;
  }
}
