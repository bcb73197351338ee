import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom has no blob URLs; the map adapter hands MapLibre's worker the outlets through one.
if (typeof URL.createObjectURL !== 'function') {
  let blobs = 0;
  URL.createObjectURL = () => `blob:jsdom/${(blobs += 1)}`;
  URL.revokeObjectURL = () => undefined;
}
