import { COVERAGE_OPACITY, COVERAGE_RAMP } from '../../components/ui/map-colors';
import { useResolvedTheme } from '../../stores/use-resolved-theme';
import { useCoverage } from '../../stores/use-coverage';
import type { Network } from '../../data/domain/schema';
import { BAND_LIMITS_KM } from '../../data/derive/coverage/coverage-figures';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import type { CoverageMode } from '../../stores/app-state';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';

const MODES: readonly CoverageMode[] = ['off', 'sales', 'service'];

export interface CoverageLegendProps {
  network: Network | null;
  /** Whether the rings' toggle is shown (the compact legend keeps it with the key). */
  rings?: boolean;
}

/**
 * The coverage view's switch in the layers panel (off, reach to sales, reach to service), and
 * once on, the key to its bands and the rings' toggle (in a compact legend: with the key, or
 * while the rings are drawn, so they can be switched off where they are seen).
 */
export function CoverageLegend({ network, rings = true }: CoverageLegendProps) {
  const t = useMessages(coverageMessages);
  const coverage = useAppStore((state) => state.coverage);
  const setMode = useAppStore((state) => state.setCoverageMode);
  const setRings = useAppStore((state) => state.setCoverageRings);
  const theme = useResolvedTheme();
  const status = useCoverage(network);
  // The shading on screen is for another filter state while the new one is worked out.
  const updating = status !== null && status.result === null && !status.error;
  const { mode } = coverage;
  const limits = BAND_LIMITS_KM;
  const labels = [
    t('bands.near', { km: limits[0] }),
    ...limits.slice(1).map((to, i) => t('bands.between', { from: limits[i] ?? 0, to })),
    t('bands.far', { km: limits[limits.length - 1] ?? 0 }),
  ];
  return (
    <div className="coverage-legend" data-mode={mode}>
      <label className="coverage-legend__mode">
        <span>{t('mode.label')}</span>
        <select
          className="select-compact"
          value={mode}
          onChange={(event) => setMode(event.currentTarget.value as CoverageMode)}
        >
          {MODES.map((option) => (
            <option key={option} value={option}>
              {t(`mode.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {mode !== 'off' && (
        <>
          <p className="coverage-legend__caption" id="coverage-bands-caption">
            {t(`bands.caption.${mode}`)}
            {updating && (
              <span className="coverage-legend__updating"> · {t('bands.updating')}</span>
            )}
          </p>
          <ol className="coverage-legend__bands" aria-labelledby="coverage-bands-caption">
            {labels.map((label, band) => (
              <li key={label}>
                <span
                  className="coverage-legend__swatch"
                  style={{
                    background: COVERAGE_RAMP[band],
                    opacity: COVERAGE_OPACITY[theme],
                  }}
                  aria-hidden="true"
                />
                {label}
              </li>
            ))}
          </ol>
          {(rings || coverage.rings) && (
            <label className="coverage-legend__rings">
              <input
                type="checkbox"
                checked={coverage.rings}
                onChange={(event) => setRings(event.currentTarget.checked)}
              />
              {t('rings', { km: coverage.radiusKm })}
            </label>
          )}
        </>
      )}
    </div>
  );
}
