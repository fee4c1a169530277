/** Writes one structured JSON log line. Callers never pass article text or credentials. */
export function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify(fields));
}
