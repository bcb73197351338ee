import { downloadFile } from '../../lib/download';
import type { Scene } from '../../stores/app-state';
import { newSceneId } from './apply-scene';
import { parseScenes, scenesDocument } from './scene-schema';

export const SCENES_FILE_NAME = 'channel-atlas-scenes.json';
const MAX_FILE_BYTES = 1_000_000;

/** Saves the scenes as a JSON file through the browser's download. */
export function downloadScenes(scenes: readonly Scene[]): void {
  const text = `${JSON.stringify(scenesDocument(scenes), null, 2)}\n`;
  downloadFile(text, SCENES_FILE_NAME, 'application/json');
}

export type SceneFileResult =
  | { scenes: Scene[] }
  | { error: 'tooBig' | 'unreadable' | 'notJson' | 'empty' }
  | { error: 'invalid'; problem: string };

/**
 * Reads a scenes file. All or nothing: one invalid scene rejects the file, naming the first
 * problem. Ids that clash with `takenIds` (or repeat in the file) are renewed.
 */
export async function readSceneFile(
  file: Blob,
  takenIds: ReadonlySet<string>,
): Promise<SceneFileResult> {
  if (file.size > MAX_FILE_BYTES) return { error: 'tooBig' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { error: 'unreadable' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'notJson' };
  }
  const { scenes, problems } = parseScenes(value);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (+${problems.length - 1})` : '';
    return { error: 'invalid', problem: `${problems[0]}${more}` };
  }
  if (scenes.length === 0) return { error: 'empty' };
  const seen = new Set(takenIds);
  return {
    scenes: scenes.map((scene) => {
      const id = seen.has(scene.id) ? newSceneId() : scene.id;
      seen.add(id);
      return id === scene.id ? scene : { ...scene, id };
    }),
  };
}
