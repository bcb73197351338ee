import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';

export type InsetCorner = 'bottom-right' | 'top-right' | 'top-left';

/** The corners the inset may take, in order of preference (bottom-right is the standard map's). */
const CORNERS: readonly InsetCorner[] = ['bottom-right', 'top-right', 'top-left'];

/** The inset's box with its caption and margins, and the room a city's label takes beside it. */
const INSET = { width: 120, height: 160 };
const LABEL_ROOM = 90;

/** Whether a national frame leaves the southern islands out, so the inset is due. */
function isNationalFrame(map: MaplibreMap): boolean {
  return map.getZoom() < 6 && map.getBounds().getSouth() > 4;
}

function cornerBox(corner: InsetCorner, width: number, height: number) {
  const x = corner === 'top-left' ? 0 : width - INSET.width - (corner === 'bottom-right' ? 44 : 0);
  const y = corner.startsWith('top') ? 40 : height - INSET.height;
  return { left: x - LABEL_ROOM, right: x + INSET.width, top: y - 12, bottom: y + INSET.height };
}

/**
 * Where the South China Sea inset goes, or null when it is not due: the standard map shows the
 * southern islands, so a national frame that leaves them out carries the inset, in a corner where
 * it covers no city of `points` (bottom-right first; the standard corner when every one is
 * taken). Read when the map comes to rest or changes size, never every frame. While the cities
 * are not known yet (`points` null: the data is still on its way) there is no inset, so it never
 * jumps to another corner when they arrive.
 */
export function useInsetCorner(
  map: MaplibreMap | null,
  points: readonly [number, number][] | null,
): InsetCorner | null {
  const [corner, setCorner] = useState<InsetCorner | null>(null);
  useEffect(() => {
    if (!map || !points) return;
    const update = () => {
      if (!isNationalFrame(map)) return setCorner(null);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const projected = points.map((point) => map.project(point));
      // The legend along the bottom edge is in the way too.
      const frame = map.getContainer().getBoundingClientRect();
      const legend = map.getContainer().parentElement?.querySelector('.map-legend');
      const panel = legend?.getBoundingClientRect();
      const free = CORNERS.find((candidate) => {
        const box = cornerBox(candidate, width, height);
        const onPanel =
          panel !== undefined &&
          panel.right - frame.left > box.left + LABEL_ROOM &&
          panel.left - frame.left < box.right &&
          panel.bottom - frame.top > box.top &&
          panel.top - frame.top < box.bottom;
        return (
          !onPanel &&
          !projected.some(
            ({ x, y }) => x > box.left && x < box.right && y > box.top && y < box.bottom,
          )
        );
      });
      setCorner(free ?? 'bottom-right');
    };
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [map, points]);
  return points ? corner : null;
}
