import { StatesError } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";
import type { TaskRequest } from "../execution/ports.ts";
import type { IntegrationPorts } from "./integration-ports.ts";

/**
 * The HTTP Task, `arn:aws:states:::http:invoke`: calls an HTTP endpoint with fetch.
 *
 * Parameters (AWS's): ApiEndpoint (URL), Method (GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS),
 * Headers, QueryParameters, RequestBody, Transform {RequestBodyEncoding: NONE | URL_ENCODED,
 * RequestEncodingOptions {ArrayFormat: INDICES (default) | REPEAT | COMMAS | BRACKETS}},
 * Authentication {ConnectionArn}. AWS requires an EventBridge connection (ConnectionArn), which
 * adds the credentials to the request; this runtime has no connections: Authentication is accepted
 * and not used, so a local endpoint is called without added credentials (pass them in Headers).
 * It also allows plain `http://` endpoints, which AWS refuses.
 *
 * Result: {Headers: {<name>: [<value>]}, ResponseBody (parsed when the response is JSON, else its
 * text), StatusCode, StatusText}. A status outside 200-299 fails the task with
 * `States.Http.StatusCode.<code>` and that result as JSON text in the cause; a request that cannot
 * be made or gets no answer within 60 seconds fails with `States.Http.Socket`. No recording covers
 * the HTTP Task; the names are AWS's documented ones.
 */
export async function runHttpTask(request: TaskRequest, ports: IntegrationPorts): Promise<Json> {
  const call = httpCall(request.input);
  const timeout = new AbortController();
  const abort = new AbortController();
  const stop = () => abort.abort(request.signal.reason);
  request.signal.addEventListener("abort", stop, { once: true });
  const timer = ports.timers.sleep(HTTP_TIMEOUT_SECONDS * 1000, timeout.signal).then(
    () => abort.abort(new StatesError("States.Http.Socket", `The HTTP request to ${call.url} got no answer within ${HTTP_TIMEOUT_SECONDS} seconds`)),
    () => undefined,
  );
  try {
    let response: Response;
    try {
      response = await ports.fetch(call.url, { method: call.method, headers: call.headers, ...(call.body !== undefined ? { body: call.body } : {}), signal: abort.signal });
    } catch (e) {
      if (request.signal.aborted) throw request.signal.reason;
      if (abort.signal.reason instanceof StatesError) throw abort.signal.reason;
      throw new StatesError("States.Http.Socket", `The HTTP request to ${call.url} failed: ${describeFetchError(e)}`);
    }
    const result = await httpResult(response, call.method);
    if (response.status < 200 || response.status > 299) throw new StatesError(`States.Http.StatusCode.${response.status}`, JSON.stringify(result));
    return result;
  } finally {
    timeout.abort();
    await timer;
    request.signal.removeEventListener("abort", stop);
  }
}

/** AWS's HTTP Task gives up on an endpoint after 60 seconds. */
const HTTP_TIMEOUT_SECONDS = 60;

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];
const ARRAY_FORMATS = ["INDICES", "REPEAT", "COMMAS", "BRACKETS"] as const;
type ArrayFormat = (typeof ARRAY_FORMATS)[number];

interface HttpCall {
  url: string;
  method: string;
  headers: Headers;
  body?: string;
}

