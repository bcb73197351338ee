/** A map camera position as the URL and saved views keep it. */
export interface CameraView {
  lon: number;
  lat: number;
  zoom: number;
}

/** West, south, east, north in degrees. */
export type CameraBounds = [number, number, number, number];

/**
 * A move of the camera someone asked for (a link, Back, a tour scene): a view, or bounds to
 * frame whatever the map's size. `id` tells one request from the next, equal, one.
 */
export type CameraRequest = { id: number; animate: boolean } & (
  { view: CameraView } | { bounds: CameraBounds }
);
