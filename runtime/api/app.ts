import { Hono } from "hono";
import { ApiError } from "./api-error.ts";
import { callOperation } from "./call-operation.ts";
import { serviceModel } from "./model/validate-request.ts";
import { requestContext } from "./request-context.ts";
import type { ServiceState } from "./store.ts";

/**
 * The Step Functions HTTP API (AWS JSON 1.0): `POST /` with `X-Amz-Target:
 * AWSStepFunctions.<Operation>`. This layer only decodes the protocol, validates the request
 * against the service model and encodes answers; the operations do the work. Nothing a client
 * sends can make it answer other than in AWS's error shape.
 */
const CONTENT_TYPE = "application/x-amz-json-1.0";
const TARGET_PREFIX = `${serviceModel.metadata.targetPrefix}.`;

export function createApp(state: ServiceState): Hono {
  const app = new Hono();
  app.post("/", async (c) => {
    const requestId = crypto.randomUUID();
    const answer = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId } });
    const fail = (error: ApiError) => answer(error.status, { __type: error.code, message: error.message });
    try {
      const target = c.req.header("x-amz-target") ?? "";
      const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : "";
      if (!Object.hasOwn(serviceModel.operations, operation)) {
        return fail(new ApiError("UnknownOperationException", target ? `Unknown operation: ${target}` : "Missing X-Amz-Target header"));
      }
      const contentType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (contentType !== CONTENT_TYPE && contentType !== "application/json") {
        return fail(new ApiError("UnknownOperationException", `Unsupported Content-Type: ${contentType || "(none)"}`));
      }
      const text = await c.req.text();
      let input: unknown;
      try {
        input = text.trim() === "" ? {} : JSON.parse(text);
      } catch {
        return fail(new ApiError("SerializationException", "Start of structure or map found where not expected."));
      }
      if (input === null || typeof input !== "object" || Array.isArray(input)) {
        return fail(new ApiError("SerializationException", "Start of structure or map found where not expected."));
      }
      const output = await callOperation(state, operation, input as Record<string, unknown>, requestContext(c.req.header("authorization")));
      return answer(200, output);
    } catch (e) {
      if (e instanceof ApiError) return fail(e);
      return fail(new ApiError("InternalFailure", e instanceof Error ? e.message : String(e), 500));
    }
  });
  app.all("*", () => new Response(JSON.stringify({ __type: "UnknownOperationException", message: "Step Functions takes POST / requests" }), {
    status: 404,
    headers: { "content-type": CONTENT_TYPE },
  }));
  return app;
}
