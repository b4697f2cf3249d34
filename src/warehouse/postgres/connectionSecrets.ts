/**
 * A PostgreSQL password never leaves the process in text we print: every message of the
 * `--postgres` path goes through `redactSecrets` with the secrets of the connection (the URL's
 * password, raw and percent-decoded, a key=value `password=`, and PGPASSWORD), and the target
 * is named by `connectionLabel`, which has no password in it.
 */

const REDACTED = "***";

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The password part of a URL, found without a URL parser: a malformed URL (an unencoded "/",
 * "?" or "@" in the password) has one too. Every stretch from the user's ":" to an "@" is a
 * candidate: redacting a longer text than the password is harmless, missing it is not.
 */
function urlPasswords(url: string): string[] {
  const scheme = SCHEME.exec(url);
  if (!scheme) return [];
  const rest = url.slice(scheme[0].length);
  const colon = rest.indexOf(":");
  const firstAt = rest.indexOf("@");
  if (colon < 0 || firstAt < 0 || colon > firstAt) return [];
  const found: string[] = [];
  for (let at = firstAt; at >= 0; at = rest.indexOf("@", at + 1))
    found.push(rest.slice(colon + 1, at));
  return found;
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
  const found = [...urlPasswords(url), keywordPassword(url), env.PGPASSWORD ?? null]
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
 * and no query string (which may carry `password=` or an SSL key's passphrase). The host is what
 * follows the last "@", so a password holding "@", "/" or "?" stays out, even in a malformed URL.
 */
export function connectionLabel(url: string): string {
  if (url.trim() === "") return "PG* environment";
  const scheme = SCHEME.exec(url);
  if (!scheme) return "key=value connection string";
  const rest = url.slice(scheme[0].length);
  const at = rest.lastIndexOf("@");
  const user = at >= 0 ? `${rest.slice(0, at).split(":")[0]}@` : "";
  const place = rest.slice(at + 1).split(/[?#]/)[0];
  return `${scheme[0]}${user}${place}`;
}
