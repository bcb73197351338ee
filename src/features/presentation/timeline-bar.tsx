import { useId, useMemo, useRef, type CSSProperties } from 'react';
import type { Network } from '../../data/schema';
import { networkIndex } from '../../data/network-index';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { ExportMenu } from './export-menu';
import { setPlaybackDate, usePlaybackEngine } from './playback-engine';
import { usePlaybackStore } from './playback-state';
import {
  clampToRange,
  PLAYBACK_DURATIONS_S,
  playbackDate,
  playbackDay,
  type PlaybackDuration,
  type PlaybackRange,
} from './playback-steps';
import './timeline-bar.css';
import { timelineMessages } from './timeline-messages';
import { TimelineTicks } from './timeline-ticks';

export interface TimelineBarProps {
  network: Network;
}

/**
 * The as-of date as a slider over the rollout, with play/pause, speed, the milestones and
 * their captions. It moves the app store's as-of date, so every view follows.
 */
export function TimelineBar({ network }: TimelineBarProps) {
  const t = useMessages(timelineMessages);
  const language = useAppStore((state) => state.language);
  const asOf = useAppStore((state) => state.filters.asOf);
  const presenting = useAppStore((state) => state.presenting);
  const playing = usePlaybackStore((state) => state.playing);
  const duration = usePlaybackStore((state) => state.duration);
  const setDuration = usePlaybackStore((state) => state.setDuration);
  const pause = usePlaybackStore((state) => state.pause);
  const sliderId = useId();
  const sliderRef = useRef<HTMLInputElement>(null);
  const end = network.meta.asOf;
  const range = useMemo<PlaybackRange | null>(() => {
    const start = networkIndex(network).firstDate;
    return start && start < end ? { start, end } : null;
  }, [network, end]);
  const { caption, togglePlay } = usePlaybackEngine(network, range);
  if (!range) return null;

  const current = clampToRange(asOf ?? end, range);
  const total = playbackDay(range.end) - playbackDay(range.start);
  const value = playbackDay(current) - playbackDay(range.start);
  const currentLabel = formatDate(current, language);
  const moveTo = (date: string) => {
    pause();
    setPlaybackDate(date, range);
  };

  return (
    <section className="timeline-bar" aria-label={t('region')}>
      <div
        className="timeline-bar__caption"
        role="status"
        aria-live="polite"
        aria-label={t('caption')}
      >
        {caption.map((milestone) => (
          <p key={milestone.date} className="timeline-bar__caption-text">
            <time dateTime={milestone.date}>{formatDate(milestone.date, language)}</time>{' '}
            {milestone.title[language]}
          </p>
        ))}
      </div>
      <button
        type="button"
        className="button timeline-bar__play"
        data-playing={playing}
        onClick={togglePlay}
      >
        <span aria-hidden="true" className="timeline-bar__icon" />
        {playing ? t('pause') : t('play')}
      </button>
      <div className="timeline-bar__date">
        <label htmlFor={sliderId}>{t('asOf')}</label>
        <output htmlFor={sliderId}>
          <time dateTime={current}>{currentLabel}</time>
        </output>
      </div>
      <div className="timeline-bar__track">
        <input
          ref={sliderRef}
          id={sliderId}
          type="range"
          className="timeline-bar__slider"
          min={0}
          max={total}
          step={1}
          value={value}
          aria-valuetext={currentLabel}
          style={{ '--progress': `${(value / total) * 100}%` } as CSSProperties}
          onChange={(event) =>
            moveTo(playbackDate(playbackDay(range.start) + Number(event.target.value)))
          }
        />
        <TimelineTicks milestones={network.milestones} range={range} onPick={moveTo} />
      </div>
      <label className="select-field timeline-bar__speed">
        <span className="select-field__label">{t('speed')}</span>
        <select
          value={duration}
          onChange={(event) => setDuration(Number(event.target.value) as PlaybackDuration)}
        >
          {PLAYBACK_DURATIONS_S.map((seconds) => (
            <option key={seconds} value={seconds}>
              {t(`speed.${seconds}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button timeline-bar__latest"
        disabled={asOf === null}
        onClick={() => {
          moveTo(end);
          // The button disables itself; keep focus on the slider instead of losing it.
          sliderRef.current?.focus();
        }}
      >
        {t('latest')}
      </button>
      {/* Presenter mode hides the header and its Export button: the bar offers it instead. */}
      {presenting && <ExportMenu network={network} placement="above" />}
    </section>
  );
}
