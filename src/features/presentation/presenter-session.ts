import { useAppStore } from '../../stores/app-store';

/** The id of the header's "Present" button, which gets the focus back after presenting. */
export const PRESENT_BUTTON_ID = 'present-button';

/** Starts presenter mode and asks for full screen (a refusal, e.g. headless, is fine). */
export function enterPresenting(): void {
  useAppStore.getState().startPresenting();
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function')
    root.requestFullscreen().catch(() => undefined);
}

/** Leaves presenter mode and full screen. */
export function leavePresenting(): void {
  useAppStore.getState().stopPresenting();
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

export function togglePresenting(): void {
  if (useAppStore.getState().presenting) leavePresenting();
  else enterPresenting();
}
