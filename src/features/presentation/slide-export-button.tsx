import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { ATLAS_MAP_ID } from '../../config/map-defaults';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { exportMessages } from './export-messages';
import { exportSlide } from './export-slide';
import { usePlaybackStore } from './playback-state';

export interface SlideExportButtonProps {
  network: Network;
}

type Status = { kind: 'idle' | 'working' } | { kind: 'done' | 'failed'; text: string };

/** "Export slide": the view, the plan and the comparison as one 1920×1080 PNG. */
export function SlideExportButton({ network }: SlideExportButtonProps) {
  const t = useMessages(exportMessages);
  const map = useMap()[ATLAS_MAP_ID]?.getMap();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async () => {
    const { filters, layers, language, compare, selectedCityId } = useAppStore.getState();
    usePlaybackStore.getState().pause();
    setStatus({ kind: 'working' });
    try {
      const png = await exportSlide(map, {
        network,
        filters,
        layers,
        language,
        compare,
        selectedCityId,
      });
      setStatus({ kind: 'done', text: t('done', { file: png.fileName }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', text: t('failed', { message }) });
    }
  };
  const busy = status.kind === 'working';
  return (
    <>
      <button
        type="button"
        className="button"
        aria-busy={busy}
        disabled={busy}
        onClick={() => void run()}
      >
        {busy ? t('working') : t('slideButton')}
      </button>
      <p
        className={status.kind === 'failed' ? 'export-menu__error' : 'visually-hidden'}
        role="status"
      >
        {status.kind === 'done' || status.kind === 'failed' ? status.text : ''}
      </p>
    </>
  );
}
