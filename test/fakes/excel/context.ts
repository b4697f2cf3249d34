/**
 * The heart of the fake: a request context that queues commands and applies them at `sync`,
 * like Office.js. Each sync's request (queued writes) and response (loaded values) is sized as
 * JSON and refused over 5 MB, as Excel on the web does; every sync is recorded for the tests.
 */
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import {
  ACTION_REQUEST_OVERHEAD_BYTES,
  ACTION_RESPONSE_OVERHEAD_BYTES,
  jsonBytes,
  PAYLOAD_LIMIT_BYTES,
} from "./payload";

/** One queued command: applied in order at sync; returns the bytes it adds to the response. */
export interface Command {
  /** What the command is, for failure injection and debugging ("values Sheet1!A1:B2"). */
  label: string;
  requestBytes: number;
  run(): number | void;
}

export interface SyncRecord {
  index: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

/** A failure to inject: at the n-th command applied (counted over the whole life of the fake). */
export interface InjectedFailure {
  atCommand: number;
  error?: Error;
}

export class CommandQueue {
  private queue: Command[] = [];
  readonly syncs: SyncRecord[] = [];
  commandsApplied = 0;
  failure?: InjectedFailure;
  calculationSuspended = false;
  screenUpdatingSuspended = false;
  /** Fails at sync below an API level (set by FakeExcel: objects without the environment use it). */
  requireApi: (version: string, what: string) => void = () => undefined;
  /** Called as each sync starts, before its batch is applied (faults.ts injects faults here). */
  beforeSync?: (record: SyncRecord) => void;

  enqueue(label: string, run: () => number | void, payload?: unknown): void {
    const requestBytes =
      ACTION_REQUEST_OVERHEAD_BYTES + (payload === undefined ? 0 : jsonBytes(payload));
    this.queue.push({ label, requestBytes, run });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      commands: batch.length,
      requestBytes: batch.reduce((sum, c) => sum + c.requestBytes, 0),
      responseBytes: 0,
      calculationSuspended: this.calculationSuspended,
      screenUpdatingSuspended: this.screenUpdatingSuspended,
    };
    this.calculationSuspended = false;
    this.screenUpdatingSuspended = false;
    this.syncs.push(record);
    await Promise.resolve();
    this.beforeSync?.(record);
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${record.requestBytes} bytes).`
      );
    }
    // Office applies a batch in order and stops at the first failing command: earlier commands
    // of the batch stay applied (a batch is not a transaction).
    for (const command of batch) {
      this.commandsApplied++;
      if (this.failure && this.commandsApplied === this.failure.atCommand) {
        throw (
          this.failure.error ??
          new FakeOfficeError("GeneralException", `injected failure at ${command.label}`)
        );
      }
      record.responseBytes += command.run() ?? 0;
    }
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`
      );
    }
  }
}

/**
 * Base of every fake API object: `load` queues a snapshot of the named properties, taken at
 * sync; reading a property that was not loaded throws PropertyNotLoaded, as Office does.
 */
export abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly queue: CommandQueue) {}

  /** The value of a loaded property, or PropertyNotLoaded. */
  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Marks properties as loaded with the given values (used by collections loading items). */
  setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected queueLoad(propertyNames: string | string[]): void {
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
      .map((n) => n.trim())
      .filter((n) => n !== "");
    this.queue.enqueue(`load ${names.join(",")}`, () => {
      // The result is `{"ActionId":n,"Value":{"name":value,...}}`: the values' JSON, measured.
      let bytes = ACTION_RESPONSE_OVERHEAD_BYTES;
      for (const name of names) {
        const value = this.snapshot(name);
        this.loaded.set(name, value);
        bytes += name.length + 4 + jsonBytes(value);
      }
      return bytes;
    });
  }

  /** The current value of a property, at sync time; throws InvalidArgument for unknown names. */
  protected abstract snapshot(property: string): unknown;
}
