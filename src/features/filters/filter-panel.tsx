import { TIER_GROUPS } from '../../data/domain/filters';
import { OUTLET_KINDS, REGIONS, STAGES, type Network } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { useNetworkView } from '../../stores/use-network-view';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import { AsOfFilter } from './as-of-filter';
import { FilterChips } from './filter-chips';
import { FilterGroup } from './filter-group';
import { FilterOption } from './filter-option';
import { messages } from '../../lib/i18n/filter-messages';
import { ProvinceFilter } from './province-filter';
import './filter-panel.css';

export interface FilterPanelProps {
  network: Network;
  /** Show the active-filter chips and "Reset filters" at the top (default). Turn off only when
   * `<FilterChips>` is mounted elsewhere: the page must hold one "Reset filters" button. */
  withChips?: boolean;
}

/** The filter rail: tier, region, province, type, stage, recruitment and as-of date. */
export function FilterPanel({ network, withChips = true }: FilterPanelProps) {
  const t = useMessages(messages);
  const filters = useAppStore((state) => state.filters);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  const setRecruitmentOnly = useAppStore((state) => state.setRecruitmentOnly);
  const { counts } = useNetworkView(network);

  return (
    <div className="filter-panel">
      <h2 className="filter-panel__title">{t('panel.title')}</h2>
      {withChips && <FilterChips network={network} />}
      <FilterGroup
        legend={t('group.tiers')}
        values={TIER_GROUPS}
        counts={counts.tiers}
        selected={filters.tiers}
        onToggle={(value) => toggleFilterValue('tiers', value)}
        labelOf={(value) => t(`tier.${value}`)}
        hintOf={(value) => (value === '3+' ? t('tier.3+.hint') : undefined)}
      />
      <FilterGroup
        legend={t('group.regions')}
        values={REGIONS}
        counts={counts.regions}
        selected={filters.regions}
        onToggle={(value) => toggleFilterValue('regions', value)}
        labelOf={(value) => t(`region.${value}`)}
      />
      <ProvinceFilter options={counts.provinces} />
      <FilterGroup
        legend={t('group.kinds')}
        values={OUTLET_KINDS}
        counts={counts.kinds}
        selected={filters.kinds}
        onToggle={(value) => toggleFilterValue('kinds', value)}
        labelOf={(value) => t(`kind.${value}`)}
        symbolOf={(value) => <LegendSymbol kind={value} size={14} />}
      />
      <FilterGroup
        legend={t('group.stages')}
        values={STAGES}
        counts={counts.stages}
        selected={filters.stages}
        onToggle={(value) => toggleFilterValue('stages', value)}
        labelOf={(value) => t(`stage.${value}`)}
      />
      <div className="filter-group filter-group--single">
        <FilterOption
          name={t('recruitmentOnly')}
          count={counts.recruitmentOnly}
          checked={filters.recruitmentOnly}
          onToggle={() => setRecruitmentOnly(!filters.recruitmentOnly)}
          symbol={<LegendSymbol kind="recruiting" size={14} />}
        />
      </div>
      <AsOfFilter network={network} />
    </div>
  );
}
