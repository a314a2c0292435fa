import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateServiceModel } from "./generate-service-model.ts";

const source = fileURLToPath(new URL("../../shared/reference/api/", import.meta.url));
const generated = fileURLToPath(new URL("../runtime/api/model/service-model.json", import.meta.url));

test("runtime/api/model/service-model.json is exactly what the generator makes of the service model", { skip: !existsSync(source) && "../shared is not beside this checkout" }, () => {
  const fresh = generateServiceModel(readFileSync(`${source}service-2.json`, "utf8"), readFileSync(`${source}paginators-1.json`, "utf8"));
  assert.equal(readFileSync(generated, "utf8"), fresh, "run: node --import tsx scripts/generate-service-model.ts");
});
