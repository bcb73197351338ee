import { coverageMessages } from '../../lib/i18n/coverage-messages';
import { useMessages } from '../../stores/use-messages';
import './coverage.css';

export type ListTab = 'outlets' | 'whitespace';

export interface ListTabsProps {
  tab: ListTab;
  onChange: (tab: ListTab) => void;
}

/** With the coverage view on, the list drawer holds the outlets and the whitespace list. */
export function ListTabs({ tab, onChange }: ListTabsProps) {
  const t = useMessages(coverageMessages);
  return (
    <div className="list-tabs" role="group" aria-label={t('panel.title')}>
      {(['outlets', 'whitespace'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="list-tabs__tab"
          aria-pressed={tab === option}
          onClick={() => onChange(option)}
        >
          {t(`list.${option}`)}
        </button>
      ))}
    </div>
  );
}
