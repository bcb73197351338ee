import { useMemo, useState } from 'react';
import {
  coverageFigures,
  type ReachFigure,
  type ReachGroup,
} from '../../data/derive/coverage/coverage-figures';
import type { Network } from '../../data/domain/schema';
import { coverageMessages } from '../../lib/i18n/coverage-messages';
import { messages as filterMessages } from '../../lib/i18n/filter-messages';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { COVERAGE_RADII } from '../../stores/coverage-slice';
import { useCoverage } from '../../stores/use-coverage';
import { useMessages } from '../../stores/use-messages';
import './coverage.css';
import { DistrictSearch } from './district-search';

export interface CoveragePanelProps {
  network: Network;
  /** Opens the whitespace list. */
  onShowWhitespace: () => void;
}

const GROUP_TITLES = {
  tier: 'table.byTier',
  region: 'table.byRegion',
  city: 'table.byCity',
} as const;
type Grouping = keyof typeof GROUP_TITLES;
const GROUPINGS = Object.keys(GROUP_TITLES) as Grouping[];

/**
 * The coverage view's figures in the insights panel: the share of districts and of the
 * population proxy within the chosen radius of an open sales or service point (of the open city
 * when one is open), the same counting the outlets to come, and a table by tier, region or city.
 */
export function CoveragePanel({ network, onShowWhitespace }: CoveragePanelProps) {
  const t = useMessages(coverageMessages);
  const tf = useMessages(filterMessages);
  const language = useAppStore((state) => state.language);
  const settings = useAppStore((state) => state.coverage);
  const setRadius = useAppStore((state) => state.setCoverageRadius);
  const selectedCityId = useAppStore((state) => state.selectedCityId);
  const status = useCoverage(network);
  const [grouping, setGrouping] = useState<Grouping>('tier');
  const shown = status?.shown ?? null;
  const { mode, radiusKm } = settings;
  const kind = mode === 'sales' ? 'sales' : 'service';
  const figures = useMemo(
    () => (shown ? coverageFigures(shown.reach, shown.table, shown.context, radiusKm) : null),
    [shown, radiusKm],
  );
  if (!status || mode === 'off') return null;

  const n = (value: number) => formatNumber(value, language);
  const percent = (part: number, whole: number) =>
    whole > 0 ? formatPercent(part / whole, language) : '—';
  const cityPosition = network.cities.findIndex((city) => city.id === selectedCityId);
  const cityGroup = figures?.byCity.find((group) => group.key === cityPosition);
  const headline: ReachFigure | undefined = cityGroup ?? figures?.total;
  const asOf = shown?.view.asOf ?? network.meta.asOf;
  const scopeCities = figures?.byCity.length ?? 0;
  const groupName = (group: ReachGroup<string | number>): string => {
    if (grouping === 'city') return network.cities[Number(group.key)]?.name[language] ?? '';
    if (grouping === 'region') return tf(`region.${group.key}` as 'region.north');
    if (group.key === 'none') return t('tier.none');
    return tf(group.key === '3+' ? 'tier.3+.full' : (`tier.${group.key}` as 'tier.1'));
  };
  const groups: ReachGroup<string | number>[] =
    (grouping === 'tier'
      ? figures?.byTier
      : grouping === 'region'
        ? figures?.byRegion
        : figures?.byCity) ?? [];

  return (
    <section className="coverage-panel" aria-label={t('panel.title')}>
      <header className="coverage-panel__head">
        <h2 className="coverage-panel__title">{t('panel.title')}</h2>
        <label className="coverage-panel__radius">
          <span>{t('radius.label')}</span>
          <select
            className="select-compact"
            value={radiusKm}
            onChange={(event) => setRadius(Number(event.currentTarget.value))}
          >
            {COVERAGE_RADII.map((km) => (
              <option key={km} value={km}>
                {t('radius.option', { km })}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="coverage-panel__subtitle">
        {t(`panel.subtitle.${kind}`, { date: formatDate(asOf, language) })}
        {cityGroup && ` · ${network.cities[cityPosition]?.name[language]}`}
      </p>
      {status.error && (
        <p role="alert" className="coverage-panel__error">
          {t('panel.error', { message: status.error })}
        </p>
      )}
      {!figures && !status.error && <p className="coverage-panel__note">{t('panel.loading')}</p>}
      {figures && headline && (
        <>
          <ul className="coverage-panel__figures" aria-busy={status.result === null}>
            <li className="coverage-figure">
              <p className="coverage-figure__value">
                {percent(headline.within, headline.districts)}
              </p>
              <p className="coverage-figure__label">
                {t(`figure.districts.${kind}`, { km: radiusKm })}
              </p>
              <p className="coverage-figure__detail">
                {t('figure.districtsDetail', {
                  within: n(headline.within),
                  total: n(headline.districts),
                })}
              </p>
            </li>
            <li className="coverage-figure">
              <p className="coverage-figure__value">{percent(headline.popWithin, headline.pop)}</p>
              <p className="coverage-figure__label">{t('figure.pop', { km: radiusKm })}</p>
              <p className="coverage-figure__detail">
                {headline.pop > 0 ? t('figure.popDetail') : t('figure.popNone')}
              </p>
            </li>
          </ul>
          {figures.openPoints === 0 && (
            <p className="coverage-panel__none" role="status">
              {t(`figure.noneOpen.${kind}`, { date: formatDate(asOf, language) })}
            </p>
          )}
          {figures.comingPoints > 0 && (
            <p className="coverage-panel__note">
              {t('figure.coming', {
                count: n(figures.comingPoints),
                districts: percent(headline.withinComing, headline.districts),
                pop: percent(headline.popWithinComing, headline.pop),
              })}
            </p>
          )}
          <p className="coverage-panel__note">
            {shown?.scope
              ? t('figure.scope.cities', { count: n(figures.total.districts), cities: scopeCities })
              : t('figure.scope.all', { count: n(figures.total.districts) })}
          </p>
          <div className="coverage-panel__actions">
            <button
              type="button"
              className="button coverage-panel__whitespace"
              onClick={onShowWhitespace}
            >
              {t('whitespace.open', { count: n(headline.districts - headline.within) })}
            </button>
            {shown && <DistrictSearch network={network} coverage={shown} />}
          </div>
          <div className="coverage-panel__groupings" role="group" aria-label={t('table.group')}>
            {GROUPINGS.map((option) => (
              <button
                key={option}
                type="button"
                className="chart-frame__mode"
                aria-pressed={grouping === option}
                onClick={() => setGrouping(option)}
              >
                {t(GROUP_TITLES[option])}
              </button>
            ))}
          </div>
          <table className="chart-table coverage-panel__table">
            <caption>{t(GROUP_TITLES[grouping])}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.group')}</th>
                <th scope="col">{t('table.districts')}</th>
                <th scope="col">{t('table.within', { km: radiusKm })}</th>
                <th scope="col">{t('table.share')}</th>
                <th scope="col">{t('table.popShare')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={String(group.key)}>
                  <th scope="row">{groupName(group)}</th>
                  <td>{n(group.districts)}</td>
                  <td>{n(group.within)}</td>
                  <td>{percent(group.within, group.districts)}</td>
                  <td>{percent(group.popWithin, group.pop)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="coverage-panel__credit">{t('proxy.credit')}</p>
    </section>
  );
}
