/**
 * `npm run matrix`: certifies the reference runtime (embedded) and, optionally, moto with
 * `sfn-conformance run`, then writes docs/compatibility.md (scripts/compatibility-page.ts: the two
 * side by side per area and feature group, with the exact commands, versions and date) and rebuilds
 * the HTML matrix under docs/conformance/matrix/ (scripts/publish-matrix.ts). Node-only (it spawns
 * processes).
 *
 *   npm run matrix                         the reference runtime only
 *   npm run matrix -- --moto               also moto: starts `python3 -m moto.server` on a free port,
 *                                          turns on its ASL interpreter, runs, stops it
 *   npm run matrix -- --moto-url URL       also a moto already running at URL (configured the same way)
 *   --reference-report FILE / --moto-report FILE   reuse a run report instead of running
 *   --seed N (default 1), --concurrency N, --reports-dir DIR (default .cache/compatibility)
 *
 * moto's setup is the one of docs/conformance/moto-summary.md and docs/targets/moto.manifest.json.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { parseRunReport } from "../conformance/report/report-text.ts";
import { compatibilityPage, type CompatibilityTarget, type FeatureGroups } from "./compatibility-page.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const MOTO_MANIFEST = "docs/targets/moto.manifest.json";
const MOTO_CONFIG = { stepfunctions: { execute_state_machine: true } };

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seed = option("--seed") ?? "1";
const concurrency = option("--concurrency");
const reportsDir = option("--reports-dir") ?? join(ROOT, ".cache", "compatibility");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until moto answers, then turns on its ASL interpreter (executions otherwise succeed at once). */
async function configureMoto(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await fetch(`${url}/moto-api/config`, { method: "POST", body: JSON.stringify(MOTO_CONFIG), headers: { "content-type": "application/json" } });
      if (answer.ok) return;
      throw new Error(`HTTP ${answer.status}`);
    } catch (e) {
      if (attempt >= 60) throw new Error(`moto at ${url} did not answer its config request: ${(e as Error).message}`);
      await sleep(500);
    }
  }
}

function startMoto(port: number): ChildProcess {
  const child = spawn("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" }); // its request log is noise
  child.on("error", (e) => console.error(`could not start moto: ${e.message}`));
  return child;
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

/** Runs `sfn-conformance run <runArgs>`; the report lands in `dir`. Exit code 1 (failures) is expected. */
function runSuite(runArgs: string[], dir: string): Promise<string> {
  const fullArgs = ["run", ...runArgs, "--seed", seed, ...(concurrency ? ["--concurrency", concurrency] : []), "--report-dir", dir];
  console.error(`$ npx sfn-conformance ${fullArgs.join(" ")}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "sfn-conformance.mjs"), ...fullArgs], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 || code === 1 ? resolve(join(dir, "report.jsonl")) : reject(new Error(`sfn-conformance run exited with ${code}`))));
  });
}

function commandLine(runArgs: string[], dir: string): string {
  return ["npx sfn-conformance run", ...runArgs, "--seed", seed, ...(concurrency ? ["--concurrency", concurrency] : []), "--report-dir", dir.replace(ROOT, "")].join(" ");
}

function quiet(command: string, commandArgs: string[]): string | undefined {
  try {
    return execFileSync(command, commandArgs, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  mkdirSync(reportsDir, { recursive: true });
  const targets: CompatibilityTarget[] = [];
  const reportFiles: string[] = [];

  const referenceDir = join(reportsDir, "reference");
  const referenceReport = option("--reference-report") ?? (await runSuite([], referenceDir));
  targets.push({ label: "reference runtime (embedded)", report: parseRunReport(readFileSync(referenceReport, "utf8"), referenceReport).report, command: commandLine([], referenceDir) });
  reportFiles.push(referenceReport);

  let motoVersion: string | undefined;
  if (args.includes("--moto") || option("--moto-url") || option("--moto-report")) {
    const motoDir = join(reportsDir, "moto");
    let motoReport = option("--moto-report");
    let motoCommand = `(report ${motoReport})`;
    if (!motoReport) {
      let child: ChildProcess | undefined;
      let url = option("--moto-url");
      if (!url) {
        const port = await freePort();
        url = `http://127.0.0.1:${port}`;
        console.error(`$ python3 -m moto.server -H 127.0.0.1 -p ${port}`);
        child = startMoto(port);
      }
      try {
        await configureMoto(url);
        const runArgs = ["--manifest", MOTO_MANIFEST, "--target", url, "--timeout", "30"];
        motoReport = await runSuite(runArgs, motoDir);
        motoCommand = commandLine(runArgs, motoDir);
      } finally {
        if (child) await stopProcess(child);
      }
    }
    motoVersion = quiet("python3", ["-c", "import moto; print(moto.__version__)"]);
    targets.push({ label: "moto", report: parseRunReport(readFileSync(motoReport, "utf8"), motoReport).report, command: motoCommand });
    reportFiles.push(motoReport);
  }

  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> };
  const commit = quiet("git", ["rev-parse", "--short", "HEAD"]);
  const versions = [
    `sfn-conformance ${pkg.version}${commit ? ` (commit ${commit}${quiet("git", ["status", "--porcelain"]) ? ", with uncommitted changes" : ""})` : ""}`,
    `Node ${process.version}; jsonata ${pkg.dependencies["jsonata"]}`,
    ...(motoVersion ? [`moto ${motoVersion} (${quiet("python3", ["--version"]) ?? "python3"}), started as \`python3 -m moto.server -H 127.0.0.1 -p <port>\` with \`${JSON.stringify(MOTO_CONFIG)}\` posted to \`/moto-api/config\` (see conformance/moto-summary.md)`] : []),
  ];
  const features = JSON.parse(readFileSync(join(ROOT, "cases", "features.json"), "utf8")) as FeatureGroups;
  const regenerate = `npm run matrix${targets.length > 1 ? " -- --moto" : ""}`;
  const page = compatibilityPage({
    targets,
    features,
    generatedAt: new Date().toISOString(),
    regenerate,
    versions,
    notes: targets.length > 1
      ? ["moto's manifest (docs/targets/moto.manifest.json) declares the operations it does not implement; their cases are UNSUPPORTED. A known moto bug (its definition parser keeps state between requests) makes some later cases fail: see [conformance/moto-summary.md](conformance/moto-summary.md)."]
      : [],
  });
  writeFileSync(join(ROOT, "docs", "compatibility.md"), page + "\n");
  console.error("wrote docs/compatibility.md");

  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "publish-matrix.ts"), ...reportFiles, "--out", join(ROOT, "docs", "conformance", "matrix")], { cwd: ROOT, stdio: "inherit" });
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
