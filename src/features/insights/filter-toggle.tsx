import type { ReactNode } from 'react';

export interface FilterToggleProps {
  /** Whether this value is in the active filter. */
  pressed: boolean;
  onToggle: () => void;
  /** Plain text when false (inside the screen-reader-only table, which must not take focus). */
  interactive: boolean;
  children: ReactNode;
}

/** A table header that toggles a filter value in table mode. */
export function FilterToggle({ pressed, onToggle, interactive, children }: FilterToggleProps) {
  if (!interactive) return <>{children}</>;
  return (
    <button type="button" className="filter-toggle" aria-pressed={pressed} onClick={onToggle}>
      {children}
    </button>
  );
}
