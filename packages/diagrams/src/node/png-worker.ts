// Worker-thread entry: draws the PNGs the pool sends, one at a time, and hands each back without
// a copy. The event loop turns between two pictures, which is when resvg frees one's pixels.
// Runs only from the compiled dist/ folder.
import { parentPort } from 'node:worker_threads';
import { renderPng, type PngOptions } from './render-png.js';

export interface PngRequest {
  readonly id: number;
  readonly svg: string;
  readonly options: PngOptions;
}

export type PngReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

const port = parentPort;
if (port) {
  port.on('message', ({ id, svg, options }: PngRequest) => {
    try {
      const png = renderPng(svg, options);
      port.postMessage({ id, png } satisfies PngReply, [png.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PngReply);
    }
  });
}
