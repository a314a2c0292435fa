/** The parsed request body of an operation (already validated against the service model). */
export type Input = Record<string, unknown>;

/** AWS JSON 1.0 sends timestamps as epoch seconds (fractional). */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}
