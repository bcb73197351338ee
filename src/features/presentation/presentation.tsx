import { useEffect, useRef } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { PresenterBar } from './presenter-bar';
import { PRESENT_BUTTON_ID } from './presenter-session';
import { usePresenterKeys } from './use-presenter-keys';
import { useScenePersistence } from './use-scene-persistence';
import { useTour } from './use-tour';
import './presentation.css';

export interface PresentationProps {
  network: Network;
}

/**
 * Presenter mode over the dashboard: the keyboard (P, Escape, arrows…) and, while presenting,
 * the title bar above the map. Renders nothing otherwise.
 */
export function Presentation({ network }: PresentationProps) {
  const presenting = useAppStore((state) => state.presenting);
  const tour = useTour(network);
  usePresenterKeys(network, tour.scenes);
  useScenePersistence();

  const wasPresenting = useRef(presenting);
  useEffect(() => {
    // Back from presenting: the focus was in the bar, which is gone; return it to "Present".
    const active = document.activeElement;
    if (wasPresenting.current && !presenting && (!active || active === document.body))
      document.getElementById(PRESENT_BUTTON_ID)?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  return presenting ? <PresenterBar network={network} tour={tour.scenes} /> : null;
}
