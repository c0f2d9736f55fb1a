/** The message of whatever a Node API threw or emitted, for a `SendResult` or a status. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
