import { useCallback, useEffect, useState } from 'react';
import type { Milestone, Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { usePlaybackStore } from './playback-state';
import {
  crossedMilestones,
  nextPlaybackDate,
  playbackDay,
  playbackStartDate,
  playbackTiming,
  type PlaybackRange,
} from './playback-steps';

/** How long a milestone caption stays up. */
export const CAPTION_MS = 4000;

export interface PlaybackControls {
  /** The milestones the playback last passed, while their caption is up. */
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
 * step at a time, announces the milestones it passes and stops at the end.
 */
export function usePlaybackEngine(network: Network, range: PlaybackRange | null): PlaybackControls {
  const playing = usePlaybackStore((state) => state.playing);
  const duration = usePlaybackStore((state) => state.duration);
  const [caption, setCaption] = useState<Milestone[]>([]);
  const start = range?.start;
  const end = range?.end;

  useEffect(() => {
    if (!playing || !start || !end) return;
    const bounds = { start, end };
    const { stepDays, intervalMs } = playbackTiming(
      playbackDay(end) - playbackDay(start),
      duration,
    );
    const timer = setInterval(() => {
      const current = useAppStore.getState().filters.asOf ?? end;
      const next = nextPlaybackDate(current, stepDays, bounds);
      const crossed = crossedMilestones(network.milestones, current, next);
      setPlaybackDate(next, bounds);
      if (crossed.length > 0) setCaption(crossed);
      if (next >= end) usePlaybackStore.getState().pause();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [playing, duration, start, end, network.milestones]);

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
    setCaption([]);
    playback.play();
  }, [start, end]);

  return { caption, togglePlay };
}
