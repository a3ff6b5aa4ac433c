/**
 * Cross-origin access for browser extensions only. Gloss talks to the server from its background worker, whose
 * origin is `chrome-extension://…` or `moz-extension://…`; with CORS it needs no host permission for the
 * server. Web pages get no CORS headers, so a site the reader visits can't use their session on this server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]+$/i;

export const isExtensionOrigin = (origin: string | undefined): origin is string => origin !== undefined && EXTENSION_ORIGIN.test(origin);

/** Adds the CORS headers for an extension's request; answers true when it was a preflight, now fully answered. */
export function answerCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!isExtensionOrigin(origin)) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  if (req.method !== 'OPTIONS') return false;
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
  return true;
}
