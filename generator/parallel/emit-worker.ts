/**
 * The worker thread of `EmitThread` (emit-thread.ts): it loads the emit stage (ts-morph and
 * the TypeScript it bundles) as soon as it starts, then emits and compiles each catalog it is
 * sent, and posts back the files as plain text.
 */

import { parentPort } from 'node:worker_threads';
import type { Catalog } from '../model.js';
import type { EmitReply, EmitRequest } from './emit-thread.js';

const stage = import('../emit/index.js');

parentPort!.on('message', (request: EmitRequest) => {
  void reply(request.id, request.catalog).then((message) => parentPort!.postMessage(message));
});

async function reply(id: number, catalog: Catalog): Promise<EmitReply> {
  try {
    const { emitCatalog, compileSources } = await stage;
    const sources = emitCatalog(catalog, { generator: 'errspec' });
    const compiled = await compileSources(sources, false);
    return { id, files: { sources: sources.map(({ path, content }) => ({ path, content })), compiled } };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
