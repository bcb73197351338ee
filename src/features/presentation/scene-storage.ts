import type { Scene } from '../../stores/app-state';
import { parseScenes, scenesDocument } from './scene-schema';

/** Where the user's scenes live in `localStorage`. */
export const SCENES_STORAGE_KEY = 'channel-atlas.scenes.v1';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked (e.g. a sandboxed frame)
  }
}

/**
 * The saved scenes. Never throws: unreadable storage or JSON gives none, invalid scenes are
 * dropped, each with a console warning.
 */
export function loadScenes(store: Storage | null = storage()): Scene[] {
  let text: string | null = null;
  try {
    text = store?.getItem(SCENES_STORAGE_KEY) ?? null;
  } catch (error) {
    console.warn('Saved scenes could not be read:', error);
  }
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    console.warn(`Saved scenes (${SCENES_STORAGE_KEY}) are not JSON; ignoring them.`);
    return [];
  }
  const { scenes, problems } = parseScenes(value);
  if (problems.length > 0)
    console.warn(`Ignored parts of the saved scenes (${SCENES_STORAGE_KEY}):`, problems);
  return scenes;
}

/** Saves the scenes; a full or blocked storage only warns. */
export function saveScenes(scenes: readonly Scene[], store: Storage | null = storage()): void {
  try {
    store?.setItem(SCENES_STORAGE_KEY, JSON.stringify(scenesDocument(scenes)));
  } catch (error) {
    console.warn('Scenes could not be saved:', error);
  }
}
