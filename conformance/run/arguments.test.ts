import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRunArguments, type RunArguments } from "./arguments.ts";

const ok = (args: string[], env: Record<string, string> = {}): RunArguments => {
  const parsed = parseRunArguments(args, env);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
};

test("defaults: embedded target, 4 cases at a time, 60 s per case, console output, dummy credentials", () => {
  const parsed = ok([]);
  assert.equal(parsed.target, undefined);
  assert.equal(parsed.concurrency, 4);
  assert.equal(parsed.timeoutSeconds, 60);
  assert.equal(parsed.reportDir, "conformance-report");
  assert.equal(parsed.format, "console");
  assert.equal(parsed.seed, undefined);
  assert.deepEqual([parsed.accessKeyId, parsed.secretAccessKey, parsed.region], ["test", "test", undefined]);
});

test("every option, in both --name value and --name=value forms; filters and tags accumulate", () => {
  const parsed = ok([
    "--target", "http://127.0.0.1:8083", "--manifest=m.json", "--filter", "spec::*", "--filter=*a,b*", "--tag", "jsonata,core", "--tag=activities",
    "--concurrency", "8", "--timeout", "2.5", "--run-timeout=100", "--time-scale", "0.01", "--report-dir", "out", "--seed", "42", "--format", "tap",
    "--access-key", "AK", "--secret-key", "SK", "--region", "eu-west-1",
  ]);
  assert.equal(parsed.target, "http://127.0.0.1:8083");
  assert.equal(parsed.manifestPath, "m.json");
  assert.deepEqual(parsed.filters, ["spec::*", "*a,b*"], "a glob may hold a comma");
  assert.deepEqual(parsed.tags, ["jsonata", "core", "activities"]);
  assert.deepEqual([parsed.concurrency, parsed.timeoutSeconds, parsed.runTimeoutSeconds, parsed.timeScale], [8, 2.5, 100, 0.01]);
  assert.deepEqual([parsed.reportDir, parsed.seed, parsed.format], ["out", 42, "tap"]);
  assert.deepEqual([parsed.accessKeyId, parsed.secretAccessKey, parsed.region], ["AK", "SK", "eu-west-1"]);
});

test("credentials and region from the AWS_* environment; flags win", () => {
  const env = { AWS_ACCESS_KEY_ID: "envkey", AWS_SECRET_ACCESS_KEY: "envsecret", AWS_SESSION_TOKEN: "tok", AWS_DEFAULT_REGION: "ap-south-1" };
  const fromEnv = ok([], env);
  assert.deepEqual([fromEnv.accessKeyId, fromEnv.secretAccessKey, fromEnv.sessionToken, fromEnv.region], ["envkey", "envsecret", "tok", "ap-south-1"]);
  assert.equal(ok([], { ...env, AWS_REGION: "us-west-2" }).region, "us-west-2", "AWS_REGION before AWS_DEFAULT_REGION");
  const flags = ok(["--access-key", "flagkey", "--region", "eu-north-1"], env);
  assert.deepEqual([flags.accessKeyId, flags.sessionToken, flags.region], ["flagkey", undefined, "eu-north-1"], "no session token from the environment for other keys");
});

test("usage errors name the problem", () => {
  const error = (args: string[]) => {
    const parsed = parseRunArguments(args);
    assert.ok("error" in parsed, `expected an error for ${args.join(" ")}`);
    return parsed.error;
  };
  assert.match(error(["--concurrency", "0"]), /--concurrency needs a positive integer/);
  assert.match(error(["--concurrency", "1.5"]), /positive integer/);
  assert.match(error(["--timeout", "soon"]), /--timeout needs a positive number/);
  assert.match(error(["--seed", "-1"]), /--seed needs an integer/);
  assert.match(error(["--format", "xml"]), /--format must be one of console, jsonl, junit, tap/);
  assert.match(error(["--target", "localhost:8083"]), /--target must be/);
  assert.match(error(["--target", "ftp://x"]), /http\(s\) URL/);
  assert.match(error(["--bogus"]), /unknown option --bogus/);
  assert.match(error(["stray"]), /unexpected argument "stray"/);
  assert.match(error(["--filter"]), /--filter needs a value/);
  assert.equal(ok(["--help"]).help, true);
});
