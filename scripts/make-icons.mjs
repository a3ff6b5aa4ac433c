// Writes public/icon/{16,32,48,128}.png: a blue rounded square with a white "G"-like ring. No dependencies:
// the PNGs are encoded by hand (zlib + CRC32). Run with `node scripts/make-icons.mjs` after changing the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

export function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = v));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const clamp = (v) => Math.max(0, Math.min(1, v));
const BLUE = [37, 99, 235];
const WHITE = [255, 255, 255];

/** Coverage-based antialiasing: signed distances turned into alpha over one pixel. */
function iconPixel(size) {
  const radius = size * 0.22;
  const c = size / 2;
  return (px, py) => {
    const x = px + 0.5;
    const y = py + 0.5;
    // Rounded square.
    const qx = Math.max(Math.abs(x - c) - (c - radius), 0);
    const qy = Math.max(Math.abs(y - c) - (c - radius), 0);
    const square = clamp(radius - Math.hypot(qx, qy) + 0.5);
    // "G": a ring open at the upper right, plus a short bar into the centre.
    const r = Math.hypot(x - c, y - c);
    const ringOuter = size * 0.32;
    const stroke = Math.max(1.5, size * 0.1);
    const angle = Math.atan2(y - c, x - c); // 0 = right, negative = up
    const inGap = angle < 0 && angle > -Math.PI / 3.2;
    const ring = inGap ? 0 : clamp(Math.min(ringOuter - r, r - (ringOuter - stroke)) + 0.5);
    const bar = x >= c && x <= c + ringOuter && Math.abs(y - c - stroke / 2) <= stroke / 2 ? 1 : 0;
    const mark = Math.max(ring, bar);
    const rgb = BLUE.map((b, i) => Math.round(b + (WHITE[i] - b) * mark));
    return [...rgb, Math.round(255 * square)];
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(join(dir, `${size}.png`), encodePng(size, iconPixel(size)));
  console.log(`icons written to ${dir}`);
}
