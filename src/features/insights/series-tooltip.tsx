import { formatNumber } from '../../lib/format';
import type { Language } from '../../lib/i18n/messages';

/** One series' value under the pointer, as recharts hands it to a tooltip. */
interface TooltipEntry {
  dataKey?: unknown;
  name?: unknown;
  value?: unknown;
  color?: string;
}

export interface SeriesTooltipProps {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  label?: unknown;
  /** The series' keys top to bottom, as they lie on the chart. */
  order: readonly string[];
  language: Language;
  title: (label: string) => string;
  /** A last row with the sum of the series, e.g. "Total". */
  totalLabel?: string;
}

/**
 * A chart's tooltip: the series in the order they lie on the chart, each with its colour,
 * its name and its value, in the UI's number format.
 */
export function SeriesTooltip({
  active,
  payload,
  label,
  order,
  language,
  title,
  totalLabel,
}: SeriesTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const rank = (entry: TooltipEntry) => {
    const index = order.indexOf(String(entry.dataKey));
    return index < 0 ? order.length : index;
  };
  const rows = [...payload].sort((a, b) => rank(a) - rank(b));
  const total = rows.reduce((sum, entry) => sum + (Number(entry.value) || 0), 0);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title(String(label))}</p>
      <table>
        <tbody>
          {rows.map((entry) => (
            <tr key={String(entry.dataKey)}>
              <th scope="row">
                <span
                  className="chart-tooltip__swatch"
                  style={{ background: entry.color }}
                  aria-hidden="true"
                />
                {String(entry.name)}
              </th>
              <td>{formatNumber(Number(entry.value) || 0, language)}</td>
            </tr>
          ))}
          {totalLabel && (
            <tr className="chart-tooltip__total">
              <th scope="row">{totalLabel}</th>
              <td>{formatNumber(total, language)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
