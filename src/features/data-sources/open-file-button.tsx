import { useRef } from 'react';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import { useOpenFile } from './use-open-file';

/** "Open data file": a JSON dataset or a CSV of outlets, read locally. */
export function OpenFileButton() {
  const t = useMessages(messages);
  // Stays enabled while a file loads: opening another one supersedes it.
  const { open } = useOpenFile();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
