/**
 * `JSON.stringify(value, null, 2)` handed out in pieces, for a summary too large to hold as one
 * string (906,000 customers make 436 MB of JSON text). The text is the same, byte for byte: plain
 * objects and arrays are walked here, and every other value is stringified by JSON.stringify
 * (native, fast) wrapped in as many arrays as its depth, so that JSON.stringify indents it
 * itself, and the brackets cut off. The elements of an array (the per-customer lists) go to
 * JSON.stringify a batch at a time, as one array: one native call makes the text of a hundred
 * customers, and a lazy array's elements (lazyArray.ts) are made by its maker, not its Proxy.
 * The short pieces are gathered into strings of about CHUNK characters before they are written.
 */
import { lazyArrayMaker } from "../analytics/lazyArray";

type Write = (text: string) => void;

/** Characters gathered before a piece is handed to `write`. */
const CHUNK = 1 << 16;
/** The text aimed at for one batch of array elements, and the most elements a batch holds. */
const BATCH_TEXT = 1 << 15;
const MAX_BATCH = 1024;
/** A piece at least this long is handed to `write` as it is. */
const LARGE_PIECE = 1 << 12;

/** Writes the JSON text of `value` as JSON.stringify(value, null, 2) would make it. */
export function streamJson(value: unknown, write: Write): void {
  const out = new Pieces(write);
  const text = resolvedText(jsonValue(value, ""), "", out);
  // What JSON.stringify leaves undefined at the top (undefined, a function) writes nothing.
  if (text !== undefined) out.add(text);
  out.end();
}

/** Pieces gathered into strings of about CHUNK characters: fewer, larger writes. */
class Pieces {
  private text = "";
  constructor(private readonly write: Write) {}
  add(piece: string): void {
    if (piece.length >= LARGE_PIECE) {
      // written as it is: a long piece is never copied into a longer one
      if (this.text.length > 0) this.write(this.text);
      this.text = "";
      this.write(piece);
      return;
    }
    this.text += piece;
    if (this.text.length >= CHUNK) {
      this.write(this.text);
      this.text = "";
    }
  }
  end(): void {
    if (this.text.length > 0) this.write(this.text);
    this.text = "";
  }
}

/** An object JSON.stringify would hand to its toJSON (a Date, a value of our own). */
function hasToJSON(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  );
}

/** The value after its toJSON, called as JSON.stringify calls it (with the key). */
function jsonValue(value: unknown, key: string | number): unknown {
  if (hasToJSON(value)) return (value as { toJSON: (key: string) => unknown }).toJSON(String(key));
  return value;
}

/** Plain objects are walked, key by key; anything else but an array is stringified whole. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The text of a value whose toJSON (if any) was called already: arrays and plain objects are
 * written to `out` (undefined returned), anything else is returned as text, or undefined where
 * JSON.stringify leaves it out (undefined, a function, a symbol).
 */
function resolvedText(value: unknown, indent: string, out: Pieces): string | undefined {
  if (Array.isArray(value)) walkArray(value, indent, out);
  else if (isPlainObject(value)) walkObject(value, indent, out);
  else if (hasToJSON(value)) return returnedObjectText(value, indent, out);
  else return whole(value, indent);
  return undefined;
}

/**
 * An object that a toJSON returned and that has a toJSON itself (a Date): JSON.stringify calls
 * toJSON once a value, so it writes such an object's own keys (a boxed primitive's value).
 */
function returnedObjectText(value: object, indent: string, out: Pieces): string | undefined {
  if (value instanceof Number) return JSON.stringify(Number(value));
  if (value instanceof String) return JSON.stringify(String(value));
  if (value instanceof Boolean) return JSON.stringify(value.valueOf());
  walkObject(value as Record<string, unknown>, indent, out);
  return undefined;
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
 * JSON.stringify's indented text of an already resolved value without a toJSON as it reads at
 * `indent`: the value stringified inside as many arrays as the indent has levels (so
 * JSON.stringify indents its lines itself), the arrays' brackets cut off.
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

/**
 * An array's elements at `indent`, a batch at a time: the elements without a toJSON of their
 * own, resolved (toJSON called with the element's index), stringified as one array at the
 * array's depth, its brackets cut off. An element that is an array is walked, so a list of
 * lists is never one string; an element whose toJSON returned an object with a toJSON is
 * written on its own.
 */
function walkArray(value: readonly unknown[], indent: string, out: Pieces): void {
  const length = value.length;
  if (length === 0) {
    out.add("[]");
    return;
  }
  const inner = `${indent}  `;
  const make = lazyArrayMaker(value);
  const element = make ?? ((i: number) => value[i]);
  const depth = indent.length / 2;
  // "[\n" + inner + the elements joined by ",\n" + inner, "\n" + indent + "]", inside wrappers
  const { open, close } = wrapperLengths(depth);
  const cut = { from: open + 1, to: close + indent.length + 2 };
  let batch: unknown[] = [];
  let size = 16;
  let first = true;
  const flush = () => {
    if (batch.length === 0) return;
    let wrapped: unknown = batch;
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    out.add(first ? "[" : ",");
    out.add(text.slice(cut.from, text.length - cut.to));
    size = Math.max(1, Math.min(MAX_BATCH, Math.round((batch.length * BATCH_TEXT) / text.length)));
    batch = [];
    first = false;
  };
  for (let i = 0; i < length; i++) {
    const item = jsonValue(element(i), i);
    if (Array.isArray(item) || hasToJSON(item)) {
      flush();
      out.add(first ? `[\n${inner}` : `,\n${inner}`);
      first = false;
      out.add(resolvedText(item, inner, out) ?? "");
    } else {
      batch.push(item);
      if (batch.length >= size) flush();
    }
  }
  flush();
  out.add(`\n${indent}]`);
}

/** A plain object's keys at `indent`, each value walked or stringified whole. */
function walkObject(value: Record<string, unknown>, indent: string, out: Pieces): void {
  const inner = `${indent}  `;
  let first = true;
  for (const name of Object.keys(value)) {
    const child = jsonValue(value[name], name);
    const prefix = `${first ? "{" : ","}\n${inner}${JSON.stringify(name)}: `;
    if (Array.isArray(child) || isPlainObject(child) || hasToJSON(child)) {
      out.add(prefix);
      const text = resolvedText(child, inner, out);
      if (text !== undefined) out.add(text);
    } else {
      const text = whole(child, inner);
      if (text === undefined) continue;
      out.add(prefix + text);
    }
    first = false;
  }
  out.add(first ? "{}" : `\n${indent}}`);
}
