/**
 * The implementation under test, as the runner talks to it: a transport per case (with the
 * account the case acts in), the target's time scale and region, and how reports name it.
 * - embedded: the reference runtime in process (`createService(...).app.fetch`); each case signs
 *   with a fresh 12-digit access key, which the runtime takes as the account, so cases never see
 *   each other's resources;
 * - remote: any endpoint over HTTP (AWS JSON 1.0, SigV4), only through its public API; isolation
 *   as the manifest says (a per-case account header such as moto's, or per-case access keys).
 */
import { createService, type ServiceOptions } from "../../runtime/api/service.ts";
import { stoppableTimers } from "../../runtime/api/stoppable-timers.ts";
import { fetchTransport, httpTransport, type Transport } from "../api/transport.ts";
import type { TargetDescription } from "../report/run-report.ts";
import type { TargetManifest } from "./target-manifest.ts";

export interface TargetConnection {
  description: TargetDescription;
  embedded: boolean;
  /** How the target scales Wait/Retry/timeouts (1 = real time). */
  timeScale: number;
  region: string;
  /** The role state machines are created with in `accountId`. */
  roleArn(accountId: string): string;
  /** The transport for the n-th case of the run and the account it acts in. */
  forCase(n: number): { transport: Transport; accountId: string };
  /** A transport for the probe. */
  probe: Transport;
  /** Ends what the connection keeps running (the embedded runtime's executions and timers), so the process can exit. */
  close(): void;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const DEFAULT_ACCOUNT = "123456789012";

/** 12-digit accounts unique to this run: 4 random leading digits, then the case number. */
function accountNumbers(): (n: number) => string {
  const base = 1000 + Math.floor(Math.random() * 9000);
  return (n) => `${base}${String(n).padStart(8, "0")}`;
}

function roleArnFor(manifest: TargetManifest | undefined): (accountId: string) => string {
  return (accountId) => manifest?.roleArn ?? `arn:aws:iam::${accountId}:role/sfn-conformance-role`;
}

export function embeddedTarget(options: {
  timeScale: number;
  region: string;
  suiteVersion: string;
  manifest?: TargetManifest;
  /** More of the runtime's options, as its server entry gives them (e.g. other services' models, a platform matter). */
  service?: Omit<ServiceOptions, "timeScale" | "timers">;
}): TargetConnection {
  // Executions a case leaves running (an unanswered Task waits out its default TimeoutSeconds of
  // 99999999 s) must not keep the process alive after the run: close() cancels their timers.
  const timers = stoppableTimers(options.timeScale);
  const { app } = createService({ ...options.service, timers });
  const account = accountNumbers();
  const perCase = options.manifest?.perCaseAccessKey ?? true;
  return {
    description: {
      name: options.manifest?.name ?? "reference-runtime",
      version: options.manifest?.version ?? options.suiteVersion,
      url: "embedded",
      ...(options.manifest ? { manifest: options.manifest as unknown as Record<string, unknown> } : {}),
    },
    embedded: true,
    timeScale: options.timeScale,
    region: options.region,
    roleArn: roleArnFor(options.manifest),
    forCase(n) {
      const accountId = perCase ? account(n) : (options.manifest?.account ?? DEFAULT_ACCOUNT);
      return { transport: fetchTransport(app.fetch, { accessKeyId: perCase ? accountId : "test", region: options.region }), accountId };
    },
    probe: fetchTransport(app.fetch, { accessKeyId: "test", region: options.region }),
    close: () => timers.stop(),
  };
}

export function remoteTarget(options: {
  url: string;
  fetch: (request: Request) => Promise<Response>;
  credentials: Credentials;
  region: string;
  timeScale: number;
  manifest?: TargetManifest;
}): TargetConnection {
  const manifest = options.manifest;
  const account = accountNumbers();
  const extra = manifest?.headers ?? {};
  const send = (headers: Record<string, string>) => (request: Request) => {
    if (Object.keys(headers).length === 0) return options.fetch(request);
    const merged = new Headers(request.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    return options.fetch(new Request(request, { headers: merged }));
  };
  const transportFor = (accessKeyId: string, headers: Record<string, string>) =>
    httpTransport(options.url, { ...options.credentials, accessKeyId, region: options.region }, send(headers));
  let host = options.url;
  try {
    host = new URL(options.url).host;
  } catch {
    // keep the text
  }
  return {
    description: {
      name: manifest?.name ?? host,
      ...(manifest?.version ? { version: manifest.version } : {}),
      url: options.url,
      ...(manifest ? { manifest: manifest as unknown as Record<string, unknown> } : {}),
    },
    embedded: false,
    timeScale: options.timeScale,
    region: options.region,
    roleArn: roleArnFor(manifest),
    forCase(n) {
      const isolated = manifest?.perCaseAccountHeader !== undefined || manifest?.perCaseAccessKey === true;
      const accountId = isolated ? account(n) : (manifest?.account ?? DEFAULT_ACCOUNT);
      const headers = manifest?.perCaseAccountHeader ? { ...extra, [manifest.perCaseAccountHeader]: accountId } : extra;
      return { transport: transportFor(manifest?.perCaseAccessKey ? accountId : options.credentials.accessKeyId, headers), accountId };
    },
    probe: transportFor(options.credentials.accessKeyId, extra),
    close: () => undefined,
  };
}
