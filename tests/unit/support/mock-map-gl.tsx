import { forwardRef, useImperativeHandle, useState, type ReactNode } from 'react';
import { FakeMap } from './fake-map';

/**
 * A stand-in for `react-map-gl/maplibre` in jsdom (no WebGL): `<Map>` renders its children and
 * hands the app a `FakeMap`, which keeps what the app gave it; `mockedMap()` is the last one.
 */
let lastMap: FakeMap | null = null;

/** The fake map of the `<Map>` mounted last (the one on screen). */
export function mockedMap(): FakeMap {
  if (!lastMap) throw new Error('no <Map> was mounted');
  return lastMap;
}

export const MockMap = forwardRef<unknown, { children?: ReactNode }>(function MockMap(
  { children },
  ref,
) {
  const [map] = useState(() => (lastMap = new FakeMap()));
  useImperativeHandle(ref, () => ({ getMap: () => map }), [map]);
  return <div data-testid="map">{children}</div>;
});

export const mapGlMock = {
  default: MockMap,
  Map: MockMap,
  MapProvider: ({ children }: { children?: ReactNode }) => <>{children}</>,
  useMap: () => ({}),
  NavigationControl: () => null,
  ScaleControl: () => null,
  AttributionControl: () => null,
  useControl: () => ({ setLabel: () => undefined }),
};
