/**
 * Random ids that work in every context a content script runs in. `crypto.randomUUID` exists only in secure
 * contexts, so on a plain-http news site (anything but localhost) it is undefined and annotating failed there.
 * `crypto.getRandomValues` is available in insecure contexts too and is just as random.
 */

/** A version-4 UUID (RFC 4122 layout) from 122 random bits. */
export function randomUuid(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random token of `bytes` random bytes as hex: for handshakes that only need to be unguessable. */
export function randomToken(bytes = 16): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
