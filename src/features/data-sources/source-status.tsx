import { useEffect, useState } from 'react';
import { fileName } from '../../data/sources/file-source';
import type { ActiveNetwork } from '../../data/sources/use-network';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';

export interface SourceStatusProps {
  active: ActiveNetwork;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Where the data on screen comes from, how fresh it is, and what failed. */
export function SourceStatus({ active }: SourceStatusProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const fileSourceId = useAppStore((state) => state.fileSourceId);
  const showConfiguredSource = useAppStore((state) => state.showConfiguredSource);
  const now = useNow(30_000);
  const { kind, loaded, error, updatedAt } = active;
  const message = error?.message ?? '';

  if (kind === 'file' && fileSourceId) {
    return (
      <div className="source-status" role="status">
        <p>{t('showingFile', { name: fileName(fileSourceId) })}</p>
        <button type="button" className="link-button" onClick={showConfiguredSource}>
          {t('backToSource')}
        </button>
      </div>
    );
  }
  if (kind === 'fallback') {
    return (
      <div className="source-status source-status--warning" role="alert">
        <p>{t('fallback', { message })}</p>
        <button type="button" className="link-button" onClick={active.retry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (kind !== 'api' || !loaded) return null;
  if (error) {
    const time = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(updatedAt);
    return (
      <div className="source-status source-status--warning" role="alert">
        <p>{t('liveFailed', { message, time })}</p>
        <button type="button" className="link-button" onClick={active.retry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  const minutes = Math.max(0, Math.floor((now - updatedAt) / 60_000));
  const ago =
    minutes < 1
      ? t('justNow')
      : minutes < 60
        ? t('minutesAgo', { count: minutes })
        : t('hoursAgo', { count: Math.floor(minutes / 60) });
  return (
    <p className="source-status source-status--live" role="status">
      <span className="source-status__dot" aria-hidden="true" />
      {t('live')} · {t('updated', { ago })}
    </p>
  );
}
