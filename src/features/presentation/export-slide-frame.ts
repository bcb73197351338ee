import type { Map as MaplibreMap } from 'maplibre-gl';
import { cityMarksFor } from '../../data/derive/city-marks';
import { viewOutlets } from '../../data/derive/view-outlets';
import type { Filters } from '../../data/domain/filters';
import type { Network } from '../../data/domain/schema';
import type { LayerId } from '../../data/domain/vocabulary';
import { networkViewFor } from '../../stores/use-network-view';
import { captureMap } from './export-capture';
import { captureInset } from './export-inset';
import type { SlideMap } from './export-slide-draw';

/** Room around the data inside the slide's map frame, in CSS pixels. */
const FRAME_PADDING = 40;
/** A slide of a single outlet shows its streets, not its door. */
const MAX_FRAME_ZOOM = 12;

/**
 * Where the data the map shows now lies: the outlets in view of the kinds shown and the cities
 * the map marks, as far as they are inside the map's current bounds (a map zoomed into a city
 * frames that city's data, a national map all of it). `[west, south, east, north]`, or null
 * when the map shows none of it.
 */
export function viewDataBounds(
  map: Pick<MaplibreMap, 'getBounds'>,
  network: Network,
  filters: Filters,
  layers: Record<LayerId, boolean>,
): [number, number, number, number] | null {
  const view = networkViewFor(network, filters);
  const seen = map.getBounds();
  const points: { lon: number; lat: number }[] = [];
  for (const { outlet } of viewOutlets(view)) if (layers[outlet.kind]) points.push(outlet.point);
  if (layers.cities) {
    const marks = cityMarksFor(view, layers);
    network.cities.forEach((city, c) => {
      if ((marks.counts[c] ?? -1) >= 0) points.push(city.point);
    });
  }
  let box: [number, number, number, number] | null = null;
  for (const { lon, lat } of points) {
    if (!seen.contains([lon, lat])) continue;
    box = box
      ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)]
      : [lon, lat, lon, lat];
  }
  return box;
}

/** How long to wait for the reframed map to settle before `captureMap` waits on its own terms. */
const IDLE_WAIT_MS = 10_000;

const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

/**
 * The map drawn for a slide's frame of `size` CSS pixels at `ratio` device pixels each, framed
 * on `bounds`, with the South China Sea inset where the map puts it at that size (a corner
 * free of cities). The map is laid out at the frame's size for the moment of the capture and
 * then put back as it was, camera included: all through MapLibre's public API.
 */
export async function captureFramedMap(
  map: MaplibreMap,
  size: { width: number; height: number },
  bounds: [number, number, number, number] | null,
  ratio: number,
): Promise<SlideMap> {
  const container = map.getContainer();
  const holder = container.closest<HTMLElement>('[data-map-state]') ?? container;
  // Through the CSSOM, which the page's Content Security Policy allows (a style attribute not).
  const sized = ['right', 'bottom', 'width', 'height'] as const;
  const saved = sized.map((property) => holder.style.getPropertyValue(property));
  const camera = {
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  try {
    holder.style.right = 'auto';
    holder.style.bottom = 'auto';
    holder.style.width = `${Math.round(size.width)}px`;
    holder.style.height = `${Math.round(size.height)}px`;
    map.resize();
    if (bounds)
      map.fitBounds(bounds, { padding: FRAME_PADDING, maxZoom: MAX_FRAME_ZOOM, animate: false });
    else map.jumpTo(camera);
    // The app redraws what a new frame shows (groups, labels, the inset's corner) once the map
    // comes to rest: let it, then capture.
    const idle = map.once('idle');
    map.triggerRepaint();
    await Promise.race([idle, new Promise((done) => setTimeout(done, IDLE_WAIT_MS))]);
    await nextFrame();
    const image = await captureMap(map, ratio);
    await nextFrame();
    const inset = await captureInset(map.getCanvas());
    return { image, inset };
  } finally {
    sized.forEach((property, i) => holder.style.setProperty(property, saved[i] ?? ''));
    map.resize();
    map.jumpTo(camera);
  }
}
