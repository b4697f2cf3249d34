/** The console methods a library may print through. */
const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

/**
 * Silences the console for the length of a run and returns the function that restores it.
 * Libraries print their own notes (ExcelJS: "Worksheet name ... exceeds 31 chars. This will be
 * truncated"); the CLI speaks only through its own stdout and stderr lines, so on exit 2 stderr
 * holds exactly one line. The CLI's io writes to process.stdout/stderr, not through console.
 */
export function quietConsole(): () => void {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) console[m] = () => undefined;
  return () => {
    for (const [m, f] of saved) console[m] = f;
  };
}
