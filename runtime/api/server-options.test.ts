import { test } from "node:test";
import assert from "node:assert/strict";
import { parseServerOptions, serverUsage, UsageError } from "./server-options.ts";

test("defaults: 127.0.0.1:8083 in real time", () => {
  assert.deepEqual(parseServerOptions([], {}), { port: 8083, host: "127.0.0.1", timeScale: 1, help: false });
});

test("flags, in both the spaced and the = form", () => {
  assert.deepEqual(parseServerOptions(["--port", "9000", "--host", "0.0.0.0", "--time-scale", "0.01"]), {
    port: 9000,
    host: "0.0.0.0",
    timeScale: 0.01,
    help: false,
  });
  assert.deepEqual(parseServerOptions(["--port=0", "--host=localhost", "--time-scale=1e-3"]), { port: 0, host: "localhost", timeScale: 0.001, help: false });
});

test("environment variables are fallbacks; a flag wins over its variable", () => {
  const env = { PORT: "9100", HOST: "::1", SFN_TIME_SCALE: "0.5" };
  assert.deepEqual(parseServerOptions([], env), { port: 9100, host: "::1", timeScale: 0.5, help: false });
  assert.deepEqual(parseServerOptions(["--port", "9200"], env), { port: 9200, host: "::1", timeScale: 0.5, help: false });
  assert.equal(parseServerOptions([], { PORT: "" }).port, 8083, "an empty variable counts as unset");
});

test("--help and -h ask for the usage text, which names every flag and variable", () => {
  assert.equal(parseServerOptions(["--help"]).help, true);
  assert.equal(parseServerOptions(["--port", "1", "-h"]).help, true);
  for (const word of ["--port", "--host", "--time-scale", "--help", "PORT", "HOST", "SFN_TIME_SCALE"]) assert.match(serverUsage, new RegExp(word));
});

test("bad command lines are usage errors that name the argument", () => {
  const cases: Array<[string[], Record<string, string>, RegExp]> = [
    [["--prot", "9000"], {}, /^Unknown argument '--prot'$/],
    [["9000"], {}, /^Unknown argument '9000'$/],
    [["--port"], {}, /^--port needs a value$/],
    [["--port", "--host", "x"], {}, /^--port needs a value$/],
    [["--port", "abc"], {}, /^--port must be a port number from 0 to 65535, got 'abc'$/],
    [["--port", "70000"], {}, /--port must be a port number/],
    [["--port", "-1"], {}, /--port must be a port number/],
    [["--port", "80.5"], {}, /--port must be a port number/],
    [["--host", ""], {}, /--host must be a host name/],
    [["--time-scale", "fast"], {}, /^--time-scale must be a number of at least 0 \(e\.g\. 0\.01\), got 'fast'$/],
    [["--time-scale", "-1"], {}, /--time-scale must be a number/],
    [["--time-scale", "Infinity"], {}, /--time-scale must be a number/],
    [[], { PORT: "eighty" }, /^PORT must be a port number from 0 to 65535, got 'eighty'$/],
    [[], { SFN_TIME_SCALE: "x" }, /^SFN_TIME_SCALE must be a number/],
  ];
  for (const [args, env, message] of cases) {
    assert.throws(() => parseServerOptions(args, env), (e: unknown) => e instanceof UsageError && message.test(e.message), JSON.stringify(args));
  }
});

test("a time scale of 0 (no waiting at all) is allowed", () => {
  assert.equal(parseServerOptions(["--time-scale", "0"]).timeScale, 0);
});

test("--mock-config names a mock configuration file; SFN_MOCK_CONFIG (AWS Step Functions Local's name) or SFN_MOCK_CONFIG_FILE otherwise", () => {
  assert.equal(parseServerOptions(["--mock-config", "MockConfigFile.json"]).mockConfigPath, "MockConfigFile.json");
  assert.equal(parseServerOptions(["--mock-config=/tmp/m.json"], { SFN_MOCK_CONFIG: "/env.json" }).mockConfigPath, "/tmp/m.json");
  assert.equal(parseServerOptions([], { SFN_MOCK_CONFIG: "/env.json", SFN_MOCK_CONFIG_FILE: "/other.json" }).mockConfigPath, "/env.json");
  assert.equal(parseServerOptions([], { SFN_MOCK_CONFIG_FILE: "/other.json" }).mockConfigPath, "/other.json");
  assert.equal("mockConfigPath" in parseServerOptions([], {}), false);
  assert.throws(() => parseServerOptions(["--mock-config"]), /--mock-config needs a value/);
  assert.throws(() => parseServerOptions(["--mock-config", " "]), /--mock-config must be a file path/);
});
