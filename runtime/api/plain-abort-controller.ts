/**
 * AbortController and AbortSignal in plain JavaScript (an EventTarget and two fields), for hosts
 * whose native signals cannot be aborted from outside the request that created them.
 *
 * Workers bind every native AbortSignal to the request that created it (it can cancel that
 * request's I/O), and aborting it from another request throws "Cannot perform I/O on behalf of a
 * different request". An execution's signals are created by StartExecution and aborted by later
 * requests (StopExecution, SendTaskSuccess ending a heartbeat, a task handed to a waiting
 * GetActivityTask), so the Workers entry installs these in place of the globals. The interpreter
 * uses signals only among its own parts (never to cancel fetches), which is all these support.
 */
const abortSignal = Symbol("abort");

export class PlainAbortSignal extends EventTarget {
  aborted = false;
  reason: unknown = undefined;
  onabort: ((this: PlainAbortSignal, event: Event) => unknown) | null = null;

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  [abortSignal](reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    const event = new Event("abort");
    this.onabort?.call(this, event);
    this.dispatchEvent(event);
  }

  static abort(reason?: unknown): PlainAbortSignal {
    const signal = new PlainAbortSignal();
    signal[abortSignal](reason);
    return signal;
  }

  /** Aborts with the first of `signals` to abort; holds the result weakly, as the native one does. */
  static any(signals: Iterable<AbortSignal | PlainAbortSignal>): PlainAbortSignal {
    const combined = new PlainAbortSignal();
    const sources = [...signals];
    const first = sources.find((source) => source.aborted);
    if (first) {
      combined[abortSignal](first.reason);
      return combined;
    }
    const target = new WeakRef(combined);
    for (const source of sources) {
      source.addEventListener("abort", () => target.deref()?.[abortSignal](source.reason), { once: true });
    }
    return combined;
  }

  static timeout(milliseconds: number): PlainAbortSignal {
    const signal = new PlainAbortSignal();
    setTimeout(() => signal[abortSignal](new DOMException("The operation timed out.", "TimeoutError")), milliseconds);
    return signal;
  }
}

export class PlainAbortController {
  readonly signal = new PlainAbortSignal();

  abort(reason?: unknown): void {
    this.signal[abortSignal](reason);
  }
}

/** Replaces the global AbortController and AbortSignal with the plain ones (Workers entry only). */
export function installPlainAbortController(scope: { AbortController: unknown; AbortSignal: unknown } = globalThis): void {
  scope.AbortController = PlainAbortController;
  scope.AbortSignal = PlainAbortSignal;
}
