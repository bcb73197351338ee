import { forwardRef, useImperativeHandle, type ReactNode } from 'react';

/**
 * A stand-in for `react-map-gl/maplibre` in jsdom (no WebGL): it renders children and records
 * the props of every Source and Layer so tests can check what the map was asked to draw.
 */
export const drawn = {
  layers: new Map<string, Record<string, unknown>>(),
  sources: new Map<string, Record<string, unknown>>(),
};

const fakeMap = {
  on: () => undefined,
  once: () => undefined,
  loaded: () => false,
  isStyleLoaded: () => false,
  off: () => undefined,
  hasImage: () => false,
  setMissingStyleImageResolver: () => undefined,
  getSource: () => undefined,
  getLayer: () => undefined,
  getCanvas: () => ({ style: {} }),
  setFeatureState: () => undefined,
  setGlobalStateProperty: () => undefined,
  triggerRepaint: () => undefined,
  getZoom: () => 4,
};

export const MockMap = forwardRef<unknown, { children?: ReactNode }>(function MockMap(
  { children },
  ref,
) {
  useImperativeHandle(ref, () => ({
    getMap: () => fakeMap,
    triggerRepaint: () => undefined,
    flyTo: () => undefined,
    getZoom: () => 4,
  }));
  return <div data-testid="map">{children}</div>;
});

export function MockSource(props: { id: string; children?: ReactNode }) {
  drawn.sources.set(props.id, props);
  return <>{props.children}</>;
}

export function MockLayer(props: { id: string }) {
  drawn.layers.set(props.id, props);
  return null;
}

export const mapGlMock = {
  default: MockMap,
  Map: MockMap,
  Source: MockSource,
  Layer: MockLayer,
  NavigationControl: () => null,
  ScaleControl: () => null,
  AttributionControl: () => null,
  useControl: () => ({ setLabel: () => undefined }),
};
