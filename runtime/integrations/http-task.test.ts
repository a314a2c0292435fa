import { test } from "node:test";
import assert from "node:assert/strict";
import { runExecution, type Json, type JsonObject } from "../../mod.ts";
import { httpCall } from "./http-task.ts";

/** A fetch that records the request and answers with `response`. */
function fakeFetch(response: () => Response) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return response();
  };
  return Object.assign(fetch as typeof globalThis.fetch, { requests });
}

function httpMachine(parameters: JsonObject, task: JsonObject = {}): JsonObject {
  return { StartAt: "Call", States: { Call: { Type: "Task", Resource: "arn:aws:states:::http:invoke", Parameters: parameters, End: true, ...task } } };
}

const connection = { ConnectionArn: "arn:aws:events:us-east-1:123456789012:connection/local/0000" };

test("HTTP Task: method, query, headers and JSON body go out; the answer is {Headers, ResponseBody, StatusCode, StatusText}", async () => {
  const fetch = fakeFetch(() => Response.json({ id: 7 }, { status: 201, statusText: "Created", headers: { "x-trace": "t-1" } }));
  const result = await runExecution({
    definition: httpMachine({
      ApiEndpoint: "https://api.example.test/orders",
      Method: "POST",
      Authentication: connection,
      Headers: { "x-api-key": "k" },
      QueryParameters: { dryRun: false, tag: "a b" },
      "RequestBody.$": "$.order",
    }),
    input: { order: { item: "book", qty: 2 } },
    fetch,
  });
  assert.equal(result.status, "SUCCEEDED");
  assert.deepEqual(result.output, {
    Headers: { "content-type": ["application/json"], "x-trace": ["t-1"] },
    ResponseBody: { id: 7 },
    StatusCode: 201,
    StatusText: "Created",
  });
  const sent = fetch.requests[0]!;
  assert.equal(sent.method, "POST");
  assert.equal(sent.url, "https://api.example.test/orders?dryRun=false&tag=a+b");
  assert.equal(sent.headers.get("x-api-key"), "k");
  assert.equal(sent.headers.get("content-type"), "application/json; charset=UTF-8");
  assert.deepEqual(await sent.json(), { item: "book", qty: 2 });
  const scheduled = result.history.find((e) => e.type === "TaskScheduled")!["taskScheduledEventDetails"] as { resourceType: string; resource: string };
  assert.deepEqual([scheduled.resourceType, scheduled.resource], ["http", "invoke"]);
});

test("HTTP Task: a status outside 2xx fails with States.Http.StatusCode.<code>, the response as the cause", async () => {
  const fetch = fakeFetch(() => new Response("no such order", { status: 404, statusText: "Not Found", headers: { "content-type": "text/plain" } }));
  const caught = await runExecution({
    definition: {
      StartAt: "Call",
      States: {
        Call: { Type: "Task", Resource: "arn:aws:states:::http:invoke", Parameters: { ApiEndpoint: "https://api.example.test/orders/9", Method: "GET" }, Catch: [{ ErrorEquals: ["States.Http.StatusCode.404"], Next: "Missing" }], End: true },
        Missing: { Type: "Pass", End: true },
      },
    },
    fetch,
  });
  assert.equal(caught.status, "SUCCEEDED");
  const errorOutput = caught.output as { Error: string; Cause: string };
  assert.equal(errorOutput.Error, "States.Http.StatusCode.404");
  assert.deepEqual(JSON.parse(errorOutput.Cause), { Headers: { "content-type": ["text/plain"] }, ResponseBody: "no such order", StatusCode: 404, StatusText: "Not Found" });
});

test("HTTP Task: an endpoint that cannot be reached fails with States.Http.Socket", async () => {
  const fetch = (async () => {
    throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") });
  }) as typeof globalThis.fetch;
  const result = await runExecution({ definition: httpMachine({ ApiEndpoint: "http://127.0.0.1:1/", Method: "GET" }), fetch });
  assert.equal(result.error, "States.Http.Socket");
  assert.equal(result.cause, "The HTTP request to http://127.0.0.1:1/ failed: fetch failed (connect ECONNREFUSED 127.0.0.1:1)");
});

test("HTTP Task: URL_ENCODED bodies with each ArrayFormat", () => {
  const body = { name: "a b", tags: ["x", "y"], nested: { k: 1 } };
  const encoded = (format?: string) =>
    decodeURIComponent(
      httpCall({
        ApiEndpoint: "https://api.example.test/form",
        Method: "POST",
        RequestBody: body,
        Transform: { RequestBodyEncoding: "URL_ENCODED", ...(format ? { RequestEncodingOptions: { ArrayFormat: format } } : {}) },
      }).body!,
    );
  assert.equal(encoded(), "name=a+b&tags[0]=x&tags[1]=y&nested[k]=1");
  assert.equal(encoded("INDICES"), "name=a+b&tags[0]=x&tags[1]=y&nested[k]=1");
  assert.equal(encoded("REPEAT"), "name=a+b&tags=x&tags=y&nested[k]=1");
  assert.equal(encoded("COMMAS"), "name=a+b&tags=x,y&nested[k]=1");
  assert.equal(encoded("BRACKETS"), "name=a+b&tags[]=x&tags[]=y&nested[k]=1");
  const call = httpCall({ ApiEndpoint: "https://api.example.test/form", Method: "PUT", RequestBody: body, Transform: { RequestBodyEncoding: "URL_ENCODED" } });
  assert.equal(call.headers.get("content-type"), "application/x-www-form-urlencoded");
});

test("HTTP Task: malformed parameters fail the state with States.Runtime saying what is wrong", async () => {
  const cases: Array<[Json, RegExp]> = [
    [{ Method: "GET" }, /ApiEndpoint must be the URL to call/],
    [{ ApiEndpoint: "not a url", Method: "GET" }, /ApiEndpoint 'not a url' is not a URL/],
    [{ ApiEndpoint: "ftp://x/", Method: "GET" }, /must be an http\(s\) URL/],
    [{ ApiEndpoint: "https://x/", Method: "FETCH" }, /Method must be one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, got "FETCH"/],
    [{ ApiEndpoint: "https://x/", Method: "GET", Transform: { RequestBodyEncoding: "GZIP" } }, /RequestBodyEncoding must be NONE or URL_ENCODED/],
    [{ ApiEndpoint: "https://x/", Method: "GET", Headers: ["a"] }, /Headers must be an object/],
  ];
  for (const [parameters, message] of cases) {
    const definition = { StartAt: "Call", States: { Call: { Type: "Task", Resource: "arn:aws:states:::http:invoke", End: true } } };
    const result = await runExecution({ definition, input: parameters, fetch: fakeFetch(() => new Response("")) });
    assert.equal(result.error, "States.Runtime", JSON.stringify(parameters));
    assert.match(result.cause ?? "", message);
  }
});
