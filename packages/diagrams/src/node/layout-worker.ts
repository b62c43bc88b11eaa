// Worker-thread entry: makes its own Fonts from the font bytes the pool hands it, lays out the
// views the pool sends, one at a time, and sends back geometry (the pool re-attaches its own graph
// objects). Runs only from the compiled dist/ folder.
import { parentPort, workerData } from 'node:worker_threads';
import type { ViewGraph } from '@gea-arch/core';
import { createFonts, type FontFaces } from '../fonts/fonts.js';
import { layoutGeometry } from '../layout/layout-view.js';
import type { LayoutGeometry } from '../layout/layout-geometry.js';

export interface LayoutWorkerData {
  readonly faces: FontFaces;
}

export interface LayoutRequest {
  readonly index: number;
  readonly graph: ViewGraph;
}

export type LayoutReply =
  { readonly index: number; readonly geometry: LayoutGeometry } | { readonly index: number; readonly error: string };

const port = parentPort;
if (port) {
  const fonts = createFonts((workerData as LayoutWorkerData).faces);
  port.on('message', (request: LayoutRequest) => {
    layoutGeometry(request.graph, fonts).then(
      (geometry) => port.postMessage({ index: request.index, geometry } satisfies LayoutReply),
      (error: unknown) =>
        port.postMessage({ index: request.index, error: error instanceof Error ? error.message : String(error) } satisfies LayoutReply),
    );
  });
}
