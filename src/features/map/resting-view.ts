import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  DISTRICT_MIN_ZOOM,
  PREFECTURE_MIN_ZOOM,
  type BoundaryLevels,
} from './layers/boundary-layers';
import { OUTLET_LABEL_ZOOM } from './layers/outlet-layers';
import { labelArea, type Area } from './outlet-labels';

/** What the map draws that depends on where it came to rest (read on `moveend` only). */
export interface RestingView {
  /** Where the outlet names are drawn for, from just below the label zoom; else null. */
  area: Area | null;
  /** The zoom the cities are grouped for, in quarter steps. */
  groupZoom: number;
  /** The levels of boundaries the map has come near so far: once given, never taken away. */
  boundaries: BoundaryLevels;
}

export const START_VIEW: RestingView = {
  area: null,
  groupZoom: 0,
  boundaries: { prefectures: false, districts: false },
};

/** The resting view of `map` now; `previous` itself when nothing that is drawn changed. */
export function restingView(map: MaplibreMap, previous: RestingView): RestingView {
  const zoom = map.getZoom();
  const bounds = map.getBounds();
  const area: Area | null =
    zoom < OUTLET_LABEL_ZOOM - 0.5
      ? null
      : labelArea([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
  const groupZoom = Math.floor(zoom * 4) / 4;
  const before = previous.boundaries;
  const prefectures = before.prefectures || zoom >= PREFECTURE_MIN_ZOOM - 0.5;
  const districts = before.districts || zoom >= DISTRICT_MIN_ZOOM - 0.5;
  const boundaries =
    prefectures === before.prefectures && districts === before.districts
      ? before
      : { prefectures, districts };
  if (area === null && previous.area === null && groupZoom === previous.groupZoom)
    if (boundaries === before) return previous;
  return { area, groupZoom, boundaries };
}
