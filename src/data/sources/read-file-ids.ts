import { fileIdsOf } from './file-ids';

/** The id of every outlet record of a file (see `fileIdsOf`), read in a Web Worker where there is one. */
export function readFileIds(file: File): Promise<unknown[]> {
  if (typeof Worker === 'undefined') return file.text().then((text) => fileIdsOf(file.name, text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./file-ids-worker.ts', import.meta.url), { type: 'module' });
    const done = (ids: unknown[]) => {
      worker.terminate();
      resolve(ids);
    };
    worker.onmessage = ({ data }: MessageEvent<unknown[]>) => done(Array.isArray(data) ? data : []);
    worker.onerror = () => done([]);
    worker.postMessage(file);
  });
}
