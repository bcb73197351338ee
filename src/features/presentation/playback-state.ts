import { create } from 'zustand';
import type { PlaybackDuration } from './playback-steps';

interface PlaybackState {
  playing: boolean;
  /** Seconds a playback from the first date to the last takes. */
  duration: PlaybackDuration;
  play: () => void;
  pause: () => void;
  setDuration: (duration: PlaybackDuration) => void;
}

/**
 * Whether the rollout is playing, and how fast. A store of its own, apart from the app store,
 * because this is transient machinery, not a view: it is never in the link, never shared, and
 * restoring a link must not start a playback. The date it moves is the app store's
 * `filters.asOf`, so every view follows. A store (not component state) lets other parts, such
 * as presenter mode's keys, pause or start the playback.
 */
export const usePlaybackStore = create<PlaybackState>()((set) => ({
  playing: false,
  duration: 30,
  play: () => set({ playing: true }),
  pause: () => set({ playing: false }),
  setDuration: (duration) => set({ duration }),
}));
