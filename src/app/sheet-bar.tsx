import { formatNumber } from '../lib/format';
import { useAppStore } from '../stores/app-store';
import { useMessages } from '../stores/use-messages';
import { layoutMessages } from './layout-messages';

export interface SheetBarProps {
  title: string;
  onClose: () => void;
}

/** A phone sheet's top: its title and a Close button. */
export function SheetBar({ title, onClose }: SheetBarProps) {
  const t = useMessages(layoutMessages);
  return (
    <div className="sheet-bar">
      <h2 className="sheet-bar__title">{title}</h2>
      <button type="button" className="button sheet-bar__close" onClick={onClose}>
        {t('closeSheet')}
      </button>
    </div>
  );
}

export interface SheetFooterProps {
  /** The outlets in view under the current filters: the list's number. */
  count: number;
  onShow: () => void;
}

/** A phone sheet's bottom: "Show N outlets" closes it onto the map. */
export function SheetFooter({ count, onShow }: SheetFooterProps) {
  const t = useMessages(layoutMessages);
  const language = useAppStore((state) => state.language);
  return (
    <div className="sheet-footer">
      <button type="button" className="button button--primary sheet-footer__show" onClick={onShow}>
        {t('show', { count: formatNumber(count, language) })}
      </button>
    </div>
  );
}
