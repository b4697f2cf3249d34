/** Write-only views of fake API sub-objects. */
import type { CommandQueue } from "./context";
import { propertyNotLoaded } from "./errors";

/**
 * A sub-object of a chart (title, legend, axes, data labels) or of a conditional format, as
 * Office gives it: writes are queued
 * and applied at sync, reads throw PropertyNotLoaded (nothing is ever loaded on it here).
 */
export function writeOnly<T extends object>(queue: CommandQueue, label: string, target: T): T {
  return new Proxy(target, {
    get(obj, key) {
      const value = (obj as Record<string | symbol, unknown>)[key];
      if (typeof value === "object" && value !== null) {
        return writeOnly(queue, `${label}.${String(key)}`, value);
      }
      throw propertyNotLoaded(`${label}.${String(key)}`);
    },
    set(obj, key, value) {
      queue.enqueue(`${label}.${String(key)} =`, () => {
        (obj as Record<string | symbol, unknown>)[key] = value;
      });
      return true;
    },
  });
}
