import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { useMemo } from 'react';
import { mercatorY } from '../../lib/web-mercator';
import { useT } from '../../stores/use-t';
import type { InsetCorner } from './use-inset-corner';

/** The area the standard map shows in its inset: the South China Sea islands. */
const BOX = { west: 105.5, east: 124, south: 2.5, north: 24 } as const;
const WIDTH = 96;

const SCALE = WIDTH / (BOX.east - BOX.west);
const TOP = mercatorY(BOX.north);
const HEIGHT = Math.round((((TOP - mercatorY(BOX.south)) * 180) / Math.PI) * SCALE);

function project([lon = 0, lat = 0]: Position): string {
  const x = (lon - BOX.west) * SCALE;
  const y = (((TOP - mercatorY(lat)) * 180) / Math.PI) * SCALE;
  return `${x.toFixed(1)},${y.toFixed(1)}`;
}

function lines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    default:
      return [];
  }
}

function toPath(collection: FeatureCollection | undefined, closed: boolean): string {
  if (!Array.isArray(collection?.features)) return '';
  const parts: string[] = [];
  for (const feature of collection.features) {
    for (const line of lines(feature.geometry)) {
      const inBox = line.some(
        ([lon = 0, lat = 0]) => lon > BOX.west - 2 && lon < BOX.east + 2 && lat < BOX.north + 2,
      );
      if (inBox) parts.push(`M${line.map(project).join('L')}${closed ? 'Z' : ''}`);
    }
  }
  return parts.join('');
}

const fetchJson = (path: string) => async () => {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as FeatureCollection;
};

/**
 * The South China Sea inset of the standard map of China, shown with national views whose
 * frame leaves the southern islands out. Drawn as SVG from the same boundary files.
 */
export function SouthChinaSeaInset({ corner }: { corner: InsetCorner }) {
  const t = useT();
  const provinces = useQuery({
    queryKey: ['basemap', 'provinces'],
    queryFn: fetchJson('basemap/provinces.json'),
    staleTime: Infinity,
  });
  const boundaries = useQuery({
    queryKey: ['basemap', 'lines'],
    queryFn: fetchJson('basemap/boundary-lines.json'),
    staleTime: Infinity,
  });
  const land = useMemo(() => toPath(provinces.data, true), [provinces.data]);
  const dashes = useMemo(() => {
    if (!Array.isArray(boundaries.data?.features)) return '';
    const tenDash = {
      ...boundaries.data,
      features: boundaries.data.features.filter((f) => f.properties?.kind === 'ten-dash-line'),
    };
    return toPath(tenDash, false);
  }, [boundaries.data]);
  if (!land) return null;
  return (
    <figure className="scs-inset" data-corner={corner} aria-label={t('map.scsInset')}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t('map.scsInset')}
      >
        <rect width={WIDTH} height={HEIGHT} className="scs-inset__sea" />
        <path d={land} className="scs-inset__land" />
        <path d={dashes} className="scs-inset__line" />
      </svg>
      <figcaption>{t('map.scsInset')}</figcaption>
    </figure>
  );
}
