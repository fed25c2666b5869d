// Renders media/icon.png (128x128, RGBA) from the design in media/icon.svg: a dark rounded square with
// blue and orange bars. No image libraries: shapes are sampled 4x4 per pixel and written with zlib.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));

/** Same geometry as media/icon.svg. */
const BACKGROUND = { color: hex('#1e293b'), radius: 24 };
const SHAPES = [
  { kind: 'capsule', x1: 24, x2: 104, y: 36, r: 5, color: hex('#38bdf8') },
  { kind: 'capsule', x1: 24, x2: 80, y: 64, r: 5, color: hex('#f97316') },
  { kind: 'capsule', x1: 24, x2: 104, y: 92, r: 5, color: hex('#38bdf8') },
  { kind: 'circle', cx: 96, cy: 64, r: 10, color: hex('#f97316') },
];

function insideRoundedSquare(x, y) {
  const r = BACKGROUND.radius;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return x >= 0 && y >= 0 && x <= SIZE && y <= SIZE && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideShape(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  const nearestX = Math.min(Math.max(x, shape.x1), shape.x2);
  return (x - nearestX) ** 2 + (y - shape.y) ** 2 <= shape.r ** 2;
}

/** Colour at a point: [r, g, b, a] (a in 0..1), topmost shape wins. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  for (let i = SHAPES.length - 1; i >= 0; i--) {
    if (insideShape(SHAPES[i], x, y)) return [...SHAPES[i].color, 1];
  }
  return [...BACKGROUND.color, 1];
}

function render() {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let py = 0; py < SIZE; py++) {
    const rowStart = py * (1 + SIZE * 4);
    rows[rowStart] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [cr, cg, cb, ca] = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca; // premultiplied
        }
      }
      const offset = rowStart + 1 + px * 4;
      const n = SAMPLES * SAMPLES;
      rows[offset] = a ? Math.round(r / a) : 0;
      rows[offset + 1] = a ? Math.round(g / a) : 0;
      rows[offset + 2] = a ? Math.round(b / a) : 0;
      rows[offset + 3] = Math.round((a / n) * 255);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.join(root, 'media', 'icon.png');
  const png = iconPng();
  writeFileSync(out, png);
  console.log(`wrote ${path.relative(root, out)} (${SIZE}x${SIZE}, ${png.length} bytes)`);
}
