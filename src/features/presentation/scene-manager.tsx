import { useRef, useState, type ChangeEvent } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import type { Scene } from '../../stores/app-state';
import { useMessages } from '../../stores/use-messages';
import { applyScene, captureScene } from './apply-scene';
import { messages } from './messages';
import { downloadScenes, readSceneFile } from './scene-file';
import { sceneLink } from './scene-link';
import { SceneRow } from './scene-row';
import { SceneStatus, type Status } from './scene-status';
import { useTour } from './use-tour';

export interface SceneManagerProps {
  id: string;
  network: Network;
  onClose: () => void;
}

/** The user's scenes: save, show, rename, reorder, delete, share, and which tour to present. */
export function SceneManager({ id, network, onClose }: SceneManagerProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const scenes = useAppStore((state) => state.scenes);
  const addScenes = useAppStore((state) => state.addScenes);
  const renameScene = useAppStore((state) => state.renameScene);
  const moveScene = useAppStore((state) => state.moveScene);
  const deleteScene = useAppStore((state) => state.deleteScene);
  const chooseTour = useAppStore((state) => state.chooseTour);
  const tour = useTour(network);
  const [status, setStatus] = useState<Status | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = () => {
    const scene = captureScene(network, language);
    addScenes([scene]);
    setStatus({ kind: 'info', text: t('status.saved', { name: scene.name }) });
  };
  const copyLink = async (scene: Scene) => {
    const link = sceneLink(scene);
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'info', text: t('status.copied') });
    } catch {
      setStatus({ kind: 'info', text: t('status.copyManually'), link });
    }
  };
  const remove = (scene: Scene) => {
    deleteScene(scene.id);
    setStatus({ kind: 'info', text: t('status.deleted', { name: scene.name }) });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const result = await readSceneFile(file, new Set(scenes.map((scene) => scene.id)));
    input.value = '';
    if ('scenes' in result) {
      addScenes(result.scenes);
      const count = result.scenes.length;
      const text = count === 1 ? t('status.importedOne') : t('status.imported', { count });
      setStatus({ kind: 'info', text });
    } else if (result.error === 'invalid') {
      setStatus({ kind: 'error', text: t('error.invalid', { problem: result.problem }) });
    } else {
      setStatus({ kind: 'error', text: t(`error.${result.error}`) });
    }
  };

  return (
    <section id={id} className="scene-manager" aria-labelledby={`${id}-title`}>
      <header className="scene-manager__header">
        <h2 id={`${id}-title`} className="scene-manager__title">
          {t('manager.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('manager.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <fieldset className="scene-manager__tour">
        <legend>{t('manager.tour')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-tour`}
            checked={tour.kind === 'builtin'}
            onChange={() => chooseTour('builtin')}
          />
          {t('manager.builtin', { count: tour.builtin.length })}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-tour`}
            checked={tour.kind === 'mine'}
            disabled={scenes.length === 0}
            onChange={() => chooseTour('mine')}
          />
          {t('manager.mine', { count: scenes.length })}
        </label>
      </fieldset>
      <button type="button" className="button scene-manager__save" onClick={save}>
        {t('manager.save')}
      </button>
      {scenes.length === 0 ? (
        <p className="scene-manager__empty">{t('manager.empty')}</p>
      ) : (
        <ol className="scene-manager__list" aria-label={t('manager.list')}>
          {scenes.map((scene, index) => (
            <SceneRow
              key={scene.id}
              scene={scene}
              isFirst={index === 0}
              isLast={index === scenes.length - 1}
              onShow={() => applyScene(scene, network)}
              onRename={(name) => renameScene(scene.id, name)}
              onMove={(delta) => moveScene(scene.id, delta)}
              onCopyLink={() => void copyLink(scene)}
              onDelete={() => remove(scene)}
            />
          ))}
        </ol>
      )}
      <div className="scene-manager__files">
        <button
          type="button"
          className="button"
          aria-disabled={scenes.length === 0}
          onClick={() => scenes.length > 0 && downloadScenes(scenes)}
        >
          {t('manager.download')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('manager.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('manager.importFile')}
          onChange={(event) => void importFile(event)}
        />
      </div>
      <SceneStatus status={status} />
    </section>
  );
}
