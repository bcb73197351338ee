import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Scene } from '../../stores/app-state';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import { SceneIcon, type SceneIconProps } from './scene-icons';

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

interface RowActionProps {
  icon: SceneIconProps['name'];
  /** The accessible name, also the tooltip. */
  label: string;
  onClick: () => void;
  /** Stays focusable and announced, but does nothing (e.g. "Move up" on the first scene). */
  disabled?: boolean;
  danger?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}

function RowAction({ icon, label, onClick, disabled, danger, buttonRef }: RowActionProps) {
  return (
    <button
      type="button"
      className={danger ? 'scene-row__icon scene-row__icon--danger' : 'scene-row__icon'}
      ref={buttonRef}
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={() => !disabled && onClick()}
    >
      <SceneIcon name={icon} />
    </button>
  );
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
        <RowAction
          icon="rename"
          label={t('manager.rename', { name })}
          buttonRef={renameButton}
          onClick={() => {
            isDone.current = false;
            setEditing(true);
          }}
        />
        <RowAction
          icon="up"
          label={t('manager.up', { name })}
          disabled={isFirst}
          onClick={() => onMove(-1)}
        />
        <RowAction
          icon="down"
          label={t('manager.down', { name })}
          disabled={isLast}
          onClick={() => onMove(1)}
        />
        <RowAction icon="link" label={t('manager.link', { name })} onClick={onCopyLink} />
        <RowAction icon="delete" label={t('manager.delete', { name })} onClick={onDelete} danger />
      </span>
    </li>
  );
}
