import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  FRAME_SKIPPED_EVENT,
  MAX_HOLD_MS,
  skipStaleFrames,
} from '../../../../src/features/map/stale-frames';
import { installedMaplibre } from '../../support/maplibre-source';

/** A map with MapLibre's painter, two sources and a camera the test moves. */
function fakeMap() {
  const draw = vi.fn(() => 'drawn');
  const loaded = new Map([
    ['outlets', true],
    ['cities', true],
  ]);
  const camera = { zoom: 4, width: 800 };
  const fired: string[] = [];
  const map = {
    painter: { render: draw as (...args: unknown[]) => unknown },
    getCenter: () => ({ lng: 105, lat: 35 }),
    getZoom: () => camera.zoom,
    getBearing: () => 0,
    getPitch: () => 0,
    getCanvas: () => ({ width: camera.width, height: 600 }),
    getSource: (id: string) => (loaded.has(id) ? {} : undefined),
    isSourceLoaded: (id: string) => loaded.get(id) === true,
    fire: (type: string) => fired.push(type),
    getStyle: () => ({ sources: Object.fromEntries([...loaded.keys()].map((id) => [id, {}])) }),
  };

  /** One of MapLibre's frames: it draws through the painter. */
  const frame = () => map.painter.render('style', 'transform', { options: true });
  return { map, draw, loaded, camera, fired, frame };
}

const SOURCES = ['outlets', 'cities'] as const;

function install(map: ReturnType<typeof fakeMap>['map']) {
  const frames = skipStaleFrames(map as unknown as MaplibreMap, SOURCES);
  if (!frames) throw new Error('not installed');
  return frames;
}

afterEach(() => vi.restoreAllMocks());

describe('skipStaleFrames', () => {
  it('draws every frame when no change is held', () => {
    const { map, draw, loaded, frame } = fakeMap();
    install(map);
    loaded.set('outlets', false);
    expect(frame()).toBe('drawn');
    expect(draw).toHaveBeenCalledWith('style', 'transform', { options: true });
  });

  it('keeps the picture while a held change is laid out, then draws once', () => {
    const { map, draw, loaded, fired, frame } = fakeMap();
    const frames = install(map);
    frame();
    frames.hold();
    loaded.set('outlets', false);
    frame();
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(fired).toEqual([FRAME_SKIPPED_EVENT, FRAME_SKIPPED_EVENT]);
    loaded.set('outlets', true);
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
    // The hold ends with the frame drawn: a later reload draws as MapLibre does.
    loaded.set('cities', false);
    frame();
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it('holds as well when the change reached the sources before the hold', () => {
    const { map, draw, loaded, fired, frame } = fakeMap();
    const frames = install(map);
    frame();
    // A change of global state reloads the city tiles at once, in the same task.
    loaded.set('cities', false);
    frames.hold();
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    expect(fired).toEqual([FRAME_SKIPPED_EVENT]);
  });

  it('never holds a camera that moves', () => {
    const { map, draw, loaded, camera, frame } = fakeMap();
    const frames = install(map);
    frame();
    frames.hold();
    loaded.set('outlets', false);
    frame();
    camera.zoom = 4.5;
    frame();
    camera.width = 900;
    frame();
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it(`draws after ${MAX_HOLD_MS} ms even when the layout is not done`, () => {
    const { map, draw, loaded, frame } = fakeMap();
    const now = vi.spyOn(performance, 'now').mockReturnValue(10_000);
    const frames = install(map);
    frame();
    frames.hold();
    loaded.set('outlets', false);
    now.mockReturnValue(10_000 + MAX_HOLD_MS - 1);
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    now.mockReturnValue(10_000 + MAX_HOLD_MS);
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('holds until each change held is laid out', () => {
    const { map, draw, loaded, frame } = fakeMap();
    const frames = install(map);
    frame();
    loaded.set('own', false);
    frames.holdFor('own');
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    frames.hold();
    loaded.set('outlets', false);
    loaded.set('own', true);
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    loaded.set('outlets', true);
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('holds nothing while the basemap loads, and holds its own sources whatever else loads', () => {
    const { map, draw, loaded, frame } = fakeMap();
    loaded.delete('outlets');
    loaded.set('basemap', false);
    const frames = install(map);
    frame();
    loaded.set('outlets', false);
    frames.hold();
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
    loaded.set('own', false);
    frames.holdFor('own');
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
    loaded.set('own', true);
    loaded.set('basemap', true);
    frame();
    frames.hold();
    frame();
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it('keeps the basemap while the data is laid out the first time', () => {
    const { map, draw, loaded, fired, frame } = fakeMap();
    loaded.clear();
    const frames = install(map);
    frame();
    // react-map-gl adds a source while it renders: a frame may come before the hold.
    loaded.set('outlets', false);
    frame();
    loaded.set('cities', false);
    frames.hold();
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
    expect(fired).toEqual([FRAME_SKIPPED_EVENT]);
    loaded.set('outlets', true);
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
    loaded.set('cities', true);
    frame();
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it('holds only a complete picture: not one with a source shown while it loads again', () => {
    const { map, draw, loaded, frame } = fakeMap();
    const frames = install(map);
    frame();
    // Reloaded without a hold, and drawn so: the picture on screen is not complete.
    loaded.set('outlets', false);
    frame();
    frames.hold();
    frame();
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it('puts MapLibre’s drawing back, and installs nothing without its painter', () => {
    const { map, draw } = fakeMap();
    const frames = install(map);
    expect(map.painter.render).not.toBe(draw);
    frames.dispose();
    expect(map.painter.render).toBe(draw);
    expect(skipStaleFrames({} as MaplibreMap, SOURCES)).toBeNull();
  });

  it('matches the MapLibre it ships with: a frame draws through the painter, then fires render', () => {
    const { version, source: read } = installedMaplibre();
    // An upgrade of MapLibre must look at this again: the map e2e test counts the frames drawn.
    expect(version).toBe('6.17.0');
    const map = read('ui/map.ts');
    const draw = map.indexOf('this.painter.render(this.style, this._camera.transform, {');
    expect(draw).toBeGreaterThan(0);
    expect(map.indexOf("this.fire(new MapLibreEvent('render'));", draw)).toBeGreaterThan(draw);
    expect(map).toContain('painter: Painter;');
  });
});
