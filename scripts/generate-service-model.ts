/**
 * Generates runtime/api/model/service-model.json from the Step Functions service model
 * (../shared/reference/api/service-2.json, botocore, Apache-2.0): the operations and shapes with
 * their constraints, documentation stripped. The API layer validates requests and shapes responses
 * from this file, so nothing is hand-copied from the model; regenerate rather than edit.
 * Usage: node --import tsx scripts/generate-service-model.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "..", "shared", "reference", "api");

export function generateServiceModel(serviceJson: string, paginatorsJson: string): string {
  const model = JSON.parse(serviceJson) as Record<string, any>;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "documentation" && k !== "documentationUrl") out[k] = strip(v);
    return out;
  };
  const paginators = (JSON.parse(paginatorsJson) as { pagination: unknown }).pagination;
  return JSON.stringify({ metadata: model.metadata, operations: strip(model.operations), shapes: strip(model.shapes), paginators }, null, 1) + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateServiceModel(readFileSync(join(source, "service-2.json"), "utf8"), readFileSync(join(source, "paginators-1.json"), "utf8"));
  writeFileSync(join(root, "runtime", "api", "model", "service-model.json"), text);
  console.log(`wrote runtime/api/model/service-model.json (${text.length} bytes)`);
}
