import { KIND_COLORS } from '../../components/ui/map-colors';
import { OUTLET_KINDS } from '../../data/domain/schema';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { LegendSymbol } from '../../components/ui/kind-symbol';
import { insightsMessages } from './messages';

/** The kinds of a chart's stacks as buttons that toggle the kind filter. */
export function KindLegend() {
  const t = useMessages(insightsMessages);
  const kinds = useAppStore((state) => state.filters.kinds);
  const toggleFilterValue = useAppStore((state) => state.toggleFilterValue);
  return (
    <ul className="kind-legend">
      {OUTLET_KINDS.map((kind) => {
        const pressed = kinds.includes(kind);
        return (
          <li key={kind}>
            <button
              type="button"
              className="kind-legend__button"
              aria-pressed={pressed}
              data-dimmed={kinds.length > 0 && !pressed}
              style={{ borderColor: pressed ? KIND_COLORS[kind] : undefined }}
              onClick={() => toggleFilterValue('kinds', kind)}
            >
              <LegendSymbol kind={kind} size={12} />
              {t(`kind.${kind}`)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
