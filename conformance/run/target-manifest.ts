/**
 * The target manifest (target-manifest.schema.json): what the runner knows about an implementation
 * besides its URL — name and version for reports, capabilities it does not support, cases it is
 * known to fail, its time scale, and how cases are isolated on it (extra headers, a per-case
 * account header or access key). `parseTargetManifest` checks a manifest's text and names the
 * first problems.
 */
import schema from "./target-manifest.schema.json" with { type: "json" };
import { validateSchema } from "../compare/schema-validator.ts";
import { CAPABILITIES, isCapability } from "./capabilities.ts";

export interface TargetManifest {
  name: string;
  version?: string;
  endpoint?: string;
  region?: string;
  account?: string;
  roleArn?: string;
  unsupported?: string[];
  knownFailures?: Record<string, string>;
  referenceKnownFailures?: boolean;
  timeScale?: number;
  headers?: Record<string, string>;
  perCaseAccountHeader?: string;
  perCaseAccessKey?: boolean;
  notes?: string | string[];
}

export class TargetManifestError extends Error {
  override name = "TargetManifestError";
}

/** Checks a parsed manifest; throws TargetManifestError naming the problems. */
export function checkTargetManifest(value: unknown, source = "the manifest"): TargetManifest {
  const errors = validateSchema(schema as Record<string, unknown>, value).map((e) => `${e.path}: ${e.message}`);
  if (errors.length === 0) {
    const manifest = value as TargetManifest;
    for (const [i, name] of (manifest.unsupported ?? []).entries()) {
      if (!isCapability(name)) errors.push(`$.unsupported[${i}]: "${name}" is not a capability (known: ${CAPABILITIES.filter((c) => !c.startsWith("api.")).join(", ")}, api.<Operation>)`);
    }
    if (manifest.timeScale !== undefined && !(manifest.timeScale > 0)) errors.push("$.timeScale: must be a number above 0");
  }
  if (errors.length > 0) throw new TargetManifestError(`${source} is not a valid target manifest: ${errors.slice(0, 5).join("; ")}`);
  return value as TargetManifest;
}

/** Parses and checks a manifest's JSON text. */
export function parseTargetManifest(text: string, source = "the manifest"): TargetManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new TargetManifestError(`${source} is not JSON: ${(e as Error).message}`);
  }
  return checkTargetManifest(value, source);
}
