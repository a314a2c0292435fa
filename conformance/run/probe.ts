/**
 * Before a run: does the target answer, and does it speak the Step Functions API? One
 * ListStateMachines call; on trouble a one-line reason (connection refused, not JSON, an error
 * `__type` such as a credentials problem or an unknown operation, ...). The runner exits 2 then.
 */
import type { Transport } from "../api/transport.ts";

export type ProbeResult = { ok: true } | { ok: false; message: string };

const CREDENTIAL_ERRORS = new Set([
  "UnrecognizedClientException", "InvalidSignatureException", "IncompleteSignature", "MissingAuthenticationToken",
  "ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "AccessDenied", "AccessDeniedException", "SignatureDoesNotMatch",
]);

function preview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/** The most telling reason a request failed (Node puts the system error in `cause`). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET") return "connection reset";
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "no answer in time";
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export async function probeTarget(transport: Transport, url: string, timeoutMs = 15_000): Promise<ProbeResult> {
  let answer;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  try {
    answer = await transport.send("ListStateMachines", { maxResults: 1 }, { signal: controller.signal });
  } catch (e) {
    return { ok: false, message: `cannot reach ${url}: ${networkReason(e)}` };
  } finally {
    clearTimeout(timer);
  }
  const { status, body } = answer;
  const isObject = body !== null && typeof body === "object" && !Array.isArray(body);
  if (!isObject) {
    return { ok: false, message: `${url} does not speak the Step Functions API (AWS JSON 1.0): ListStateMachines answered HTTP ${status} with ${typeof body === "string" ? `text that is not JSON: ${preview(body)}` : `JSON that is not an object: ${preview(body)}`}` };
  }
  const fields = body as Record<string, unknown>;
  if (status >= 200 && status < 300) {
    if (Array.isArray(fields["stateMachines"])) return { ok: true };
    return { ok: false, message: `${url} does not speak the Step Functions API: ListStateMachines answered HTTP ${status} without a stateMachines list: ${preview(body)}` };
  }
  const type = typeof fields["__type"] === "string" ? (fields["__type"] as string) : "";
  const code = type.slice(type.lastIndexOf("#") + 1).split(":")[0]!;
  const message = String(fields["message"] ?? fields["Message"] ?? "");
  if (CREDENTIAL_ERRORS.has(code)) return { ok: false, message: `${url} refused the credentials: ${code}: ${message} (give --access-key/--secret-key/--region or AWS_* variables)` };
  if (code) return { ok: false, message: `${url} does not answer ListStateMachines: HTTP ${status} ${code}${message ? `: ${message}` : ""}` };
  return { ok: false, message: `${url} does not speak the Step Functions API: ListStateMachines answered HTTP ${status} without an AWS error type (__type): ${preview(body)}` };
}
