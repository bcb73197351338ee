import { useCallback, useEffect, useState } from 'react';
import type { Milestone, Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { usePlaybackStore } from './playback-state';
import {
  milestonesOn,
  playbackDay,
  playbackStartDate,
  playbackStep,
  playbackTiming,
  type PlaybackRange,
} from './playback-steps';

/** How long the playback stays on a milestone it reached, whatever the speed. */
export const MILESTONE_HOLD_MS = 2500;
/** How long a reached milestone stays marked as just reached. */
export const CAPTION_MS = 4000;

export interface PlaybackControls {
  /** The milestones the playback last reached, while they are marked as just reached. */
  caption: Milestone[];
  /** Play (from the start when at the end) or pause. */
  togglePlay: () => void;
}

/** Sets the as-of date: the end of the range is the dataset's own date, i.e. no date filter. */
export function setPlaybackDate(date: string, range: PlaybackRange): void {
  useAppStore.getState().setAsOf(date >= range.end ? null : date);
}

/**
 * Runs the rollout playback while the playback store says so: moves the app's as-of date a
 * step at a time and stops on each milestone on the way for `MILESTONE_HOLD_MS` (so that, at
 * any speed, each caption is shown with the map of its own day), then stops at the end.
 */
export function usePlaybackEngine(network: Network, range: PlaybackRange | null): PlaybackControls {
  const playing = usePlaybackStore((state) => state.playing);
  const duration = usePlaybackStore((state) => state.duration);
  const [caption, setCaption] = useState<Milestone[]>([]);
  const start = range?.start;
  const end = range?.end;
  const { milestones } = network;

  useEffect(() => {
    if (!playing || !start || !end) return;
    const bounds = { start, end };
    const { stepDays, intervalMs } = playbackTiming(
      playbackDay(end) - playbackDay(start),
      duration,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const current = useAppStore.getState().filters.asOf ?? end;
      const { date, reached } = playbackStep(milestones, current, stepDays, bounds);
      setPlaybackDate(date, bounds);
      if (reached.length > 0) setCaption(reached);
      if (date >= end) usePlaybackStore.getState().pause();
      else timer = setTimeout(step, reached.length > 0 ? MILESTONE_HOLD_MS : intervalMs);
    };
    // Started on a milestone's day (the range's first day can be one): it is shown first
    // (`togglePlay`), and held like any other.
    const here = useAppStore.getState().filters.asOf ?? end;
    const onStart = here === start && milestonesOn(milestones, here).length > 0;
    timer = setTimeout(step, onStart ? MILESTONE_HOLD_MS : intervalMs);
    return () => clearTimeout(timer);
  }, [playing, duration, start, end, milestones]);

  useEffect(() => {
    if (caption.length === 0) return;
    const timer = setTimeout(() => setCaption([]), CAPTION_MS);
    return () => clearTimeout(timer);
  }, [caption]);

  // A playback without its controls on screen could not be stopped.
  useEffect(() => () => usePlaybackStore.getState().pause(), []);

  const togglePlay = useCallback(() => {
    const playback = usePlaybackStore.getState();
    if (playback.playing) {
      playback.pause();
      return;
    }
    if (!start || !end) return;
    const bounds = { start, end };
    const current = useAppStore.getState().filters.asOf ?? end;
    const from = playbackStartDate(current, bounds);
    if (from !== current) setPlaybackDate(from, bounds);
    setCaption(from === start ? milestonesOn(milestones, from) : []);
    playback.play();
  }, [start, end, milestones]);

  return { caption, togglePlay };
}
