#!/usr/bin/env node
// Generates the toolbar icons in public/icons/ (calculator, notes, weather at
// 16/32/48/128 px). Zero dependencies: shapes are described as signed distance
// functions in a normalised 0..1 space, rasterised with 4x4 supersampling into
// an RGBA buffer and written as PNG by hand. Output is deterministic, so
// re-running the script rewrites byte-identical files.
//
//   node scripts/make-icons.mjs

/* global Buffer */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const OUT_DIR = join(ROOT, 'public', 'icons');
const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4; // 4x4 samples per pixel

// ---------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Shapes (signed distance functions, negative = inside, units = icon width)
// ---------------------------------------------------------------------------

const roundRect = (x0, y0, x1, y1, r) => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2;
  const hh = (y1 - y0) / 2;
  r = Math.min(r, hw, hh);
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
};

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

// A line segment with round caps and the given total thickness.
const line = (ax, ay, bx, by, thickness) => {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy || 1;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy) - thickness / 2;
  };
};

// Convex polygon, points in clockwise order on screen (y down).
const polygon = (pts) => (x, y) => {
  let d = -Infinity;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % pts.length];
    const len = Math.hypot(bx - ax, by - ay);
    // outward normal for clockwise winding in y-down space
    d = Math.max(d, ((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / len);
  }
  return d;
};

const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const intersect = (...fs) => (x, y) => Math.max(...fs.map((f) => f(x, y)));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
const grow = (f, by) => (x, y) => f(x, y) - by;

// ---------------------------------------------------------------------------
// Canvas: premultiplied float RGBA, "over" and "erase" compositing
// ---------------------------------------------------------------------------

function parseColor(hex, alpha = 1) {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255, alpha];
}

class Canvas {
  constructor(size) {
    this.size = size;
    this.px = new Float64Array(size * size * 4);
  }

  /** Snap a normalised coordinate to the pixel grid of this canvas. */
  snap(v) {
    return Math.round(v * this.size) / this.size;
  }

  coverage(sdf, px, py) {
    const n = SUPERSAMPLE;
    const s = this.size;
    let hits = 0;
    for (let j = 0; j < n; j++) {
      const y = (py + (j + 0.5) / n) / s;
      for (let i = 0; i < n; i++) {
        if (sdf((px + (i + 0.5) / n) / s, y) <= 0) hits++;
      }
    }
    return hits / (n * n);
  }

  fill(sdf, hex, alpha = 1) {
    const [r, g, b, a] = parseColor(hex, alpha);
    const { size, px } = this;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const cov = this.coverage(sdf, x, y);
        if (cov === 0) continue;
        const sa = a * cov;
        const i = (y * size + x) * 4;
        px[i] = r * sa + px[i] * (1 - sa);
        px[i + 1] = g * sa + px[i + 1] * (1 - sa);
        px[i + 2] = b * sa + px[i + 2] * (1 - sa);
        px[i + 3] = sa + px[i + 3] * (1 - sa);
      }
    }
  }

  /** Remove existing paint where the shape is (destination-out). */
  erase(sdf) {
    const { size, px } = this;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const cov = this.coverage(sdf, x, y);
        if (cov === 0) continue;
        const i = (y * size + x) * 4;
        for (let k = 0; k < 4; k++) px[i + k] *= 1 - cov;
      }
    }
  }

  toRGBA() {
    const out = Buffer.alloc(this.size * this.size * 4);
    for (let i = 0; i < out.length; i += 4) {
      const a = this.px[i + 3];
      if (a <= 0) continue; // fully transparent pixels stay 0,0,0,0
      for (let k = 0; k < 3; k++) {
        out[i + k] = Math.round(Math.min(1, this.px[i + k] / a) * 255);
      }
      out[i + 3] = Math.round(Math.min(1, a) * 255);
    }
    return out;
  }
}

