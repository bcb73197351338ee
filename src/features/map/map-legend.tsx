import { useState } from 'react';
import { useAppStore } from '../../stores/app-store';
import { LAYER_IDS, type LayerId } from '../../data/domain/vocabulary';
import { useT } from '../../stores/use-t';
import { formatNumber } from '../../lib/format';
import { LegendSymbol } from '../../components/ui/kind-symbol';

export interface MapLegendProps {
  /** Per layer: what it draws after the filters (recruitment cities, or outlets of a kind). */
  counts: Record<LayerId, number>;
}

/** Layer toggles with their symbols and live counts, bottom-left over the map. */
export function MapLegend({ counts }: MapLegendProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const toggleLayer = useAppStore((state) => state.toggleLayer);
  // Folded at first on phones, where the map needs the room.
  const [expanded, setExpanded] = useState(
    () => !(window.matchMedia?.('(max-width: 720px)').matches ?? false),
  );
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        <button
          type="button"
          className="map-legend__fold"
          aria-expanded={expanded}
          aria-controls="map-legend-body"
          onClick={() => setExpanded((value) => !value)}
        >
          {t('legend.title')}
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
      </h2>
      <div id="map-legend-body" hidden={!expanded}>
        <ul className="map-legend__list">
          {LAYER_IDS.map((id) => (
            <li key={id} className="map-legend__row" data-layer={id}>
              <label className="map-legend__toggle">
                <input type="checkbox" checked={layers[id]} onChange={() => toggleLayer(id)} />
                <LegendSymbol kind={id === 'cities' ? 'city' : id} />
                <span className="map-legend__name">{t(`layer.${id}`)}</span>
              </label>
              {layers[id] && (
                <output
                  className="map-legend__count"
                  aria-label={`${t(`layer.${id}`)}: ${counts[id]}`}
                >
                  {formatNumber(counts[id], language)}
                </output>
              )}
            </li>
          ))}
        </ul>
        <ul className="map-legend__key" aria-label={t('legend.title')}>
          <li>
            <LegendSymbol kind="partner-store" size={12} />
            {t('legend.open')}
          </li>
          <li>
            <LegendSymbol kind="partner-store" variant="hollow" size={12} />
            {t('legend.pipeline')}
          </li>
          <li>
            <LegendSymbol kind="gap" size={12} />
            {t('legend.gap')}
          </li>
        </ul>
      </div>
    </section>
  );
}
