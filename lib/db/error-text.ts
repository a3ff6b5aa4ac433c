/**
 * "QuotaExceededError: …" for DOMExceptions, just the message for plain errors. Its own file: opening the
 * database needs it, and the library's start script (entrypoints/library-start.ts) must not pull in the
 * message protocol and its schemas with transaction.ts.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
