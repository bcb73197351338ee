/** A map camera position as the URL and saved views keep it. */
export interface CameraView {
  lon: number;
  lat: number;
  zoom: number;
}

type ReportListener = (view: CameraView) => void;
type RequestListener = (view: CameraView, animate: boolean) => void;
/** West, south, east, north in degrees. */
export type CameraBounds = [number, number, number, number];
type BoundsListener = (bounds: CameraBounds, animate: boolean) => void;

const reportListeners = new Set<ReportListener>();
const requestListeners = new Set<RequestListener>();
const boundsListeners = new Set<BoundsListener>();
let lastView: CameraView | null = null;

/**
 * The camera stays uncontrolled inside MapLibre. The map reports where it came to rest
 * (`moveend`), and other parts (URL, tours) ask it to move; neither goes through React state.
 */
export const cameraBus = {
  /** Called by the map on `moveend`. */
  report(view: CameraView): void {
    lastView = view;
    for (const listener of reportListeners) listener(view);
  },
  onReport(listener: ReportListener): () => void {
    reportListeners.add(listener);
    return () => reportListeners.delete(listener);
  },
  /** Asks the map to move; the map answers with a `report` once it has. */
  request(view: CameraView, animate = true): void {
    for (const listener of requestListeners) listener(view, animate);
  },
  onRequest(listener: RequestListener): () => void {
    requestListeners.add(listener);
    return () => requestListeners.delete(listener);
  },
  /** Asks the map to frame these bounds (e.g. all of China), whatever its size. */
  requestBounds(bounds: CameraBounds, animate = true): void {
    for (const listener of boundsListeners) listener(bounds, animate);
  },
  onBoundsRequest(listener: BoundsListener): () => void {
    boundsListeners.add(listener);
    return () => boundsListeners.delete(listener);
  },
  /** Sets the starting view (from a link) before the map exists, without notifying anyone. */
  seed(view: CameraView): void {
    lastView = view;
  },
  /** Where the map last came to rest, if it has. */
  last(): CameraView | null {
    return lastView;
  },
};
