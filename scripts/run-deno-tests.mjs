// Runs the same *.test.ts files as `npm run test:node`, under Deno (node:test is mapped onto Deno.test),
// except `*.node.test.ts`: Node-only by nature (they start servers as processes, e.g.
// runtime/api/durable-hosts.node.test.ts starts wrangler dev and deno serve).
// Caches stay inside the work tree so CI needs nothing outside it.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const roots = ["runtime", "conformance", "cases", "scripts"];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".test.ts") && !name.endsWith(".node.test.ts")) files.push(path);
  }
};
for (const root of roots) {
  try {
    walk(root);
  } catch {
    // a root that does not exist yet has no tests
  }
}
files.sort();
const env = { ...process.env, DENO_DIR: process.env.DENO_DIR ?? join(process.cwd(), ".cache", "deno"), NO_COLOR: "1" };
const result = spawnSync(join("node_modules", ".bin", "deno"), ["test", "--allow-all", "--quiet", ...files], { stdio: "inherit", env });
process.exit(result.status ?? 1);
