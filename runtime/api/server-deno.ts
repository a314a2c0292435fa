/**
 * Deno entry: `deno serve runtime/api/server-deno.ts` (or `npm run start:deno`) serves the same
 * Step Functions API. SFN_TIME_SCALE speeds up Wait/Retry delays. In-memory state; durable storage
 * for Deno Deploy arrives with the edge deployment work.
 */
import { createService } from "./service.ts";

declare const Deno: { env: { get(name: string): string | undefined } };

const { app } = createService({ timeScale: Number(Deno.env.get("SFN_TIME_SCALE") ?? 1) });

export default { fetch: app.fetch };
