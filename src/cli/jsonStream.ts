/**
 * `JSON.stringify(value, null, 2)` handed out in pieces, for a summary too large to hold as one
 * string (906,000 customers make 436 MB of JSON text). The text is the same, byte for byte: plain
 * objects and arrays are walked here, and every other value, and each element of an array that
 * is not itself an array, is stringified by JSON.stringify (native, fast) and re-indented, which
 * is exact because JSON.stringify escapes every line break inside strings: its only line breaks
 * are its own.
 */

type Write = (text: string) => void;

/** Writes the JSON text of `value` as JSON.stringify(value, null, 2) would make it. */
export function streamJson(value: unknown, write: Write): void {
  const resolved = jsonValue(value, "");
  if (isWalked(resolved)) walk(resolved, "", write);
  else {
    // What JSON.stringify leaves undefined at the top (undefined, a function) writes nothing.
    const text = whole(resolved, "");
    if (text !== undefined) write(text);
  }
}

/** The value after its toJSON, called as JSON.stringify calls it (with the key). */
function jsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === "object") {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** Arrays and plain objects are walked; anything else is stringified whole. */
function isWalked(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** JSON.stringify's indented text of an already resolved value, re-indented to `indent`. */
function whole(value: unknown, indent: string): string | undefined {
  // What JSON.stringify omits (in an object) or writes as null (in an array).
  if (value === undefined || typeof value === "function" || typeof value === "symbol")
    return undefined;
  // toJSON was called already: wrapped, so JSON.stringify does not call it a second time.
  const text = JSON.stringify([value], null, 2);
  // "[\n  X\n]": X at two spaces, its inner lines at two more
  const inner = text.slice(4, -2);
  return indent === "" ? inner.replace(/\n {2}/g, "\n") : inner.replace(/\n {2}/g, `\n${indent}`);
}

function walk(value: Record<string, unknown> | unknown[], indent: string, write: Write): void {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      write("[]");
      return;
    }
    for (let i = 0; i < value.length; i++) {
      write(i === 0 ? `[\n${inner}` : `,\n${inner}`);
      const element = jsonValue(value[i], String(i));
      if (Array.isArray(element)) walk(element, inner, write);
      else write(whole(element, inner) ?? "null");
    }
    write(`\n${indent}]`);
    return;
  }
  let first = true;
  for (const name of Object.keys(value)) {
    const child = jsonValue(value[name], name);
    const prefix = `${first ? "{" : ","}\n${inner}${JSON.stringify(name)}: `;
    if (isWalked(child)) {
      write(prefix);
      walk(child, inner, write);
    } else {
      const text = whole(child, inner);
      if (text === undefined) continue;
      write(prefix + text);
    }
    first = false;
  }
  write(first ? "{}" : `\n${indent}}`);
}
