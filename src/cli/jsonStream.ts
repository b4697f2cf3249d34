/**
 * `JSON.stringify(value, null, 2)` handed out in pieces, for a summary too large to hold as one
 * string (906,000 customers make 436 MB of JSON text). The text is the same, byte for byte: plain
 * objects and arrays are walked here, and every other value, and each element of an array that
 * is not itself an array, is stringified by JSON.stringify (native, fast) wrapped in as many
 * arrays as its depth, so that JSON.stringify indents it itself, and the brackets cut off.
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

/** Open and close brackets of `depth` nested arrays as JSON.stringify(_, null, 2) writes them. */
const wrappers: { open: number; close: number }[] = [];
function wrapperLengths(depth: number): { open: number; close: number } {
  for (let d = wrappers.length; d <= depth; d++) {
    // "[\n" plus the next level's indent at each level; "\n" plus the level's indent and "]"
    let open = 0;
    let close = 0;
    for (let k = 0; k < d; k++) {
      open += 2 + 2 * (k + 1);
      close += 2 + 2 * k;
    }
    wrappers.push({ open, close });
  }
  return wrappers[depth];
}

/**
 * JSON.stringify's indented text of an already resolved value as it reads at `indent`: the
 * value stringified inside as many arrays as the indent has levels (so JSON.stringify indents
 * its lines itself), the arrays' brackets cut off. The value is never the top level here, so
 * toJSON, called already, is not called again (the wrapping arrays have none).
 */
function whole(value: unknown, indent: string): string | undefined {
  // What JSON.stringify omits (in an object) or writes as null (in an array).
  if (value === undefined || typeof value === "function" || typeof value === "symbol")
    return undefined;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const depth = indent.length / 2;
  let wrapped: unknown = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const { open, close } = wrapperLengths(depth);
  return text.slice(open, text.length - close);
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
