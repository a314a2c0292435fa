import type { DurableStore } from "../../storage/durable-store.ts";
import { createService, type ServiceOptions } from "../service.ts";
import type { ServiceState } from "../store.ts";
import { DurableAccounts } from "./durable-accounts.ts";

export interface DurableServiceOptions extends Omit<ServiceOptions, "journal"> {
  store: DurableStore;
  /** See DurableAccountsOptions.scheduleWake (a Durable Object alarm). */
  scheduleWake?: (atMs: number | undefined) => void;
}

/**
 * The API server over durable storage: what the store holds is loaded, the executions that were
 * running go on from their checkpoints, and `fetch` stores what each operation changes before it
 * answers. Hosts: the Durable Object (server-workerd.ts) and Deno with Deno KV (server-deno.ts).
 */
export function createDurableService(options: DurableServiceOptions): {
  fetch: (request: Request) => Promise<Response>;
  state: ServiceState;
  durable: DurableAccounts;
  restored: { executions: number; resumed: number };
} {
  const { store, scheduleWake, ...serviceOptions } = options;
  const timeScale = options.timers?.scale ?? options.timeScale ?? 1;
  const durable = new DurableAccounts({ store, timeScale, ...(scheduleWake ? { scheduleWake } : {}) });
  const { app, state } = createService({ ...serviceOptions, journal: durable.journal });
  const restored = durable.restore(state);
  return { fetch: durable.persisting((request) => app.fetch(request)), state, durable, restored };
}
