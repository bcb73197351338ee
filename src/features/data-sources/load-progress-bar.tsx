import type { LoadProgress } from '../../data/sources/load-options';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';

export interface LoadProgressBarProps {
  /** How the load under way is going; null before it reports. */
  progress: LoadProgress | null;
}

/** "Loading the network…" with how far the download and the checks have come. */
export function LoadProgressBar({ progress }: LoadProgressBarProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const mb = (bytes: number) => formatNumber(Math.round(bytes / 100_000) / 10, language);
  const share =
    progress?.phase === 'download' && progress.total ? progress.loaded / progress.total : null;
  const label =
    progress === null
      ? t('loading')
      : progress.phase === 'download'
        ? t('downloading', { loaded: mb(progress.loaded) })
        : t('checking');
  return (
    <div className="load-progress" role="status">
      <p>{label}</p>
      <progress
        aria-label={label}
        max={1}
        value={share ?? (progress?.phase === 'validate' ? 1 : undefined)}
      />
    </div>
  );
}
