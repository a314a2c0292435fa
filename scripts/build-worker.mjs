// `npm run build:worker [-- --outdir DIR]`: bundles the Workers entry as `wrangler deploy` would
// (wrangler.jsonc, minified, offline: `--dry-run`), then prints the bundle's raw and gzip sizes.
// Exits 1 when the gzip size is over the budget (Workers' free plan allows 3 MiB; we aim far lower
// so the runtime starts fast at the edge), 2 when wrangler fails.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 150 * 1024;

const args = process.argv.slice(2);
const outdirFlag = args.indexOf("--outdir");
const outdir = resolve(outdirFlag >= 0 && args[outdirFlag + 1] ? args[outdirFlag + 1] : join(".cache", "worker-bundle"));
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const env = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_HIDE_BANNER: "true",
  XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? join(process.cwd(), ".cache", "xdg"),
};
const wrangler = spawnSync(join("node_modules", ".bin", "wrangler"), ["deploy", "--dry-run", "--outdir", outdir], { env, encoding: "utf8" });
if (wrangler.status !== 0) {
  process.stderr.write(wrangler.stdout + wrangler.stderr);
  console.error(`wrangler deploy --dry-run failed (exit ${wrangler.status})`);
  process.exit(2);
}

const bundle = readdirSync(outdir).find((name) => name.endsWith(".js"));
if (!bundle) {
  console.error(`no .js bundle in ${outdir}`);
  process.exit(2);
}
const code = readFileSync(join(outdir, bundle));
const gzip = gzipSync(code, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`${join(outdir, bundle)}: ${kib(code.length)} raw, ${kib(gzip)} gzip (budget ${kib(BUDGET_GZIP_BYTES)} gzip)`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`the Worker bundle is over budget by ${kib(gzip - BUDGET_GZIP_BYTES)}`);
  process.exit(1);
}
