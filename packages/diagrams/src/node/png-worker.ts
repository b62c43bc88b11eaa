// Worker-thread entry: draws the PNGs the pool sends, one at a time, and hands each back without
// a copy. Runs only from the compiled dist/ folder.
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from './collect-garbage.js';
import { encodePng } from './encode-png.js';
import { drawPixels, type PngOptions } from './render-png.js';

export interface PngRequest {
  readonly id: number;
  readonly svg: string;
  readonly options: PngOptions;
}

export type PngReply = { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/**
 * resvg keeps a picture's pixels (70 MB at A3) outside the JavaScript heap until the garbage
 * collector finds the object holding them; a thread that only draws allocates too little to
 * collect, and a pool of two held a gigabyte after 30 pictures. Collected after each picture.
 * The collector only queues resvg's finalizers; Node.js runs them on this thread's next turn of
 * its event loop, which this waits for.
 */
function freed(): Promise<void> {
  collectGarbage();
  return new Promise((resolve) => setImmediate(resolve));
}

/** Draws, lets resvg's pixels go before encoding (its copy and the encoder's rows are 70 MB each at A3), encodes. */
async function draw({ id, svg, options }: PngRequest): Promise<PngReply> {
  try {
    const pixels = await drawPixels(svg, options);
    await freed();
    return { id, png: await encodePng(pixels) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: PngRequest) => {
    void draw(request).then(async (reply) => {
      // Answered once the pictures are freed, so that the pool's next request (sent on the answer)
      // cannot arrive first and keep the loop busy: saturated, a pool of two grew by 2 GB in 30
      // pictures, never freeing one.
      await freed();
      port.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
    });
  });
}
