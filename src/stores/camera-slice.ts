import type { StateCreator } from 'zustand';
import type { AppState, CameraSlice } from './app-state';

let requests = 0;

/**
 * The camera as the rest of the app sees it. It stays uncontrolled inside MapLibre: the map
 * reports where it came to rest (`moveend`, never every frame) and performs the requests.
 */
export const createCameraSlice: StateCreator<AppState, [], [], CameraSlice> = (set) => ({
  camera: null,
  cameraRequest: null,
  reportCamera: (view) => set({ camera: view }),
  requestCamera: (request) => {
    requests += 1;
    set({ cameraRequest: { ...request, id: requests } });
  },
});
