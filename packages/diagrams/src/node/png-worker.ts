// Worker-thread entry: draws the PNGs the pool sends, one at a time, and hands each back without
// a copy. Runs only from the compiled dist/ folder.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { renderPng, type PngOptions } from './render-png.js';

/**
 * resvg keeps a picture's pixels (70 MB at A3) outside the JavaScript heap until the garbage
 * collector finds the object holding them; a thread that only draws allocates too little to
 * collect, and a pool of two held a gigabyte after 30 pictures. Collected after each picture.
 */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface PngRequest {
  readonly id: number;
  readonly svg: string;
  readonly options: PngOptions;
}

export type PngReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

const port = parentPort;
if (port) {
  const collect = collector();
  port.on('message', ({ id, svg, options }: PngRequest) => {
    try {
      const png = renderPng(svg, options);
      port.postMessage({ id, png } satisfies PngReply, [png.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PngReply);
    }
    collect();
  });
}
