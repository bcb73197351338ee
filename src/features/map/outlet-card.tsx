import { useEffect, useMemo } from 'react';
import { districtOf } from '../../data/derive/district-assignment';
import { stageAsOf } from '../../data/domain/filters';
import { useDistricts } from '../../data/sources/district-query';
import { STAGES, type Network } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useT } from '../../stores/use-t';
import { LegendSymbol } from '../../components/ui/kind-symbol';

export interface OutletCardProps {
  network: Network;
}

/** Details of the selected outlet; Escape or the close button dismisses it. */
export function OutletCard({ network }: OutletCardProps) {
  const t = useT();
  const language = useAppStore((state) => state.language);
  const selectedId = useAppStore((state) => state.selectedOutletId);
  const asOfFilter = useAppStore((state) => state.filters.asOf);
  const selectOutlet = useAppStore((state) => state.selectOutlet);
  const byId = useMemo(
    () => new Map(network.outlets.map((outlet) => [outlet.id, outlet])),
    [network],
  );
  const outlet = selectedId ? byId.get(selectedId) : undefined;
  const districts = useDistricts(network);

  useEffect(() => {
    if (!outlet) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      selectOutlet(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [outlet, selectOutlet]);

  if (!outlet) return null;
  const city = network.cities.find((candidate) => candidate.id === outlet.cityId);
  const district = districtOf(districts, network.outlets.indexOf(outlet));
  const asOf = asOfFilter ?? network.meta.asOf;
  const stage = stageAsOf(outlet, asOf) ?? outlet.status;
  const other = language === 'en' ? 'zh' : 'en';
  const titleId = `outlet-card-${outlet.id}`;

  return (
    <aside className="outlet-card" role="dialog" aria-labelledby={titleId}>
      <header className="outlet-card__header">
        <LegendSymbol
          kind={outlet.kind}
          variant={stage === 'open' ? 'solid' : 'hollow'}
          size={20}
        />
        <div>
          <h2 id={titleId} className="outlet-card__title">
            {outlet.name[language]}
          </h2>
          <p className="outlet-card__subtitle" lang={other === 'zh' ? 'zh-CN' : 'en'}>
            {outlet.name[other]}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('card.close')}
          onClick={() => selectOutlet(null)}
        >
          ×
        </button>
      </header>
      <dl className="outlet-card__facts">
        <dt>{t('card.stage')}</dt>
        <dd>
          <span className={`stage-badge stage-badge--${stage}`}>{t(`stage.${stage}`)}</span>{' '}
          {t(`kind.${outlet.kind}`)}
        </dd>
        <dt>{t('card.operator')}</dt>
        <dd>{outlet.operator[language]}</dd>
        <dt>{t('card.services')}</dt>
        <dd>{outlet.services.map((service) => t(`service.${service}`)).join(' · ')}</dd>
        <dt>{t('card.address')}</dt>
        <dd>{outlet.address[language]}</dd>
        {district && (
          <>
            <dt>{t('card.district')}</dt>
            <dd>{district.name[language]}</dd>
          </>
        )}
        {city && (
          <>
            <dt>{t('card.city')}</dt>
            <dd>
              {city.name[language]} · {city.province[language]} · {t(`tier.${city.tier}`)}
            </dd>
          </>
        )}
      </dl>
      <h3 className="outlet-card__section">{t('card.stageDates')}</h3>
      <ol className="stage-timeline">
        {STAGES.flatMap((name) => {
          const date = outlet.stages[name];
          if (!date) return [];
          return (
            <li key={name} data-reached={date <= asOf}>
              <span>{t(`stage.${name}`)}</span>
              <time dateTime={date}>{formatDate(date, language)}</time>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
