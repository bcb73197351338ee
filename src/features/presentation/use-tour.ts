import { useMemo } from 'react';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import type { Scene, TourChoice } from '../../stores/app-state';
import { buildDefaultTour } from './default-tour';

export interface Tour {
  scenes: Scene[];
  /** Which list `scenes` is. */
  kind: TourChoice;
  builtin: Scene[];
}

/** The tour "Present" steps through: the user's choice, else their scenes when they have any. */
export function useTour(network: Network): Tour {
  const language = useAppStore((state) => state.language);
  const mine = useAppStore((state) => state.scenes);
  const choice = useAppStore((state) => state.tourChoice);
  const builtin = useMemo(() => buildDefaultTour(network, language), [network, language]);
  const kind: TourChoice = mine.length > 0 && choice !== 'builtin' ? 'mine' : 'builtin';
  return { scenes: kind === 'mine' ? mine : builtin, kind, builtin };
}