/** The request the Parameters describe; a malformed one fails the state with States.Runtime. */
export function httpCall(parameters: Json): HttpCall {
  const fields = objectOf(parameters, "Parameters");
  const endpoint = fields["ApiEndpoint"];
  if (typeof endpoint !== "string" || endpoint === "") throw invalid("ApiEndpoint must be the URL to call (a string)");
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw invalid(`ApiEndpoint '${endpoint}' is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalid(`ApiEndpoint '${endpoint}' must be an http(s) URL`);
  const method = fields["Method"];
  if (typeof method !== "string" || !METHODS.includes(method.toUpperCase())) throw invalid(`Method must be one of ${METHODS.join(", ")}, got ${JSON.stringify(method)}`);
  const transform = fields["Transform"] === undefined ? {} : objectOf(fields["Transform"], "Transform");
  const encoding = transform["RequestBodyEncoding"] ?? "NONE";
  if (encoding !== "NONE" && encoding !== "URL_ENCODED") throw invalid(`Transform.RequestBodyEncoding must be NONE or URL_ENCODED, got ${JSON.stringify(encoding)}`);
  const options = transform["RequestEncodingOptions"] === undefined ? {} : objectOf(transform["RequestEncodingOptions"], "Transform.RequestEncodingOptions");
  const arrayFormat = options["ArrayFormat"] ?? "INDICES";
  if (typeof arrayFormat !== "string" || !(ARRAY_FORMATS as readonly string[]).includes(arrayFormat)) {
    throw invalid(`Transform.RequestEncodingOptions.ArrayFormat must be one of ${ARRAY_FORMATS.join(", ")}, got ${JSON.stringify(arrayFormat)}`);
  }
  if (fields["Authentication"] !== undefined) objectOf(fields["Authentication"], "Authentication");

  const query = fields["QueryParameters"] === undefined ? {} : objectOf(fields["QueryParameters"], "QueryParameters");
  for (const [name, value] of formPairs(query, arrayFormat as ArrayFormat)) url.searchParams.append(name, value);

  const headers = new Headers();
  const given = fields["Headers"] === undefined ? {} : objectOf(fields["Headers"], "Headers");
  for (const [name, value] of Object.entries(given)) {
    try {
      headers.append(name, typeof value === "string" ? value : JSON.stringify(value));
    } catch {
      throw invalid(`Headers: '${name}' is not a valid HTTP header`);
    }
  }
  const call: HttpCall = { url: url.toString(), method: method.toUpperCase(), headers };
  const body = fields["RequestBody"];
  if (body !== undefined && call.method !== "GET" && call.method !== "HEAD") {
    if (encoding === "URL_ENCODED") {
      const form = new URLSearchParams(formPairs(objectOf(body, "RequestBody (URL_ENCODED)"), arrayFormat as ArrayFormat));
      call.body = form.toString();
      if (!headers.has("content-type")) headers.set("content-type", "application/x-www-form-urlencoded");
    } else {
      call.body = typeof body === "string" ? body : JSON.stringify(body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json; charset=UTF-8");
    }
  }
  return call;
}

/** Name/value pairs of an object for a query string or URL-encoded body, arrays per `format`. */
function formPairs(value: JsonObject, format: ArrayFormat, prefix?: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [key, v] of Object.entries(value)) {
    const name = prefix === undefined ? key : `${prefix}[${key}]`;
    if (Array.isArray(v)) {
      const items = v.map(scalarText);
      if (format === "COMMAS") pairs.push([name, items.join(",")]);
      else items.forEach((item, i) => pairs.push([format === "INDICES" ? `${name}[${i}]` : format === "BRACKETS" ? `${name}[]` : name, item]));
    } else if (v !== null && typeof v === "object") pairs.push(...formPairs(v, format, name));
    else pairs.push([name, scalarText(v)]);
  }
  return pairs;
}

function scalarText(value: Json): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

async function httpResult(response: Response, method: string): Promise<JsonObject> {
  const headers: JsonObject = {};
  response.headers.forEach((value, name) => {
    headers[name] = [value];
  });
  const text = method === "HEAD" ? "" : await response.text();
  let body: Json = text;
  if (/\bjson\b/i.test(response.headers.get("content-type") ?? "") && text.trim() !== "") {
    try {
      body = JSON.parse(text) as Json;
    } catch {
      body = text;
    }
  }
  return { Headers: headers, ResponseBody: body, StatusCode: response.status, StatusText: response.statusText || STATUS_TEXTS[response.status] || "" };
}

/** Reason phrases for hosts whose fetch leaves statusText empty (HTTP/2). */
const STATUS_TEXTS: Record<number, string> = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 409: "Conflict",
  422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};

function objectOf(value: Json | undefined, what: string): JsonObject {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value)) throw invalid(`${what} must be an object, got ${JSON.stringify(value ?? null)}`);
  return value;
}

function invalid(detail: string): StatesError {
  return new StatesError("States.Runtime", `The HTTP Task's parameters are not valid: ${detail}`);
}

function describeFetchError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message} (${cause.message})` : e.message;
}
