import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import { enterPresenting, PRESENT_BUTTON_ID } from './presenter-session';
import { SceneIcon } from './scene-icons';
import { SceneManager } from './scene-manager';
import { useScenePersistence } from './use-scene-persistence';
import './presentation.css';

export interface PresentationToolsProps {
  /** The loaded network; the buttons wait for it. */
  network: Network | null;
}

const MANAGER_ID = 'scene-manager';

/** The header's "Present" button (P) and the "Scenes" panel it opens next to it. */
export function PresentationTools({ network }: PresentationToolsProps) {
  const t = useMessages(messages);
  const presenting = useAppStore((state) => state.presenting);
  const [isOpen, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useScenePersistence();
  const isShown = isOpen && !presenting && network !== null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  // Escape closes the panel from its button or from inside it (a rename takes it first).
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isShown || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  useEffect(() => {
    if (!isShown) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [isShown]);

  return (
    <div className="presentation-tools" ref={container} onKeyDown={onKeyDown}>
      <button
        id={PRESENT_BUTTON_ID}
        type="button"
        className="button presentation-tools__present"
        aria-keyshortcuts="P"
        title={t('presentHint')}
        disabled={network === null}
        onClick={enterPresenting}
      >
        <SceneIcon name="play" />
        {t('present')}
      </button>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={isShown}
        aria-controls={MANAGER_ID}
        disabled={network === null}
        onClick={() => setOpen((open) => !open)}
      >
        {t('scenes')}
      </button>
      {isShown && <SceneManager id={MANAGER_ID} network={network} onClose={close} />}
    </div>
  );
}
