import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRunReport } from "../report/report-text.ts";
import { runCommand, type RunCommandIo } from "./run-command.ts";

/** The command's platform in memory: files in a map, the console in strings. */
function memoryIo(overrides: Partial<RunCommandIo> = {}) {
  const files = new Map<string, string>();
  const out = { stdout: "", stderr: "" };
  const io: RunCommandIo = {
    readText: (path) => (files.has(path) ? Promise.resolve(files.get(path)!) : Promise.reject(new Error(`ENOENT: ${path}`))),
    createFile(path) {
      files.set(path, "");
      return Promise.resolve({
        write: (text: string) => {
          files.set(path, files.get(path)! + text);
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      });
    },
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    stderrIsTTY: false,
    fetch: () => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })),
    env: {},
    suiteVersion: "0.0.0-test",
    ...overrides,
  };
  return { io, files, out };
}

test("embedded run: the report, JUnit and TAP in the report directory; the summary's last line; exit 0", async () => {
  const { io, files, out } = memoryIo();
  const code = await runCommand(["--filter", "spec::validation::ok-*", "--report-dir", "out", "--seed", "9"], io);
  assert.equal(code, 0, out.stderr);
  const read = parseRunReport(files.get("out/report.jsonl")!, "report.jsonl");
  assert.ok(read.report.cases.length > 0);
  assert.ok(read.report.cases.every((c) => c.status === "PASS"));
  assert.equal(read.report.header.seed, 9);
  assert.match(files.get("out/junit.xml")!, /^<\?xml/);
  assert.match(files.get("out/report.tap")!, /^TAP version 14/);
  assert.match(out.stdout, new RegExp(`\\n${read.report.cases.length} passed, 0 failed\\n$`));
  assert.match(out.stderr, /100% /, "progress on stderr");
});

test("--format jsonl prints the report itself", async () => {
  const { io, out } = memoryIo();
  assert.equal(await runCommand(["--filter", "spec::validation::ok-express-plain", "--format", "jsonl", "--report-dir", "out"], io), 0);
  assert.equal(parseRunReport(out.stdout).report.cases[0]?.id, "spec::validation::ok-express-plain");
});

test("exit 2: usage errors, a bad manifest, a filter matching nothing, an unreachable target", async () => {
  const usage = memoryIo();
  assert.equal(await runCommand(["--concurrency", "none"], usage.io), 2);
  assert.match(usage.out.stderr, /--concurrency needs a positive integer[\s\S]*usage: sfn-conformance run/);

  const manifest = memoryIo();
  await (await manifest.io.createFile("m.json")).write('{"name":"x","unsupported":["teleportation"]}');
  assert.equal(await runCommand(["--manifest", "m.json"], manifest.io), 2);
  assert.match(manifest.out.stderr, /m\.json is not a valid target manifest: .*"teleportation" is not a capability/);

  const nothing = memoryIo();
  assert.equal(await runCommand(["--filter", "no-such-case-*"], nothing.io), 2);
  assert.match(nothing.out.stderr, /no case matches --filter no-such-case-\*/);

  const refused = memoryIo();
  assert.equal(await runCommand(["--target", "http://127.0.0.1:9"], refused.io), 2);
  assert.equal(refused.out.stderr, "cannot reach http://127.0.0.1:9: connection refused\n");
  assert.equal(refused.files.size, 0, "no report for a target that cannot be reached");
});
