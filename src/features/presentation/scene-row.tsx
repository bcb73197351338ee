import { useRef, useState, type KeyboardEvent } from 'react';
import type { Scene } from '../../stores/presentation-slice';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import { SceneIcon } from './scene-icons';

export interface SceneRowProps {
  scene: Scene;
  isFirst: boolean;
  isLast: boolean;
  onShow: () => void;
  onRename: (name: string) => void;
  onMove: (delta: number) => void;
  onCopyLink: () => void;
  onDelete: () => void;
}

/** One saved scene: show it, rename it in place, move it, copy its link, delete it. */
export function SceneRow(props: SceneRowProps) {
  const { scene, isFirst, isLast, onShow, onRename, onMove, onCopyLink, onDelete } = props;
  const t = useMessages(messages);
  const [isEditing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const isDone = useRef(false);
  const name = scene.name;

  /** Ends the rename once (Enter or Escape moves the focus, and the blur that follows is no edit). */
  const finish = (value: string | null, refocus: boolean) => {
    if (isDone.current) return;
    isDone.current = true;
    setEditing(false);
    const trimmed = value?.trim().slice(0, 120);
    if (trimmed && trimmed !== name) onRename(trimmed);
    if (refocus) renameButton.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget.value, true);
    } else if (event.key === 'Escape') {
      // Cancels the rename only, not the whole panel.
      event.preventDefault();
      event.stopPropagation();
      finish(null, true);
    }
  };

  return (
    <li className="scene-row">
      {isEditing ? (
        <input
          className="scene-row__input"
          aria-label={t('manager.nameLabel')}
          defaultValue={name}
          maxLength={120}
          autoFocus
          onKeyDown={onKeyDown}
          onBlur={(event) => finish(event.currentTarget.value, false)}
        />
      ) : (
        <button
          type="button"
          className="scene-row__name"
          aria-label={t('manager.show', { name })}
          onClick={onShow}
        >
          {name}
        </button>
      )}
      <span className="scene-row__actions">
        <button
          type="button"
          className="scene-row__icon"
          ref={renameButton}
          aria-label={t('manager.rename', { name })}
          title={t('manager.rename', { name })}
          onClick={() => {
            isDone.current = false;
            setEditing(true);
          }}
        >
          <SceneIcon name="rename" />
        </button>
        <button
          type="button"
          className="scene-row__icon"
          aria-label={t('manager.up', { name })}
          title={t('manager.up', { name })}
          aria-disabled={isFirst}
          onClick={() => !isFirst && onMove(-1)}
        >
          <SceneIcon name="up" />
        </button>
        <button
          type="button"
          className="scene-row__icon"
          aria-label={t('manager.down', { name })}
          title={t('manager.down', { name })}
          aria-disabled={isLast}
          onClick={() => !isLast && onMove(1)}
        >
          <SceneIcon name="down" />
        </button>
        <button
          type="button"
          className="scene-row__icon"
          aria-label={t('manager.link', { name })}
          title={t('manager.link', { name })}
          onClick={onCopyLink}
        >
          <SceneIcon name="link" />
        </button>
        <button
          type="button"
          className="scene-row__icon scene-row__icon--danger"
          aria-label={t('manager.delete', { name })}
          title={t('manager.delete', { name })}
          onClick={onDelete}
        >
          <SceneIcon name="delete" />
        </button>
      </span>
    </li>
  );
}
