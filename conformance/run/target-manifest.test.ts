import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkTargetManifest, parseTargetManifest, TargetManifestError } from "./target-manifest.ts";

test("a full manifest is accepted as written", () => {
  const manifest = {
    name: "my-emulator",
    version: "1.2.3",
    endpoint: "http://127.0.0.1:4566",
    region: "eu-west-1",
    account: "000000000000",
    roleArn: "arn:aws:iam::000000000000:role/r",
    unsupported: ["map.distributed", "api.TestState"],
    knownFailures: { "some::case": "why" },
    referenceKnownFailures: false,
    timeScale: 0.5,
    headers: { "x-extra": "1" },
    perCaseAccountHeader: "x-moto-account-id",
    perCaseAccessKey: false,
    notes: ["a", "b"],
  };
  assert.deepEqual(parseTargetManifest(JSON.stringify(manifest)), manifest);
});

test("the committed manifests are valid", () => {
  for (const path of ["docs/targets/moto.manifest.json", "docs/targets/reference-http.manifest.json"]) {
    assert.equal(typeof parseTargetManifest(readFileSync(path, "utf8"), path).name, "string");
  }
});

test("problems are named: not JSON, a missing name, unknown members, unknown capabilities, a bad time scale", () => {
  const problem = (text: string) => {
    assert.throws(() => parseTargetManifest(text, "m.json"), TargetManifestError);
    try {
      parseTargetManifest(text, "m.json");
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  };
  assert.match(problem("{"), /m\.json is not JSON/);
  assert.match(problem("{}"), /missing required member "name"/);
  assert.match(problem('{"name":"x","colour":"red"}'), /\$\.colour: unknown member/);
  assert.match(problem('{"name":"x","unsupported":["state:Pass"]}'), /"state:Pass" is not a capability/);
  assert.match(problem('{"name":"x","timeScale":0}'), /timeScale: must be a number above 0/);
  assert.match(problem('{"name":"x","endpoint":"localhost"}'), /\$\.endpoint/);
  assert.match(problem('{"name":"x","account":"12"}'), /\$\.account/);
  assert.throws(() => checkTargetManifest([]), /not a valid target manifest/);
});
