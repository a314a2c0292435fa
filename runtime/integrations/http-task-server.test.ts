/**
 * The HTTP Task against a real HTTP server on 127.0.0.1 (started here with node:http, which Deno
 * provides too), through the global fetch.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { runExecution, type JsonObject } from "../../mod.ts";

async function withServer(handle: (request: IncomingMessage, body: string, response: ServerResponse) => void, body: (base: string) => Promise<void>): Promise<void> {
  const server = createServer((request, response) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (text += chunk));
    request.on("end", () => handle(request, text, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const call = (parameters: JsonObject) => ({
  StartAt: "Call",
  States: {
    Call: { Type: "Task", Resource: "arn:aws:states:::http:invoke", Parameters: parameters, ResultSelector: { "status.$": "$.StatusCode", "body.$": "$.ResponseBody", "echo.$": "$.Headers.x-echo" }, End: true },
  },
});

test("HTTP Task calls a local endpoint: the request arrives as written, the answer comes back parsed", async () => {
  await withServer(
    (request, body, response) => {
      response.writeHead(200, { "content-type": "application/json", "x-echo": request.headers["x-token"] ?? "" });
      response.end(JSON.stringify({ method: request.method, url: request.url, body: body === "" ? null : JSON.parse(body), type: request.headers["content-type"] ?? null }));
    },
    async (base) => {
      const result = await runExecution({
        definition: call({
          "ApiEndpoint.$": "$.url",
          Method: "PATCH",
          Headers: { "x-token": "secret" },
          QueryParameters: { page: 2 },
          RequestBody: { done: true },
          Authentication: { ConnectionArn: "arn:aws:events:us-east-1:123456789012:connection/c/1" },
        }),
        input: { url: `${base}/items/1` },
      });
      assert.equal(result.status, "SUCCEEDED");
      assert.deepEqual(result.output, {
        status: 200,
        body: { method: "PATCH", url: "/items/1?page=2", body: { done: true }, type: "application/json; charset=UTF-8" },
        echo: ["secret"],
      });
    },
  );
});

test("HTTP Task: a 503 from the endpoint is States.Http.StatusCode.503, retried by a Retry naming it", async () => {
  let calls = 0;
  await withServer(
    (_request, _body, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(503, "Service Unavailable", { "content-type": "application/json" });
        response.end('{"retry": true}');
      } else {
        response.writeHead(200, { "content-type": "text/plain", "x-echo": "ok" });
        response.end("fine");
      }
    },
    async (base) => {
      const definition = call({ ApiEndpoint: `${base}/flaky`, Method: "GET" });
      (definition.States.Call as JsonObject)["Retry"] = [{ ErrorEquals: ["States.Http.StatusCode.503"], IntervalSeconds: 1, MaxAttempts: 1 }];
      const result = await runExecution({ definition, timeScale: 0.001 });
      assert.equal(result.status, "SUCCEEDED");
      assert.deepEqual(result.output, { status: 200, body: "fine", echo: ["ok"] });
      const failed = result.history.find((e) => e.type === "TaskFailed")!["taskFailedEventDetails"] as { error: string; cause: string };
      assert.equal(failed.error, "States.Http.StatusCode.503");
      assert.deepEqual(JSON.parse(failed.cause).ResponseBody, { retry: true });
      assert.equal(JSON.parse(failed.cause).StatusText, "Service Unavailable");
    },
  );
});
