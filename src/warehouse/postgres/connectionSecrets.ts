/**
 * A PostgreSQL password never leaves the process in text we print: every message of the
 * `--postgres` path goes through `redactSecrets` with the secrets of the connection (the URL's
 * password, raw and percent-decoded, a key=value `password=`, and PGPASSWORD), and the target
 * is named by `connectionLabel`, which has no password in it.
 */

const REDACTED = "***";

/** The password part of a URL, found without a URL parser (a malformed URL has one too). */
function urlPassword(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]*?:([^@/?#]*)@/i.exec(url);
  return m ? m[1] : null;
}

/** `password=...` of a key=value connection string ('quoted' or bare). */
function keywordPassword(conninfo: string): string | null {
  const m = /(?:^|\s)password\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S+))/i.exec(conninfo);
  return m ? (m[1] ?? m[2]) : null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every form a password of this connection can take in a message, longest first. */
export function connectionSecrets(
  url: string,
  env: Readonly<Record<string, string | undefined>> = process.env
): string[] {
  const found = [urlPassword(url), keywordPassword(url), env.PGPASSWORD ?? null]
    .filter((s): s is string => s !== null && s !== "")
    .flatMap((s) => [s, decoded(s), encodeURIComponent(decoded(s))]);
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}

/** The text with every secret replaced; the whole URL too, in case a library echoes it. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * The connection as the user may see it: scheme, user, host, port and database, no password
 * and no query string (which may carry `password=` or an SSL key's passphrase).
 */
export function connectionLabel(url: string): string {
  if (url.trim() === "") return "PG* environment";
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:([^/?#@:]*)(?::[^/?#@]*)?@)?([^/?#]*)(\/[^?#]*)?/i.exec(url);
  if (!m) return "key=value connection string";
  const user = m[2] ? `${m[2]}@` : "";
  return `${m[1]}${user}${m[3]}${m[4] ?? ""}`;
}
