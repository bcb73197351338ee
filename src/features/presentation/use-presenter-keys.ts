import { useEffect, useRef } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import type { Scene } from '../../stores/app-state';
import { applyScene } from './apply-scene';
import { isTypingTarget, usesArrowKeys, usesSpace } from './key-targets';
import { leavePresenting, togglePresenting } from './presenter-session';

type Step = { by: number } | { to: 'first' | 'last' };

const STEPS: Record<string, Step> = {
  ArrowRight: { by: 1 },
  PageDown: { by: 1 },
  ' ': { by: 1 },
  ArrowLeft: { by: -1 },
  PageUp: { by: -1 },
  Home: { to: 'first' },
  End: { to: 'last' },
};

/**
 * The presenter's keyboard: P toggles presenter mode (not while typing); while presenting,
 * Escape leaves (after an open outlet card has closed), arrows, Space and page keys step
 * through `tour`, Home and End jump to its ends. Each new step puts its scene on screen.
 */
export function usePresenterKeys(network: Network, tour: readonly Scene[]): void {
  const tourRef = useRef(tour);
  useEffect(() => {
    tourRef.current = tour;
  }, [tour]);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.tourIndex === previous.tourIndex || state.tourIndex === null) return;
        const scene = tourRef.current[state.tourIndex];
        if (scene) applyScene(scene, network);
      }),
    [network],
  );

  useEffect(() => {
    // Capture phase: runs before the map's own arrow keys and the panels' Escape handlers.
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.isComposing ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const state = useAppStore.getState();
      if (event.key.toLowerCase() === 'p' && !event.shiftKey) {
        if (isTypingTarget(event.target) || event.repeat) return;
        event.preventDefault();
        togglePresenting();
        return;
      }
      if (!state.presenting) return;
      if (event.key === 'Escape') {
        // An open outlet card closes first (it listens on the document).
        if (state.selectedOutletId !== null) return;
        event.preventDefault();
        leavePresenting();
        return;
      }
      const step = STEPS[event.key];
      if (!step || event.shiftKey) return;
      if (event.key === ' ' ? usesSpace(event.target) : usesArrowKeys(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      const count = tourRef.current.length;
      if ('by' in step) state.stepScene(step.by, count);
      else state.showScene(step.to === 'first' ? 0 : count - 1, count);
    };
    // Bubble phase: an Escape no one took (e.g. a card for an unknown outlet) still leaves.
    const onUnhandledEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && useAppStore.getState().presenting)
        leavePresenting();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keydown', onUnhandledEscape);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keydown', onUnhandledEscape);
    };
  }, []);

  useEffect(() => {
    // Leaving full screen (the browser's own Escape) leaves presenter mode too.
    let wasFullscreen = false;
    const onFullscreenChange = () => {
      if (document.fullscreenElement) {
        wasFullscreen = true;
        return;
      }
      if (wasFullscreen && useAppStore.getState().presenting) leavePresenting();
      wasFullscreen = false;
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, []);
}
