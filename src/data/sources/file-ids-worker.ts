/// <reference lib="webworker" />
import { fileIdsOf } from './file-ids';

/** Reads a file's outlet ids off the page's thread: a large file does not freeze the page. */
self.onmessage = async ({ data }: MessageEvent<File>) => {
  try {
    self.postMessage(fileIdsOf(data.name, await data.text()));
  } catch {
    self.postMessage([]);
  }
};
