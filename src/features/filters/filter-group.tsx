import type { ReactNode } from 'react';
import { FilterOption } from './filter-option';

export interface FilterGroupProps<V extends string> {
  legend: string;
  /** The options, in display order. */
  values: readonly V[];
  counts: Record<V, number>;
  selected: readonly V[];
  onToggle: (value: V) => void;
  labelOf: (value: V) => string;
  hintOf?: (value: V) => string | undefined;
  symbolOf?: (value: V) => ReactNode;
}

/** A fieldset of checkboxes for one filter group (values OR-ed within the group). */
export function FilterGroup<V extends string>({
  legend,
  values,
  counts,
  selected,
  onToggle,
  labelOf,
  hintOf,
  symbolOf,
}: FilterGroupProps<V>) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      {values.map((value) => (
        <FilterOption
          key={value}
          name={labelOf(value)}
          count={counts[value]}
          checked={selected.includes(value)}
          onToggle={() => onToggle(value)}
          hint={hintOf?.(value)}
          symbol={symbolOf?.(value)}
        />
      ))}
    </fieldset>
  );
}
