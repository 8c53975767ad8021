// Draws the Gossip Lens icon (a magnifying glass over a speech bubble's tail, on a violet tile) as PNGs.
// Run once when the design changes: node scripts/make-icons.mjs. Pure Node: zlib + a tiny PNG writer.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    const [r, g, b, a] = pixel(x, y);
    const i = y * (size * 4 + 1) + 1 + x * 4;
    raw[i] = r; raw[i + 1] = g; raw[i + 2] = b; raw[i + 3] = a;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const clamp = (v) => Math.max(0, Math.min(1, v));
function shade(u, v) {
  // Coordinates in [0,1]. Signed distances, antialiased over about one pixel by the caller's scale.
  const tile = Math.max(Math.abs(u - 0.5), Math.abs(v - 0.5)) - 0.42; // rounded square
  const corner = Math.hypot(Math.max(Math.abs(u - 0.5) - 0.30, 0), Math.max(Math.abs(v - 0.5) - 0.30, 0)) - 0.16;
  const inTile = Math.min(Math.max(tile, corner), corner);
  const ring = Math.abs(Math.hypot(u - 0.43, v - 0.42) - 0.20) - 0.055;
  const lensGlass = Math.hypot(u - 0.43, v - 0.42) - 0.15;
  // Handle: a thick segment from (0.57,0.57) to (0.78,0.78).
  const t = clamp(((u - 0.57) + (v - 0.57)) / (2 * 0.21));
  const handle = Math.hypot(u - (0.57 + 0.21 * t), v - (0.57 + 0.21 * t)) - 0.065;
  // Two quote marks inside the lens.
  const q1 = Math.hypot(u - 0.375, v - 0.40) - 0.035, q2 = Math.hypot(u - 0.485, v - 0.40) - 0.035;
  return { inTile, white: Math.min(ring, handle), glass: lensGlass, quote: Math.min(q1, q2) };
}
for (const size of [16, 32, 48, 128]) {
  const aa = 1.2 / size;
  const data = png(size, (x, y) => {
    const d = shade((x + 0.5) / size, (y + 0.5) / size);
    const a = clamp(0.5 - d.inTile / aa);
    let col = [91, 63, 209];
    const glass = clamp(0.5 - d.glass / aa);
    col = col.map((c, i) => c + ([236, 231, 255][i] - c) * glass * 0.35);
    const q = clamp(0.5 - d.quote / aa) * (size >= 32 ? 1 : 0);
    col = col.map((c, i) => c + ([255, 214, 10][i] - c) * q);
    const w = clamp(0.5 - d.white / aa);
    col = col.map((c) => c + (255 - c) * w);
    return [...col.map(Math.round), Math.round(a * 255)];
  });
  writeFileSync(`icons/icon-${size}.png`, data);
}
console.log('icons written');
