/** The error of a file the engine cannot use: which file and why. */
export class EngineInputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: ${reason}`);
  }
}
