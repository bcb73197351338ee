import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Network } from '../../data/domain/schema';
import { fileQueryOptions, registerFile } from '../../data/sources/file-source';
import { readFileIds } from '../../data/sources/read-file-ids';
import { useMessages } from '../../stores/use-messages';
import { useCompareUi } from './compare-state';
import { DiffReport } from './diff-report';
import { compareMessages } from './messages';

export interface CompareFileProps {
  network: Network;
}

/**
 * "Compare with a file…": a second dataset (JSON or CSV) read and validated as any opened file,
 * in the parse worker, kept in the query cache as the baseline and never shown as the data; the
 * report of what changed since, outlet by outlet. A file that cannot be read says why.
 */
export function CompareFile({ network }: CompareFileProps) {
  const t = useMessages(compareMessages);
  const baseline = useCompareUi((state) => state.baseline);
  const setBaseline = useCompareUi((state) => state.setBaseline);
  const input = useRef<HTMLInputElement>(null);
  const id = baseline?.id ?? '';
  const loaded = useQuery({
    ...fileQueryOptions(id, network.cities, { crs: network.meta.crs }),
    enabled: baseline !== null,
  });
  const ids = useQuery({
    queryKey: ['network', 'file-ids', id],
    queryFn: () => (baseline ? readFileIds(baseline.file) : Promise.resolve([])),
    enabled: baseline !== null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const name = baseline?.file.name ?? '';
  const choose = () => input.current?.click();

  return (
    <div className="compare-file">
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        hidden
        aria-label={t('file.label')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) setBaseline({ id: registerFile(file), file });
        }}
      />
      {!baseline && <p className="compare__hint">{t('file.intro')}</p>}
      <div className="compare__actions">
        <button type="button" className="button" onClick={choose}>
          {baseline ? t('file.another') : t('file.choose')}
        </button>
        {baseline && (
          <button type="button" className="button" onClick={() => setBaseline(null)}>
            {t('file.clear')}
          </button>
        )}
      </div>
      {baseline && (loaded.isPending || ids.isPending) && !loaded.isError && (
        <p className="compare__hint" role="status">
          {t('file.loading', { name })}
        </p>
      )}
      {loaded.isError && (
        <p className="compare__problem" role="alert">
          {t('file.failed', {
            name,
            message: loaded.error.message.replace(`${name}: `, ''),
          })}
        </p>
      )}
      {loaded.data && ids.data && (
        <DiffReport name={name} baseline={loaded.data} fileIds={ids.data} network={network} />
      )}
    </div>
  );
}
