#!/usr/bin/env node
/** Draws the LLMCOST icon (three rising bars and a coin on a blue tile) as PNGs at the sizes Office asks for. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const samples = 4; // supersampling for smooth edges
  const shade = (x, y) => {
    const u = x / size, v = y / size, r = 0.18;
    const inTile = (() => { const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r); return (u - cx) ** 2 + (v - cy) ** 2 <= r * r; })();
    if (!inTile) return null;
    const bars = [[0.18, 0.62], [0.38, 0.48], [0.58, 0.32]];
    for (const [left, top] of bars) if (u >= left && u <= left + 0.14 && v >= top && v <= 0.82) return [255, 255, 255];
    if ((u - 0.74) ** 2 + (v - 0.26) ** 2 <= 0.12 ** 2) return (u - 0.74) ** 2 + (v - 0.26) ** 2 <= 0.075 ** 2 ? [255, 200, 61] : [255, 170, 0];
    return [16, 110, 190];
  };
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let rgb = [0, 0, 0], hits = 0;
    for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
      const c = shade(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
      if (c) { hits++; rgb = rgb.map((v, i) => v + c[i]); }
    }
    const o = (y * size + x) * 4;
    if (hits) { px[o] = rgb[0] / hits; px[o + 1] = rgb[1] / hits; px[o + 2] = rgb[2] / hits; }
    px[o + 3] = Math.round((255 * hits) / (samples * samples));
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) { raw[y * (size * 4 + 1)] = 0; px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4); }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), draw(size));
console.log("icons written to assets/");
