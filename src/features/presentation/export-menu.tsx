import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { ATLAS_MAP_ID } from '../../config/map-defaults';
import { viewOutlets } from '../../data/derive/view-outlets';
import { useDistricts } from '../../data/sources/district-query';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { networkViewFor } from '../../stores/use-network-view';
import { buildOutletsCsv } from '../../data/derive/build-outlets-csv';
import { downloadFile } from '../../lib/download';
import { exportFileName } from './export-file-name';
import './export-menu.css';
import { exportMessages } from './export-messages';
import { exportPng } from './export-png';
import { canCopyImages, copySlide, exportSlide } from './export-slide';
import { usePlaybackStore } from './playback-state';

export interface ExportMenuProps {
  network: Network;
  /** Where the menu opens: below the button (header), or above it (a bar at the bottom). */
  placement?: 'below' | 'above';
}

type Choice = 'png1' | 'png2' | 'slide' | 'slide2' | 'copy' | 'csv';
const CHOICES: Choice[] = ['png1', 'png2', 'slide', 'slide2', 'copy', 'csv'];
type Status = { kind: 'idle' | 'working' } | { kind: 'done' | 'failed'; text: string };

/**
 * "Export" menu button: the current view as a PNG (1× or 2×), as a 16:9 slide with the plan and
 * the changes (1920×1080 or 3840×2160, or copied to the clipboard where the browser allows),
 * the filtered outlets as CSV.
 */
export function ExportMenu({ network, placement = 'below' }: ExportMenuProps) {
  const t = useMessages(exportMessages);
  const map = useMap()[ATLAS_MAP_ID]?.getMap();
  const districts = useDistricts(network);
  const [open, setOpen] = useState(false);
  const [choices] = useState(() =>
    CHOICES.filter((choice) => choice !== 'copy' || canCopyImages()),
  );
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const run = async (choice: Choice) => {
    close();
    const { filters, layers, language, compare, coverage, selectedCityId } = useAppStore.getState();
    const now = new Date();
    if (choice === 'csv') {
      const view = networkViewFor(network, filters);
      const csv = buildOutletsCsv(viewOutlets(view), districts, network.meta.crs);
      const { asOf } = view;
      const fileName = exportFileName(filters, asOf, now, 'csv');
      downloadFile(csv, fileName, 'text/csv;charset=utf-8');
      setStatus({ kind: 'done', text: t('done', { file: fileName }) });
      return;
    }
    // The image shows one moment: a running playback would keep the map from settling.
    usePlaybackStore.getState().pause();
    setStatus({ kind: 'working' });
    try {
      const options = {
        network,
        filters,
        layers,
        language,
        compare,
        coverage,
        selectedCityId,
        now,
      };
      if (choice === 'copy') {
        await copySlide(map, options);
        setStatus({ kind: 'done', text: t('copied') });
        return;
      }
      const png =
        choice === 'slide' || choice === 'slide2'
          ? await exportSlide(map, { ...options, scale: choice === 'slide2' ? 2 : 1 })
          : await exportPng(map, { ...options, scale: choice === 'png2' ? 2 : 1 });
      setStatus({ kind: 'done', text: t('done', { file: png.fileName }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', text: t('failed', { message }) });
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const items = itemRefs.current.filter((item) => item !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  const busy = status.kind === 'working';
  return (
    <div className="export-menu" data-placement={placement} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {busy ? t('working') : t('button')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          className="export-menu__list"
          aria-label={t('button')}
          onKeyDown={onMenuKey}
        >
          {choices.map((choice, index) => (
            <button
              key={choice}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="export-menu__item"
              onClick={() => void run(choice)}
            >
              {t(choice)}
            </button>
          ))}
        </div>
      )}
      <p
        className={status.kind === 'failed' ? 'export-menu__error' : 'visually-hidden'}
        role="status"
      >
        {status.kind === 'done' || status.kind === 'failed' ? status.text : ''}
      </p>
    </div>
  );
}