/**
 * Lay out `count` equal cells between normalised a..b with a gap, using whole
 * pixels so every cell has the same size, centred in the available span.
 * Returns [[start, end], ...] in normalised units.
 */
function cells(c, a, b, count, gap) {
  const s = c.size;
  const span = Math.round((b - a) * s);
  const g = Math.max(1, Math.round(gap * s));
  const w = Math.floor((span - g * (count - 1)) / count);
  const used = w * count + g * (count - 1);
  const start = Math.round(a * s) + Math.floor((span - used) / 2);
  return Array.from({ length: count }, (_, i) => {
    const p = start + i * (w + g);
    return [p / s, (p + w) / s];
  });
}

// ---------------------------------------------------------------------------
// Icons (normalised 0..1 space; `c.size` only chooses the level of detail)
// ---------------------------------------------------------------------------

function drawCalculator(c) {
  const small = c.size <= 16;
  const px = 1 / c.size;
  const S = (v) => c.snap(v);

  const body = [S(0.16), S(0.06), S(0.84), S(0.94)];
  if (small) body.splice(0, 4, 2 * px, 1 * px, 14 * px, 15 * px);
  const radius = Math.max(2 * px, 0.1);
  c.fill(roundRect(...body, radius), '#3b4149');
  // Soft top highlight and a darker base give the body some definition on
  // both light and dark toolbars without leaving the flat style.
  c.fill(subtract(roundRect(...body, radius), roundRect(body[0], body[1], body[2], body[3] - Math.max(px, 0.03), radius)), '#262a30');

  const pad = small ? 2 * px : S(0.09);
  const inner = [body[0] + pad, body[2] - pad];

  // Display
  const dispTop = body[1] + (small ? 2 * px : S(0.09));
  const dispBottom = dispTop + (small ? 2 * px : S(0.16));
  c.fill(roundRect(inner[0], dispTop, inner[1], dispBottom, small ? 0.5 * px : 0.035), '#d8efe0');
  if (c.size >= 48) {
    // a faint "readout" digit bar on the right of the display
    const h = dispBottom - dispTop;
    c.fill(
      roundRect(inner[1] - 0.24, dispTop + h * 0.55, inner[1] - 0.06, dispTop + h * 0.55 + Math.max(px * 2, 0.035), 0.01),
      '#8fb39c',
    );
  }

  // Keys
  const n = small ? 3 : 4;
  const gap = small ? 1 * px : 0.04;
  const keysTop = dispBottom + (small ? 1 * px : S(0.06));
  const keysBottom = body[3] - (small ? 1 * px : S(0.08));
  const cols = cells(c, inner[0], inner[1], n, gap);
  const rows = cells(c, keysTop, keysBottom, n, gap);
  const keyR = small ? 0 : 0.022;
  rows.forEach(([y0, y1], r) => {
    cols.forEach(([x0, x1], k) => {
      const accent = r === n - 1 && k === n - 1;
      const op = !accent && k === n - 1; // operator column, slightly darker
      c.fill(roundRect(x0, y0, x1, y1, keyR), accent ? '#ff8c1a' : op ? '#a9b1bb' : '#e6e9ed');
    });
  });
}

