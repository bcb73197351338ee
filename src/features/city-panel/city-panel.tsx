import { useEffect, useMemo } from 'react';
import { districtOf } from '../../data/derive/district-assignment';
import { cityOutlets } from '../../data/derive/view-outlets';
import { useDistricts } from '../../data/sources/district-query';
import { OUTLET_KINDS, type Network } from '../../data/domain/schema';
import { formatDate, formatPercent } from '../../lib/format';
import { translate } from '../../lib/i18n/messages';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import { CityTargets } from './city-targets';
import { messages } from './messages';
import './city-panel.css';

export interface CityPanelProps {
  network: Network;
}

/** The selected city: who it is, where recruitment stands, and its outlets in view. */
export function CityPanel({ network }: CityPanelProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const cityId = useAppStore((state) => state.selectedCityId);
  const selectCity = useAppStore((state) => state.selectCity);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const view = useNetworkView(network);
  const districts = useDistricts(network);
  const { asOf } = view;
  const position = cityId === null ? undefined : view.index.cityPosition.get(cityId);
  const city = position === undefined ? undefined : network.cities[position];

  const inCity = useMemo(() => (cityId ? cityOutlets(view, cityId) : []), [view, cityId]);
  const totalInCity = useMemo(
    () => view.index.city.reduce((sum, c) => (c === position ? sum + 1 : sum), 0),
    [view.index, position],
  );
  useEffect(() => {
    if (!city) return;
    // Escape closes the outlet card first (it listens too), then the city.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (useAppStore.getState().selectedOutletId === null) selectCity(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [city, selectCity]);
  if (!city) return null;

  const hasPartner = position !== undefined && view.cityHasPartner[position] === 1;
  // As of the date in view: a recruitment city recruits from its recruitment date on.
  const recruiting = position !== undefined && view.cityRecruiting[position] === 1;
  const { since } = city.recruitment;
  const recruitment =
    city.recruitment.status !== 'recruiting'
      ? t('notRecruiting')
      : !recruiting && since
        ? t('recruitingLater', { date: formatDate(since, language) })
        : since
          ? t('recruitingSince', { date: formatDate(since, language) })
          : t('recruiting');
  const share = view.visible.length > 0 ? inCity.length / view.visible.length : 0;
  const hidden = totalInCity - inCity.length;
  const other = language === 'en' ? 'zh' : 'en';

  return (
    <section className="city-panel" aria-labelledby="city-panel-title">
      <header className="city-panel__header">
        <div>
          <h2 id="city-panel-title" className="city-panel__title">
            {city.name[language]}
          </h2>
          <p className="city-panel__subtitle" lang={other === 'zh' ? 'zh-CN' : 'en'}>
            {city.name[other]}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('close')}
          onClick={() => selectCity(null)}
        >
          ×
        </button>
      </header>
      <dl className="city-panel__facts">
        <dt>{t('province')}</dt>
        <dd>{city.province[language]}</dd>
        <dt>{t('tier')}</dt>
        <dd>{translate(language, `tier.${city.tier}`)}</dd>
        <dt>{t('recruitment')}</dt>
        <dd>
          {recruitment}
          {recruiting && !hasPartner && <span className="city-panel__gap"> · {t('gap')}</span>}
        </dd>
        <dt>{t('share')}</dt>
        <dd>
          {t('shareValue', {
            share: formatPercent(share, language),
            count: inCity.length,
            total: view.visible.length,
          })}
        </dd>
      </dl>
      {position !== undefined && <CityTargets network={network} city={position} />}
      <h3 className="city-panel__section">{t('outlets')}</h3>
      {inCity.length === 0 && <p className="city-panel__empty">{t('none')}</p>}
      {OUTLET_KINDS.map((kind) => {
        const ofKind = inCity.filter((view) => view.outlet.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="city-panel__group">
            <h4 className="city-panel__kind">
              <LegendSymbol kind={kind} size={14} />
              {translate(language, `layer.${kind}`)}{' '}
              <span className="city-panel__count">{ofKind.length}</span>
            </h4>
            <ul className="city-panel__outlets">
              {ofKind.map(({ outlet, stage, position }) => (
                <li key={outlet.id}>
                  <button
                    type="button"
                    className="city-panel__outlet"
                    onClick={() => selectOutlet(outlet.id)}
                  >
                    <span className="city-panel__outlet-name">
                      {outlet.name[language]}
                      {districtOf(districts, position) && (
                        <span className="city-panel__district">
                          {' · '}
                          {districtOf(districts, position)?.name[language]}
                        </span>
                      )}
                    </span>
                    <span className={`stage-badge stage-badge--${stage}`}>
                      {translate(language, `stage.${stage}`)}
                    </span>
                    <span className="city-panel__date">
                      {t('since', { date: formatDate(outlet.stages[stage] ?? asOf, language) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {hidden > 0 && <p className="city-panel__hidden">{t('hidden', { count: hidden })}</p>}
    </section>
  );
}
