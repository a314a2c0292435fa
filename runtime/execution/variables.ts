import type { Json } from "../core/json.ts";

/**
 * Workflow variables. Each Parallel branch and Map iteration gets a child scope: it reads the
 * variables of the scopes around it and assigns its own.
 */
export class VariableScope {
  private readonly values = new Map<string, Json>();

  constructor(readonly parent?: VariableScope) {}

  lookup(name: string): { found: true; value: Json } | { found: false } {
    for (let scope: VariableScope | undefined = this; scope; scope = scope.parent) {
      if (scope.values.has(name)) return { found: true, value: scope.values.get(name)! };
    }
    return { found: false };
  }

  assign(name: string, value: Json): void {
    this.values.set(name, value);
  }

  /** Every variable visible here, inner scopes winning (JSONata binds them all as $name). */
  visible(): Record<string, Json> {
    const out: Record<string, Json> = {};
    const chain: VariableScope[] = [];
    for (let scope: VariableScope | undefined = this; scope; scope = scope.parent) chain.unshift(scope);
    for (const scope of chain) for (const [name, value] of scope.values) out[name] = value;
    return out;
  }

  child(): VariableScope {
    return new VariableScope(this);
  }

  /** This scope's own variables (not its parents'), as plain data to keep for a redrive. */
  ownValues(): Record<string, Json> {
    return Object.fromEntries(this.values);
  }

  /** Puts back variables kept by ownValues() (a redrive resuming this scope). */
  restore(values: Record<string, Json>): void {
    for (const [name, value] of Object.entries(values)) this.values.set(name, value);
  }
}
