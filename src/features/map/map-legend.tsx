import { useState } from 'react';
import { LAYER_IDS, type LayerId } from '../../data/domain/vocabulary';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useT } from '../../stores/use-t';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import { CoverageLegend } from './coverage-legend';
import type { Network } from '../../data/domain/schema';
import { planMessages } from '../../lib/i18n/plan-messages';
import { PLAN_RING_COLORS } from './layers/city-layers';
import { CHANGE_COLORS } from './layers/outlet-layers';

export interface MapLegendProps {
  /** Per layer: what it draws after the filters (the cities shown, or outlets of a kind). */
  counts: Record<LayerId, number>;
  /** Of the cities shown, the recruitment cities on the date (a stronger edge). */
  recruiting: number;
  /** Of those, the ones whose partner gap is open (a hollow ring). */
  gaps: number;
  /**
   * One row of toggles with their counts, for a map too small for the whole legend (a laptop,
   * the list open, a phone): the key to the symbols is one click away.
   */
  compact: boolean;
  /** The dataset has targets: the rings of cities behind or at risk are keyed. */
  plan?: boolean;
  /** The dataset, whose coverage the legend keys. */
  network: Network | null;
}

/** A swatch of a map mark that is a ring (a city against its plan) or a halo (a changed outlet). */
function RingSwatch({
  color,
  width,
  halo = false,
}: {
  color: string;
  width: number;
  halo?: boolean;
}) {
  return (
    <svg width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
      <circle
        cx="6"
        cy="6"
        r={halo ? 4.8 : 4.2}
        fill={halo ? color : 'none'}
        fillOpacity={halo ? 0.35 : 1}
        stroke={color}
        strokeWidth={width}
      />
    </svg>
  );
}

/**
 * Layer toggles with their symbols and live counts, bottom-left over the map; the key to the
 * symbols, with the plan's rings when the dataset has targets and the change halos while two
 * dates are compared.
 */
export function MapLegend({
  counts,
  recruiting,
  gaps,
  compact,
  plan = false,
  network,
}: MapLegendProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const layers = useAppStore((state) => state.layers);
  const toggleLayer = useAppStore((state) => state.toggleLayer);
  const comparing = useAppStore((state) => state.compare !== null);
  const words = planMessages[language];
  const [keyOpen, setKeyOpen] = useState(false);
  const showKey = !compact || keyOpen;
  return (
    <section className="map-legend" data-compact={compact} aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        {t('legend.title')}
      </h2>
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
        {compact && (
          <li className="map-legend__row">
            <button
              type="button"
              className="map-legend__more"
              aria-expanded={keyOpen}
              aria-controls="map-legend-key"
              onClick={() => setKeyOpen((open) => !open)}
            >
              {t('legend.key')}
            </button>
          </li>
        )}
      </ul>
      <CoverageLegend network={network} rings={showKey} />
      {showKey && (
        <ul id="map-legend-key" className="map-legend__key" aria-label={t('legend.key')}>
          <li>
            <LegendSymbol kind="partner-store" size={12} />
            {t('legend.open')}
          </li>
          <li>
            <LegendSymbol kind="partner-store" variant="hollow" size={12} />
            {t('legend.pipeline')}
          </li>
          {layers.cities && (
            <>
              <li data-key="recruiting">
                <LegendSymbol kind="recruiting" size={12} />
                {t('legend.recruiting')}
                <span className="map-legend__key-count">{formatNumber(recruiting, language)}</span>
              </li>
              <li data-key="gap">
                <LegendSymbol kind="gap" size={12} />
                {t('legend.gap')}
                <span className="map-legend__key-count">{formatNumber(gaps, language)}</span>
              </li>
            </>
          )}
          {plan && layers.cities && (
            <>
              <li>
                <RingSwatch color={PLAN_RING_COLORS.behind} width={3} />
                {words['key.behind']}
              </li>
              <li>
                <RingSwatch color={PLAN_RING_COLORS['at-risk']} width={1.8} />
                {words['key.at-risk']}
              </li>
            </>
          )}
          {comparing &&
            (['new', 'advance', 'closure'] as const).map((change) => (
              <li key={change}>
                <RingSwatch color={CHANGE_COLORS[change]} width={1.5} halo />
                {words[`key.${change}`]}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