function drawNotes(c) {
  const small = c.size <= 16;
  const px = 1 / c.size;
  const S = (v) => c.snap(v);

  const x0 = small ? 2 * px : S(0.15);
  const x1 = small ? 14 * px : S(0.85);
  const y0 = small ? 1 * px : S(0.06);
  const y1 = small ? 15 * px : S(0.94);
  const r = Math.max(1.5 * px, 0.07);
  const fold = small ? 3 * px : S(0.22);
  const border = Math.max(px, 0.025);

  // Sheet with the bottom-right corner cut off for the fold (not at 16 px).
  const cut = small ? () => 1 : polygon([
    [x1 - fold, y1 + 1],
    [x1 + 1, y1 - fold],
    [x1 + 1, y1 + 1],
  ]);
  const sheet = subtract(roundRect(x0, y0, x1, y1, r), cut);
  c.fill(sheet, '#c9a227'); // outline
  c.fill(grow(sheet, -border), '#fff2a6');

  // Binding strip along the top.
  const bindH = small ? 3 * px : S(0.17);
  c.fill(intersect(sheet, (x, y) => y - (y0 + bindH)), '#e8a33d');
  if (!small) {
    // binding holes
    const holes = cells(c, x0 + 0.08, x1 - 0.08, 4, 0.08);
    for (const [a, b] of holes) {
      const cx = (a + b) / 2;
      c.fill(circle(cx, y0 + bindH / 2, Math.max(px, 0.025)), '#b8741f');
    }
  }

  // Ruled lines.
  const lineX0 = x0 + (small ? 2 * px : S(0.1));
  const lineX1 = x1 - (small ? 2 * px : S(0.1));
  const t = small ? px : Math.max(px, S(0.04));
  const ys = small ? [6 * px, 8 * px, 10 * px] : [0.38, 0.52, 0.66].map(S);
  ys.forEach((y, i) => {
    const end = i === ys.length - 1 ? lineX1 - (small ? 3 * px : 0.2) : lineX1;
    c.fill(roundRect(lineX0, y, end, y + t, small ? 0 : t / 2), '#8a8f98');
  });

  // Folded corner: a triangle in a deeper yellow with an outline.
  const flap = polygon([
    [x1 - fold, y1],
    [x1 - fold, y1 - fold],
    [x1, y1 - fold],
  ]);
  // (At 16 px the fold is too small to read; the binding carries the shape.)
  if (!small) {
    c.fill(flap, '#c9a227');
    c.fill(grow(flap, -border), '#f5dc80');
  }
}

function drawWeather(c) {
  const small = c.size <= 16;
  const px = 1 / c.size;
  const outline = Math.max(px, 0.03);

  // Sun: upper right, partly hidden by the cloud.
  const sx = small ? 10.5 * px : 0.62;
  const sy = small ? 5.5 * px : 0.36;
  const sr = small ? 3.6 * px : 0.18;
  if (!small) {
    const rays = 8;
    for (let i = 0; i < rays; i++) {
      const a = (i / rays) * Math.PI * 2 - Math.PI / 2;
      const r0 = sr + 0.08;
      const r1 = sr + 0.15;
      c.fill(
        line(sx + Math.cos(a) * r0, sy + Math.sin(a) * r0, sx + Math.cos(a) * r1, sy + Math.sin(a) * r1, Math.max(0.048, 1.9 * px)),
        '#f59e0b',
      );
    }
  }
  c.fill(circle(sx, sy, sr), '#f08c00');
  c.fill(circle(sx, sy, sr - (small ? 0 : outline)), small ? '#ffa51f' : '#ffc233');

  // Cloud: a flat base plus two puffs, lower left, in front of the sun.
  const cloud = small
    ? union(
        roundRect(1 * px, 9 * px, 14 * px, 14 * px, 2.5 * px),
        circle(5.5 * px, 9.5 * px, 3 * px),
        circle(9 * px, 8.5 * px, 3.5 * px),
      )
    : union(
        roundRect(0.08, 0.56, 0.86, 0.86, 0.15),
        circle(0.34, 0.58, 0.17),
        circle(0.56, 0.52, 0.2),
      );
  // Gap around the cloud so the sun edge does not touch the outline.
  c.erase(grow(cloud, small ? 0 : outline));
  c.fill(cloud, '#6f7b89');
  c.fill(grow(cloud, -outline), '#f7f9fb');
}

const ICONS = {
  calculator: drawCalculator,
  notes: drawNotes,
  weather: drawWeather,
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(ICONS)) {
  for (const size of SIZES) {
    const canvas = new Canvas(size);
    draw(canvas);
    const file = join(OUT_DIR, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, size, canvas.toRGBA()));
    console.log(relative(ROOT, file));
  }
}
