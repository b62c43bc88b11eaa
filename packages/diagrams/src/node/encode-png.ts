// Encodes a drawing's RGBA pixels as a PNG (Node.js only). resvg's own encoder compresses at
// zlib's default level, 0.4 s for an A3 picture; at the fastest level it is half of that, and the
// file is no larger: rows go unfiltered, and a drawing is mostly runs of one colour, which deflate
// finds by itself. The rows are handed to zlib a band of about 4 MB at a time, so the encoder never
// holds a second copy of an A3 picture's 70 MB of pixels.
import { crc32, createDeflate, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const BAND_BYTES = 1 << 22;
const ZLIB_OPTIONS = { level: 1, memLevel: 9 } as const;

/** A drawing's pixels: 8 bits a channel, RGBA, rows top to bottom. */
export interface RgbaPixels {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** `pixels` as a PNG. */
export async function encodePng(pixels: RgbaPixels): Promise<Uint8Array> {
  const { width, height, rgba } = pixels;
  const stride = width * 4;
  if (!(width > 0 && height > 0) || rgba.length !== stride * height) {
    throw new Error(`${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
  const rowsPerBand = Math.max(1, Math.floor(BAND_BYTES / (stride + 1)));
  // A picture that fits in one band is compressed here and now: a stream costs more than it saves.
  const compressed = height <= rowsPerBand ? deflateAtOnce(pixels) : await deflateInBands(pixels, rowsPerBand);
  return concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', new Uint8Array(0))]);
}

function deflateAtOnce(pixels: RgbaPixels): Uint8Array {
  const scratch = takeScratch();
  try {
    return deflateSync(band(pixels, 0, pixels.height, scratch), ZLIB_OPTIONS);
  } finally {
    spareScratch.push(scratch);
  }
}

async function deflateInBands(pixels: RgbaPixels, rowsPerBand: number): Promise<Uint8Array> {
  const deflate = createDeflate({ ...ZLIB_OPTIONS, chunkSize: 1 << 18 });
  const output: Uint8Array[] = [];
  deflate.on('data', (data: Uint8Array) => output.push(data));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const scratch = takeScratch();
  try {
    for (let top = 0; top < pixels.height; top += rowsPerBand) {
      const rows = band(pixels, top, Math.min(top + rowsPerBand, pixels.height), scratch);
      // The band's buffer is filled again for the next band only once zlib has taken this one.
      await new Promise<void>((resolve, reject) => deflate.write(rows, (error) => (error ? reject(error) : resolve())));
    }
    deflate.end();
    await ended;
  } finally {
    spareScratch.push(scratch);
  }
  return concat(output);
}

/**
 * Rows `top` to `bottom` (excluded), each after its filter type, 0 (none), in `scratch` (or a new
 * buffer when they do not fit).
 */
function band({ width, rgba }: RgbaPixels, top: number, bottom: number, scratch: Uint8Array): Uint8Array {
  const stride = width * 4;
  const length = (bottom - top) * (stride + 1);
  const rows = scratch.length >= length ? scratch.subarray(0, length) : new Uint8Array(length);
  for (let row = top; row < bottom; row++) {
    const at = (row - top) * (stride + 1);
    rows[at] = 0;
    rows.set(rgba.subarray(row * stride, (row + 1) * stride), at + 1);
  }
  return rows;
}

/**
 * Band buffers kept for the next picture: a new one for each spent more time in page faults than
 * the compression took. One per picture being encoded, so that pictures encoded at once never
 * fill each other's band while zlib reads it.
 */
const spareScratch: Uint8Array[] = [];

function takeScratch(): Uint8Array {
  return spareScratch.pop() ?? new Uint8Array(BAND_BYTES);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
