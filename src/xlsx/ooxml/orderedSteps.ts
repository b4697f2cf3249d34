/**
 * Steps run in the order they were given, each after the promise it waits for: the zip writer's
 * output once slices are deflated away from the main thread (their bytes must reach the file in
 * order, and an entry's sizes are known only when its last slice is back). While nothing waits,
 * a step runs at once, so a writer whose compression is synchronous behaves as before.
 */
export class OrderedSteps {
  private waiting = 0;
  private tail: Promise<void> = Promise.resolve();

  /** True when every step given has run. */
  get idle(): boolean {
    return this.waiting === 0;
  }

  /** Runs `step` now when nothing waits, else after every step given before it. */
  run(step: () => void): void {
    if (this.waiting === 0) step();
    else this.after(Promise.resolve(), step);
  }

  /** Runs `step` with what `value` resolves to, after every step given before it. */
  after<T>(value: Promise<T>, step: (result: T) => void): void {
    this.waiting++;
    // a rejection is reported by done(), in order; meanwhile it is handled
    value.catch(() => undefined);
    this.tail = this.tail.then(async () => {
      step(await value);
      this.waiting--;
    });
    this.tail.catch(() => undefined);
  }

  /** Resolves once every step given has run; rejects with the first step's or value's failure. */
  done(): Promise<void> {
    return this.tail;
  }
}
