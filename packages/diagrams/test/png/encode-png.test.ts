import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/node/encode-png.js';
import { decodePng, PNG_SIGNATURE } from './decode-png.js';

/** A picture of `width` × `height` whose every byte differs from its neighbours'. */
function pixels(width: number, height: number) {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 7 + (i >> 10)) & 0xff;
  return { width, height, rgba };
}

/** Each chunk's type, and whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const found: { type: string; crcOk: boolean }[] = [];
  for (let offset = 8; offset < view.length;) {
    const length = view.readUInt32BE(offset);
    found.push({
      type: view.toString('latin1', offset + 4, offset + 8),
      crcOk: crc32(view.subarray(offset + 4, offset + 8 + length)) === view.readUInt32BE(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  it('writes the pixels back as they were given, RGBA, in signed chunks', async () => {
    const picture = pixels(37, 11);
    const png = await encodePng(picture);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(chunks(png)).toEqual(['IHDR', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([37, 11, 4]);
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(picture.rgba))).toBe(true);
  });

  it('encodes a drawing of several bands, and the same bytes twice', async () => {
    // 1 200 × 2 000 RGBA is 9.6 MB: three bands of 4 MB through the stream.
    const picture = pixels(1200, 2000);
    const png = await encodePng(picture);
    expect(Buffer.from(decodePng(png).pixels).equals(Buffer.from(picture.rgba))).toBe(true);
    expect(Buffer.from(await encodePng(picture)).equals(Buffer.from(png))).toBe(true);
  });

  it('encodes several drawings at once, each to its own pixels', async () => {
    // Each is three bands; encoded together, one's next band is filled while zlib still reads another's.
    const pictures = [pixels(1200, 2000), { width: 1200, height: 2000, rgba: pixels(1200, 2000).rgba.map((byte) => 255 - byte) }];
    const pngs = await Promise.all(pictures.map((picture) => encodePng(picture)));
    for (const [index, png] of pngs.entries()) {
      expect(Buffer.from(decodePng(png).pixels).equals(Buffer.from(pictures[index]!.rgba))).toBe(true);
    }
  });

  it('refuses pixels that are not the size given', async () => {
    await expect(encodePng({ width: 4, height: 4, rgba: new Uint8Array(60) })).rejects.toThrow(/60 bytes are not 4 × 4 RGBA pixels/);
    await expect(encodePng({ width: 0, height: 0, rgba: new Uint8Array(0) })).rejects.toThrow(/not 0 × 0/);
  });
});
