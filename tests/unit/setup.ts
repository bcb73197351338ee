import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// `findBy…` and `waitFor` wait for what a user would see; on a busy two-core machine a render can
// take longer than testing-library's default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no blob URLs; the map adapter hands MapLibre's worker the outlets through one.
if (typeof URL.createObjectURL !== 'function') {
  let blobs = 0;
  URL.createObjectURL = () => `blob:jsdom/${(blobs += 1)}`;
  URL.revokeObjectURL = () => undefined;
}
