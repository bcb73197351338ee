import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAppStore } from '../stores/app-store';
import { useMessages } from '../stores/use-messages';
import { layoutMessages } from './layout-messages';

export interface HeaderMenuProps {
  children: ReactNode;
}

/**
 * The header's search and tools: in the row on a wide screen; on a phone behind a "Menu"
 * button, so the header stays one compact row and the map gets the screen. Escape, a press
 * outside or the button closes it.
 */
export function HeaderMenu({ children }: HeaderMenuProps) {
  const t = useMessages(layoutMessages);
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // Presenting hides the header: the menu is closed when the presenter comes back.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.presenting && !previous.presenting) setOpen(false);
      }),
    [],
  );

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // A panel inside (export, scenes, data quality) takes its own Escape first.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="header-menu" ref={root} data-open={open} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="icon-button header-menu__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('menu')}
        onClick={() => setOpen((value) => !value)}
      >
        <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
          <path d="M3 6h16M3 11h16M3 16h16" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id={id} className="header-menu__content">
        {children}
      </div>
    </div>
  );
}
