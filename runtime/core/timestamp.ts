/**
 * RFC 3339 timestamps as the States language requires them: uppercase `T` between date and time,
 * and `Z` or a numeric offset (spec "Timestamps"; recorded: a missing T or Z, month 13 and hour 25
 * are all rejected with "String does not match RFC3339 timestamp").
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch, or undefined when the text is not a valid RFC 3339 timestamp. */
export function parseRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== "Z") {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[8]!.startsWith("-") ? -1 : 1) * (oh * 60 + om);
  }
  const fraction = m[7] ? Number(`0${m[7]}`) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + Math.floor(fraction * 1000);
  return utc - offsetMinutes * 60_000;
}

export function isRfc3339(text: string): boolean {
  return parseRfc3339(text) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO-8601 text with millisecond precision, the form AWS uses in the context object. */
export function formatIsoMillis(date: Date): string {
  return date.toISOString();
}
