/**
 * Groups queued Office.js commands into syncs by payload: commands are queued at once, and a
 * sync is made when the next write would push the batch over the byte budget. Bulk work thus
 * costs about one sync per budget's worth of data, and small commands ride along for free.
 */
import type { ExcelHost } from "./host";

export class SyncBatcher {
  private pendingBytes = 0;
  private pendingCommands = 0;
  syncs = 0;

  constructor(
    private readonly context: ExcelHost,
    private readonly budgetBytes: number
  ) {}

  /** Queues commands worth `bytes` of request payload, syncing first if they would not fit. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pendingCommands > 0 && this.pendingBytes + bytes > this.budgetBytes) {
      await this.flush();
    }
    queue();
    this.pendingBytes += bytes;
    this.pendingCommands++;
  }

  /**
   * Syncs what is queued (if anything), with Excel's recalculation suspended for that sync. The
   * add-in then owes Excel a recalculation (learn.microsoft.com, Application.
   * suspendApiCalculationUntilNextSync): the writer's swap starts with `calculate("Full")`.
   */
  async flush(): Promise<void> {
    if (this.pendingCommands === 0) return;
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    this.pendingBytes = 0;
    this.pendingCommands = 0;
    this.syncs++;
    await this.context.sync();
  }
}
