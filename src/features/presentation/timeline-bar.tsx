import { useId, useMemo, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Network } from '../../data/domain/schema';
import { networkIndex } from '../../data/derive/network-index';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { ExportMenu } from './export-menu';
import { setPlaybackDate, usePlaybackEngine } from './playback-engine';
import { usePlaybackStore } from './playback-state';
import {
  clampToRange,
  milestonesAround,
  PLAYBACK_DURATIONS_S,
  playbackDate,
  playbackDay,
  playbackRange,
  type PlaybackDuration,
  type PlaybackRange,
} from './playback-steps';
import './timeline-bar.css';
import { timelineMessages } from './timeline-messages';
import { TimelineTicks } from './timeline-ticks';

export interface TimelineBarProps {
  /** The dataset; null while it loads: the bar then keeps its place with its controls off. */
  network: Network | null;
}

/**
 * The as-of date as a slider over the rollout, with play/pause, speed, the milestones and
 * their captions. It moves the app store's as-of date, so every view follows. The caption is
 * the bar's first line, never over the map's data: the latest milestone
 * on or before the date (or the next one), marked as just reached while the playback stops on
 * it. While the data loads the bar stands in its place with its controls off, so that the map
 * keeps its size when the data comes in (a resize then redraws it, and can change the tiles it
 * needs).
 */
export function TimelineBar({ network }: TimelineBarProps) {
  return network ? <LoadedTimelineBar network={network} /> : <TimelineFrame />;
}

function LoadedTimelineBar({ network }: { network: Network }) {
  const language = useAppStore((state) => state.language);
  const asOf = useAppStore((state) => state.filters.asOf);
  const presenting = useAppStore((state) => state.presenting);
  const playing = usePlaybackStore((state) => state.playing);
  const pause = usePlaybackStore((state) => state.pause);
  const sliderRef = useRef<HTMLInputElement>(null);
  const nextLabel = useMessages(timelineMessages)('next');
  const end = network.meta.asOf;
  const range = useMemo<PlaybackRange | null>(
    () => playbackRange(networkIndex(network).firstDate, network.milestones, end),
    [network, end],
  );
  const { caption, togglePlay } = usePlaybackEngine(network, range);
  if (!range) return null;

  const current = clampToRange(asOf ?? end, range);
  const around = milestonesAround(network.milestones, current);
  const reached = caption.length > 0 && caption[0]?.date === around.milestones[0]?.date;
  const said = (milestone: (typeof caption)[number]) => (
    <span key={`${milestone.date} ${milestone.title.en}`} className="timeline-bar__milestone-item">
      <time dateTime={milestone.date}>{formatDate(milestone.date, language)}</time>{' '}
      {milestone.title[language]}
    </span>
  );
  const moveTo = (date: string) => {
    pause();
    setPlaybackDate(date, range);
  };

  return (
    <TimelineFrame
      sliderRef={sliderRef}
      playing={playing}
      onPlay={togglePlay}
      current={current}
      total={playbackDay(range.end) - playbackDay(range.start)}
      value={playbackDay(current) - playbackDay(range.start)}
      onSlide={(day) => moveTo(playbackDate(playbackDay(range.start) + day))}
      onLatest={asOf === null ? undefined : () => moveTo(end)}
      caption={caption.map(said)}
      milestone={
        around.milestones.length > 0 && (
          <>
            {around.upcoming && <span className="timeline-bar__next">{nextLabel} </span>}
            {around.milestones.map(said)}
          </>
        )
      }
      milestoneState={reached ? 'reached' : around.upcoming ? 'upcoming' : 'passed'}
      ticks={<TimelineTicks milestones={network.milestones} range={range} onPick={moveTo} />}
      // Presenter mode hides the header and its Export button: the bar offers it instead.
      extra={presenting && <ExportMenu network={network} placement="above" />}
    />
  );
}

interface TimelineFrameProps {
  sliderRef?: RefObject<HTMLInputElement | null>;
  playing?: boolean;
  /** Absent while the data loads: every control is then off. */
  onPlay?: () => void;
  /** The as-of date shown (ISO); absent while the data loads. */
  current?: string;
  total?: number;
  value?: number;
  onSlide?: (day: number) => void;
  /** Absent when the view is already at the dataset date. */
  onLatest?: () => void;
  /** What the playback just reached, for screen readers (the line shows it on screen). */
  caption?: ReactNode;
  /** The milestone line above the slider, and whether it was just reached, is past or is next. */
  milestone?: ReactNode;
  milestoneState?: 'reached' | 'passed' | 'upcoming';
  ticks?: ReactNode;
  extra?: ReactNode;
}

/** The bar's layout and controls, for the loaded bar and for its place while the data loads. */
function TimelineFrame({
  sliderRef,
  playing = false,
  onPlay,
  current,
  total = 1,
  value = 1,
  onSlide,
  onLatest,
  caption,
  milestone,
  milestoneState,
  ticks,
  extra,
}: TimelineFrameProps) {
  const t = useMessages(timelineMessages);
  const language = useAppStore((state) => state.language);
  const duration = usePlaybackStore((state) => state.duration);
  const setDuration = usePlaybackStore((state) => state.setDuration);
  const sliderId = useId();
  const loading = !onPlay;
  const currentLabel = current ? formatDate(current, language) : '—';

  return (
    <section className="timeline-bar" aria-label={t('region')} aria-busy={loading || undefined}>
      <p
        className="timeline-bar__caption visually-hidden"
        role="status"
        aria-live="polite"
        aria-label={t('caption')}
      >
        {caption}
      </p>
      <p className="timeline-bar__milestone" data-state={milestoneState}>
        {milestone}
      </p>
      <button
        type="button"
        className="button timeline-bar__play"
        data-playing={playing}
        disabled={loading}
        onClick={onPlay}
      >
        <span aria-hidden="true" className="timeline-bar__icon" />
        {playing ? t('pause') : t('play')}
      </button>
      <div className="timeline-bar__date">
        <label htmlFor={sliderId}>{t('asOf')}</label>
        <output htmlFor={sliderId}>
          {current ? <time dateTime={current}>{currentLabel}</time> : currentLabel}
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
          disabled={loading}
          aria-valuetext={currentLabel}
          style={{ '--progress': `${(value / total) * 100}%` } as CSSProperties}
          onChange={(event) => onSlide?.(Number(event.target.value))}
        />
        {ticks}
      </div>
      <label className="select-field timeline-bar__speed">
        <span className="select-field__label">{t('speed')}</span>
        <select
          value={duration}
          disabled={loading}
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
        disabled={!onLatest}
        onClick={() => {
          onLatest?.();
          // The button disables itself; keep focus on the slider instead of losing it.
          sliderRef?.current?.focus();
        }}
      >
        {t('latest')}
      </button>
      {extra}
    </section>
  );
}
