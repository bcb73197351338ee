import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { FilterToggle } from './filter-toggle';

/** A filter value a header stands for: pressed while it is in the filter. */
export interface HeaderToggle {
  pressed: boolean;
  onToggle: () => void;
}

export interface ChartTableHeader {
  key: string;
  label: string;
  /** In table mode the header toggles this filter value. */
  toggle?: HeaderToggle;
}

export interface ChartTableRow extends ChartTableHeader {
  /** One number per column, in the columns' order; null where there is none yet ("—"). */
  cells: readonly (number | null)[];
}

export interface ChartTableProps {
  caption: string;
  /** The header of the row names' column. */
  corner: string;
  columns: readonly ChartTableHeader[];
  rows: readonly ChartTableRow[];
  /** Headers are buttons that toggle their filter value (table mode); plain text otherwise. */
  interactive: boolean;
}

function Header({ header, interactive }: { header: ChartTableHeader; interactive: boolean }) {
  if (!header.toggle) return <>{header.label}</>;
  return (
    <FilterToggle
      interactive={interactive}
      pressed={header.toggle.pressed}
      onToggle={header.toggle.onToggle}
    >
      {header.label}
    </FilterToggle>
  );
}

/**
 * A chart's numbers as a table: what a screen reader reads, and what table mode shows. Every
 * chart of the insights panel gives its rows and columns here; none draws a table of its own.
 */
export function ChartTable({ caption, corner, columns, rows, interactive }: ChartTableProps) {
  const language = useAppStore((state) => state.language);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              <Header header={column} interactive={interactive} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <Header header={row} interactive={interactive} />
            </th>
            {row.cells.map((value, i) => (
              <td key={columns[i]?.key ?? i}>
                {value === null ? '—' : formatNumber(value, language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
