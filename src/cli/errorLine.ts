/**
 * One line that says what went wrong, for an error we did not expect (exit 1): the message's
 * first line, joined with the next ones while it ends with ":" (a heading such as "invalid report
 * model:" before its list), else the error's name. Never empty, so the user always has a reason
 * to report.
 */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  let line = lines[0] ?? "";
  for (let i = 1; i < lines.length && line.endsWith(":"); i++) line = `${line} ${lines[i]}`;
  if (line !== "") return line;
  return error instanceof Error && error.name ? error.name : "unknown error";
}
