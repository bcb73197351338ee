import type { Map as MaplibreMap } from 'maplibre-gl';

const IDLE_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than 30 s`)), IDLE_TIMEOUT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Resolves once the app marks the map idle: its data drawn, not only its basemap. */
function appIdle(container: Element | null): Promise<void> {
  const element = container?.closest('[data-map-state]');
  if (!element || element.getAttribute('data-map-state') === 'idle') return Promise.resolve();
  return new Promise((done, fail) => {
    const observer = new MutationObserver(() => {
      const state = element.getAttribute('data-map-state');
      if (state === 'loading') return;
      observer.disconnect();
      if (state === 'idle') done();
      else fail(new Error('the map reported an error'));
    });
    observer.observe(element, { attributes: true, attributeFilter: ['data-map-state'] });
  });
}

/** Draws one fresh frame and resolves on the `idle` that follows it. */
async function freshFrame(map: MaplibreMap): Promise<void> {
  const idle = map.once('idle');
  map.triggerRepaint();
  await withTimeout(idle, 'drawing the map');
}

/**
 * A copy of the map as drawn, with `scale` device pixels per CSS pixel: the map is redrawn at
 * that pixel ratio (and set back afterwards) when the screen's ratio differs.
 */
export async function captureMap(map: MaplibreMap, scale: number): Promise<HTMLCanvasElement> {
  await withTimeout(appIdle(map.getContainer()), 'loading the map');
  const before = map.getPixelRatio();
  const rescale = Math.abs(before - scale) > 0.01;
  if (rescale) map.setPixelRatio(scale);
  try {
    await freshFrame(map);
    // The WebGL canvas keeps its drawing buffer (preserveDrawingBuffer), so it can be copied.
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(source, 0, 0);
    return copy;
  } finally {
    if (rescale) {
      // Back to following the screen when the ratio was the screen's own.
      const followScreen = Math.abs(before - window.devicePixelRatio) < 0.01;
      map.setPixelRatio(followScreen ? (null as unknown as number) : before);
      map.triggerRepaint();
    }
  }
}
