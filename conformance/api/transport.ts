/**
 * How the replay engine talks to a Step Functions implementation: `send(operation, request)` makes
 * one AWS JSON 1.0 call (`POST /`, `X-Amz-Target: AWSStepFunctions.<operation>`, SigV4-signed) and
 * returns the HTTP status and the parsed body. Two ways to deliver it: over HTTP to an endpoint
 * (real AWS or any server), or in process to a fetch handler (e.g. the hono app's `app.fetch`).
 * The access key picks the account on the reference runtime (runtime/api/request-context.ts).
 */
import { signRequest } from "./sigv4.ts";

export interface ApiAnswer {
  status: number;
  /** The parsed JSON body (the raw text when it is not JSON; `{}` when empty). */
  body: unknown;
}

export interface SendOptions {
  /** Aborts the call (e.g. a GetActivityTask long poll nobody waits for any more). */
  signal?: AbortSignal;
}

export interface Transport {
  send(operation: string, request: unknown, options?: SendOptions): Promise<ApiAnswer>;
}

export interface TransportCredentials {
  accessKeyId: string;
  /** Default `test`: the reference runtime does not check signatures. */
  secretAccessKey?: string;
  sessionToken?: string;
  region: string;
}

export type FetchFunction = (request: Request) => Response | Promise<Response>;

const TARGET_PREFIX = "AWSStepFunctions";
const CONTENT_TYPE = "application/x-amz-json-1.0";

async function signedRequest(url: string, operation: string, request: unknown, credentials: TransportCredentials, signal?: AbortSignal): Promise<Request> {
  const body = JSON.stringify(request);
  const headers = await signRequest({
    method: "POST",
    url,
    headers: { "content-type": CONTENT_TYPE, "x-amz-target": `${TARGET_PREFIX}.${operation}` },
    body,
    region: credentials.region,
    service: "states",
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey ?? "test",
      ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    },
  });
  // `host` is part of the signature; fetch sets it from the URL itself (and refuses to be told).
  const { host: _host, ...sendable } = headers;
  return new Request(url, { method: "POST", headers: sendable, body, ...(signal ? { signal } : {}) });
}

async function readAnswer(response: Response): Promise<ApiAnswer> {
  const text = await response.text();
  if (text.trim() === "") return { status: response.status, body: {} };
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: text };
  }
}

/** Calls an endpoint over HTTP, e.g. `https://states.us-east-1.amazonaws.com/` or `http://127.0.0.1:8083/`. */
export function httpTransport(endpointUrl: string, credentials: TransportCredentials, fetchFn: (request: Request) => Promise<Response> = fetch): Transport {
  const url = new URL("/", endpointUrl).toString();
  return {
    async send(operation, request, options) {
      return readAnswer(await fetchFn(await signedRequest(url, operation, request, credentials, options?.signal)));
    },
  };
}

/** Calls a fetch handler in process (no network), signed the same way, e.g. `fetchTransport(app.fetch, {...})`. */
export function fetchTransport(fetchFn: FetchFunction, credentials: TransportCredentials = { accessKeyId: "test", region: "us-east-1" }): Transport {
  return {
    async send(operation, request, options) {
      return readAnswer(await fetchFn(await signedRequest("http://localhost/", operation, request, credentials, options?.signal)));
    },
  };
}
