/**
 * JSONata's $base64encode / $base64decode without Node's Buffer, which JSONata uses outside
 * browsers and which workerd (without nodejs_compat) does not have. Same results as JSONata on
 * Node: the string's characters are taken as bytes (their code modulo 256, Buffer's 'binary'),
 * and decoding skips characters outside the base64 alphabets (standard and URL-safe).
 */
export function base64encode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let bytes = "";
  for (let i = 0; i < text.length; i++) bytes += String.fromCharCode(text.charCodeAt(i) & 0xff);
  return btoa(bytes);
}

export function base64decode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.split("=")[0]!.replace(/[^A-Za-z0-9+/\-_]/g, "").replace(/-/g, "+").replace(/_/g, "/");
  // A single leftover character carries no whole byte (Buffer drops it).
  const usable = cleaned.length % 4 === 1 ? cleaned.slice(0, -1) : cleaned;
  return atob(usable + "=".repeat((4 - (usable.length % 4)) % 4));
}
