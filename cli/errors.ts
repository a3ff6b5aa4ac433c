/** Errors the CLI reports as one line on stderr, with the exit code they map to. */

export const EXIT_FAILURE = 1;
export const EXIT_NOT_ARTICLE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const NODE_CODES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found (DNS lookup failed)',
  EAI_AGAIN: 'DNS lookup timed out',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'the server did not answer in time',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  CERT_HAS_EXPIRED: 'the TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the TLS certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host',
};

function codeOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** A short human reason for a Node / fetch error, looking through `cause` chains ("fetch failed" says nothing). */
export function describeError(error: unknown): string {
  let current: unknown = error;
  let innermost = '';
  for (let depth = 0; current && depth < 5; depth++) {
    const code = codeOf(current);
    if (code && NODE_CODES[code]) return `${NODE_CODES[code]} (${code})`;
    if (current instanceof Error && (current.name === 'TimeoutError' || current.name === 'AbortError')) return 'timed out';
    if (current instanceof Error && current.message) innermost = current.message;
    current = current instanceof Error ? current.cause : undefined;
  }
  const code = codeOf(error);
  const message = innermost || (error instanceof Error ? error.message : String(error));
  const firstLine = message.split('\n')[0]?.trim() || 'unknown error';
  return code && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}
