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

  child(): VariableScope {
    return new VariableScope(this);
  }
}
