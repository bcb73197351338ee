import { useEffect, useRef } from 'react';
import type { LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapPalette, MapTheme } from '../../components/ui/map-colors';
import { OUTLET_KINDS } from '../../data/domain/schema';
import type { Language } from '../../lib/i18n/messages';
import { cityBubbleLayer, cityLabelLayer } from './layers/city-layers';
import {
  outletDotLayer,
  outletHighlightLayer,
  outletLabelLayer,
  outletLayer,
} from './layers/outlet-layers';
import { shaderKey, warmupLayer } from './layers/warmup-layers';
import { onFrameSkipped } from './stale-frames';

/** Every layer the dataset adds to the map, as `NetworkLayers` draws it. */
export function dataLayers(
  theme: MapTheme,
  language: Language,
  palette: BasemapPalette,
): LayerSpecification[] {
  return [
    ...OUTLET_KINDS.flatMap((kind) => [
      outletDotLayer(kind, ['get', 'stage'], true, true, palette.hollowFill),
      outletLayer(kind, ['get', 'stage'], true, true),
    ]),
    outletHighlightLayer(palette.cityLabel),
    outletLabelLayer(palette.cityLabel, palette.labelHalo),
    cityBubbleLayer(true, theme),
    cityLabelLayer(true, language, palette),
  ];
}

/**
 * The invisible copies to draw at a zoom: one for each shader that the layers drawn there need.
 * Circles and text each have a source: text waits for its glyphs, circles need not wait for it.
 */
export function warmupLayers(layers: LayerSpecification[], zoom: number): LayerSpecification[] {
  const byShader = new Map<string, LayerSpecification>();
  for (const layer of layers) {
    const copy = warmupLayer(layer);
    const key = shaderKey(layer);
    const drawn = zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
    if (copy && drawn && !byShader.has(key)) byShader.set(key, copy);
  }
  return [...byShader.values()];
}

/**
 * Draws invisible copies of the data layers (`warmupLayers`) at the centre of the view from the
 * style's load on: on each source, the next copy after a frame has drawn the last. MapLibre
 * compiles a shader the first time a layer draws with it, which on a software renderer takes
 * 20–35 ms each: the copies have that done in frames of their own while the data is still
 * loading, instead of in the frame that shows the data. A copy of a layer not drawn at the zoom
 * in view draws nothing and compiles nothing. `hold` keeps the picture while a source is laid
 * out again with its next copy (`StaleFrames.holdFor`): those frames would draw the same
 * picture, and the load's work waits for each. Returns the function that stops it and takes
 * the copies away.
 */
export function warmUpShaders(
  map: MaplibreMap,
  layers: LayerSpecification[],
  hold: (source: string) => void = () => {},
): () => void {
  const lanes = new Map<string, LayerSpecification[]>();
  let stopped = false;
  /** Whether the frame went undrawn (`stale-frames.ts`): then so did the copies. */
  let skipped = false;
  let stopSkips = () => {};
  const stopListening = () => {
    map.off('load', begin);
    map.off('render', step);
    stopSkips();
  };
  const stop = () => {
    stopped = true;
    stopListening();
    for (const [source, copies] of lanes) {
      for (const copy of copies) if (map.getLayer(copy.id)) map.removeLayer(copy.id);
      if (map.getSource(source)) map.removeSource(source);
    }
  };
  /** Adds the lane's next copy, if any is left. */
  const addNext = (source: string, copies: LayerSpecification[]) => {
    const next = copies.find((copy) => !map.getLayer(copy.id));
    if (!next) return false;
    map.addLayer(next);
    hold(source);
    return true;
  };
  function step() {
    const drawn = !skipped;
    skipped = false;
    if (stopped || !drawn) return;
    let done = true;
    for (const [source, copies] of lanes) {
      // A new style took the copies away.
      if (!map.getSource(source)) return stop();
      // Laid out again with the copies so far: this frame drew them.
      if (!map.isSourceLoaded(source) || addNext(source, copies)) done = false;
    }
    // The copies stay, drawing nothing, until the data comes: taken away then, they cost no
    // frame of their own.
    if (done) stopListening();
  }
  function begin() {
    map.off('load', begin);
    if (stopped) return;
    const { lng, lat } = map.getCenter();
    for (const copy of warmupLayers(layers, map.getZoom())) {
      const source = 'source' in copy ? copy.source : '';
      lanes.set(source, [...(lanes.get(source) ?? []), copy]);
    }
    for (const [source, copies] of lanes) {
      map.addSource(source, { type: 'geojson', data: { type: 'Point', coordinates: [lng, lat] } });
      addNext(source, copies);
    }
    stopSkips = onFrameSkipped(map, () => (skipped = true));
    map.on('render', step);
  }
  if (map.isStyleLoaded()) begin();
  else map.on('load', begin);
  return stop;
}

/**
 * Warms the data layers' shaders up once per map, from its style's load until the data comes
 * (`waiting` turns false): then the copies go, in the task that hands the data to the map, and
 * one not drawn by then is left out rather than drawn in a frame of its own after the data.
 */
export function useShaderWarmup(
  map: MaplibreMap | null,
  waiting: boolean,
  layers: () => LayerSpecification[],
  hold?: (source: string) => void,
): void {
  const warmed = useRef<MaplibreMap | null>(null);
  useEffect(() => {
    if (!map || !waiting || warmed.current === map) return;
    warmed.current = map;
    return warmUpShaders(map, layers(), hold);
  }, [map, waiting, layers, hold]);
}
