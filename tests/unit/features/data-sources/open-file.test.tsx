import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fileQueryOptions } from '../../../../src/data/sources/file-source';
import type { LoadedNetwork } from '../../../../src/data/sources/load-errors';
import type { Network } from '../../../../src/data/domain/schema';
import { DropZone } from '../../../../src/features/data-sources/drop-zone';
import { OpenFileButton } from '../../../../src/features/data-sources/open-file-button';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

vi.mock('../../../../src/data/sources/province-index', () => ({
  loadProvinceIndex: async () => undefined,
}));

const HEADER =
  'id,kind,name_en,name_zh,city_id,operator_en,operator_zh,services,address_en,address_zh,lon,lat,stage,stage_date';
const ROW = 'ps-x,partner-store,A,甲,suzhou,P,伙伴,sales,Road,路,120.62,31.31,signed,2023-12-29';

/** A file whose bytes arrive only when `release` is called: a large file still loading. */
function heldFile(text: string, name: string) {
  const file = new File([text], name, { type: 'application/json' });
  let release = () => undefined as unknown;
  const ready = new Promise<ArrayBuffer>((resolve) => {
    release = () => resolve(new TextEncoder().encode(text).buffer as ArrayBuffer);
  });
  Object.defineProperty(file, 'arrayBuffer', { value: () => ready });
  return { file, release };
}

function setup(onScreen: Network | null = makeNetwork()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DropZone network={onScreen} crs="WGS84">
        <OpenFileButton />
      </DropZone>
    </QueryClientProvider>,
  );
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const shown = () => {
    const id = useAppStore.getState().fileSourceId;
    return id === null
      ? null
      : client.getQueryData<LoadedNetwork>(fileQueryOptions(id, []).queryKey);
  };
  return { client, open: (file: File) => userEvent.upload(input, file), shown };
}

const withTitle = (title: string): Network => {
  const network = makeNetwork();
  network.meta.title = { en: title, zh: title };
  return network;
};

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('opening files', () => {
  it('shows the newest file when an older one finishes loading later', async () => {
    const { open, shown } = setup();
    const big = heldFile(JSON.stringify(withTitle('big')), 'big.json');
    await open(big.file);
    const small = new File([JSON.stringify(withTitle('small'))], 'small.json', {
      type: 'application/json',
    });
    await open(small);
    await waitFor(() => expect(shown()?.network.meta.title.en).toBe('small'));
    await act(async () => {
      big.release();
      await Promise.resolve();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown()?.network.meta.title.en).toBe('small');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before a file with no valid outlet takes the outlets on screen away', async () => {
    const { open, shown } = setup();
    const empty = { ...makeNetwork(), outlets: [{ id: 'broken' }] };
    const file = () =>
      new File([JSON.stringify(empty)], 'empty.json', { type: 'application/json' });

    await open(file());
    const dialog = await screen.findByRole('alertdialog', {
      name: 'empty.json has no valid outlet',
    });
    expect(dialog).toHaveTextContent('Showing it takes the 5 outlets on screen away.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep the data on screen' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().fileSourceId).toBeNull();

    await open(file());
    await userEvent.click(await screen.findByRole('button', { name: 'Show it anyway' }));
    await waitFor(() => expect(shown()?.network.outlets).toEqual([]));
  });

  it('does not ask when nothing is on screen to lose', async () => {
    const { open, shown } = setup(null);
    const empty = { ...makeNetwork(), outlets: [] };
    await open(new File([JSON.stringify(empty)], 'none.json', { type: 'application/json' }));
    await waitFor(() => expect(shown()?.network.outlets).toEqual([]));
  });

  it('refuses JSON that is not a dataset and leaves the data on screen', async () => {
    const { open } = setup();
    await open(new File(['[1,2,3]'], 'list.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'list.json could not be opened: a JSON array of 3 items, not a dataset. The data on screen is unchanged.',
    );
    expect(useAppStore.getState().fileSourceId).toBeNull();
  });

  it('asks which coordinate system a CSV is in, and says so in the Data quality list', async () => {
    const { open, shown } = setup();
    await open(new File([`${HEADER}\n${ROW}\n`], 'plain.csv', { type: 'text/csv' }));
    await screen.findByRole('alertdialog', {
      name: 'Which coordinate system are the points of plain.csv in?',
    });
    expect(useAppStore.getState().fileSourceId).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'GCJ-02 (AMap, Tencent)' }));
    await waitFor(() => expect(shown()?.network.outlets).toHaveLength(1));
    expect(shown()?.issues[0]?.message).toMatch(
      /taken as GCJ02 \(as chosen when the file was opened\)$/,
    );
  });

  it('opens nothing when the question is turned down', async () => {
    const { open } = setup();
    await open(new File([`${HEADER}\n${ROW}\n`], 'plain.csv', { type: 'text/csv' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Do not open it' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().fileSourceId).toBeNull();
  });
});
