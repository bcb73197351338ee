import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';

/** Room kept between the outlet's point and the card or the map's edge, in CSS pixels. */
const MARGIN = 48;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where an outlet's point should sit so the card does not cover it, or null when it is fine
 * where it is: in the map, away from its edges and outside the card. A card on the right half
 * leaves the part of the map to its left; a card as wide as the map (a phone) leaves the part
 * below it. `map` and `card` are boxes in the map container's pixels.
 */
export function outletTarget(
  point: { x: number; y: number },
  map: { width: number; height: number },
  card: Box,
): { x: number; y: number } | null {
  const beside = card.left > map.width / 2;
  const free: Box = beside
    ? { left: 0, top: 0, right: card.left, bottom: map.height }
    : { left: 0, top: card.bottom, right: map.width, bottom: map.height };
  const inside =
    point.x >= free.left + MARGIN &&
    point.x <= free.right - MARGIN &&
    point.y >= free.top + MARGIN &&
    point.y <= free.bottom - MARGIN;
  if (inside) return null;
  // No room to speak of beside or below the card: leave the camera alone.
  if (free.right - free.left < 2 * MARGIN || free.bottom - free.top < 2 * MARGIN) return null;
  return { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
}

/**
 * Keeps the selected outlet in sight beside its card: when an outlet is selected (on the map,
 * in the list or the city panel) and its point is under the card or off the map, the map pans
 * so the point sits in the middle of the free part of the map. The zoom stays as it is.
 */
export function useOutletInView(
  map: MaplibreMap | null,
  network: Network | null,
  container: () => HTMLElement | null,
): void {
  useEffect(() => {
    if (!map || !network) return;
    let frame = 0;
    const place = (outletId: string) => {
      const outlet = network.outlets.find((candidate) => candidate.id === outletId);
      const element = container();
      const card = element?.querySelector('.outlet-card');
      if (!outlet || !element || !card) return;
      const frameBox = element.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      const point = map.project([outlet.point.lon, outlet.point.lat]);
      const target = outletTarget(
        point,
        { width: frameBox.width, height: frameBox.height },
        {
          left: cardBox.left - frameBox.left,
          top: cardBox.top - frameBox.top,
          right: cardBox.right - frameBox.left,
          bottom: cardBox.bottom - frameBox.top,
        },
      );
      if (!target) return;
      const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      map.panBy([point.x - target.x, point.y - target.y], { duration: reduced ? 0 : 600 });
    };
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const id = state.selectedOutletId;
      if (!id || id === previous.selectedOutletId) return;
      cancelAnimationFrame(frame);
      // The card is drawn in the render that follows the selection: measure it then.
      frame = requestAnimationFrame(() => place(id));
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [map, network, container]);
}
