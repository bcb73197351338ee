import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/app';
import { buildOutletTable, readOutletTable } from '../../../src/data/derive/outlet-table';
import { buildOutletFeatures } from '../../../src/features/map/outlet-source/outlet-features';
import { parseOutletsUrl } from '../../../src/features/map/outlet-source/outlet-protocol';
import { useAppStore } from '../../../src/stores/app-store';
import { makeNetwork } from '../fixtures/network';
import { mockedMap } from '../support/mock-map-gl';

vi.mock('react-map-gl/maplibre', async () => (await import('../support/mock-map-gl')).mapGlMock);

function serve(dataset: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).endsWith('config.json')
        ? new Response('', { status: 404 })
        : new Response(typeof dataset === 'string' ? dataset : JSON.stringify(dataset)),
    ),
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows the title, the as-of date and the sample-data notice', async () => {
    serve(makeNetwork());
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Test network' })).toBeInTheDocument();
    expect(screen.getByText(/As of 15 Jan 2024/)).toBeInTheDocument();
    expect(screen.getByText('Sample data — outlets are illustrative')).toBeInTheDocument();
  });

  it('lists each layer with its live count and removes the count when unchecked', async () => {
    serve(makeNetwork());
    render(<App />);
    const legend = await screen.findByRole('region', { name: 'Layers' });
    const toggle = within(legend).getByRole('checkbox', { name: 'Partner stores' });
    expect(screen.getByLabelText('Partner stores: 2')).toBeInTheDocument();
    expect(screen.getByLabelText('Delivery centers: 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Fusion stores: 1')).toBeInTheDocument();
    // Every city the map draws a bubble for: Suzhou and Beijing with outlets, Haikou recruiting.
    expect(screen.getByLabelText('Cities: 3')).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(screen.queryByLabelText(/^Partner stores:/)).not.toBeInTheDocument();
    expect(mockedMap().layers.get('outlets-partner-store')).toMatchObject({
      layout: expect.objectContaining({ visibility: 'none' }),
    });
  });

  it('hands each outlet kind to the map as a URL of slim features, without a tile buffer', async () => {
    const network = makeNetwork();
    serve(network);
    render(<App />);
    await screen.findByRole('region', { name: 'Layers' });
    let url = '';
    await waitFor(
      () => {
        const source = mockedMap().sources.get('outlets-partner-store-source') as {
          buffer?: number;
          data: string;
        };
        // Circles and icons are drawn whole from the tile their point is in: no copies needed.
        expect(source.buffer).toBe(0);
        expect(parseOutletsUrl(source.data)?.kind).toBe('partner-store');
        url = source.data;
      },
      { timeout: 5_000 },
    );
    expect(parseOutletsUrl(url)?.table).toMatch(/^blob:/);
    // What MapLibre's worker makes of the table behind the URL (see outlet-protocol.ts).
    const table = readOutletTable(buildOutletTable(network));
    const [feature] = buildOutletFeatures(table, 'partner-store').features;
    expect(typeof feature?.id).toBe('number');
    expect(Object.keys(feature?.properties ?? {}).sort()).toEqual(
      ['c', 'd_closed', 'd_open', 'd_planned', 'd_renovating', 'd_signed', 'stage', 'z'].sort(),
    );
  });

  it('counts skipped records and lists where and why, showing the valid ones', async () => {
    const doc = makeNetwork() as unknown as { outlets: Record<string, unknown>[] };
    doc.outlets[0]!.kind = 'kiosk';
    serve(doc);
    render(<App />);
    const banner = await screen.findByRole('status', { name: 'Data quality' });
    expect(banner).toHaveTextContent('1 invalid record was skipped');
    await userEvent.click(within(banner).getByRole('button', { name: 'Show problems' }));
    expect(within(banner).getByText('outlets[0].kind')).toBeInTheDocument();
    expect(screen.getByLabelText('Partner stores: 1')).toBeInTheDocument();
  });

  it('says what went wrong when the data is not JSON, and offers a retry', async () => {
    serve('<html>Not found</html>');
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The network could not be loaded');
    expect(alert).toHaveTextContent('HTML page where a JSON dataset was expected');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(document.querySelector('[data-map-state]')).toHaveAttribute('data-map-state', 'error');
    // The map and the reason fill the page: no empty panels beside them.
    expect(document.querySelector('.workspace')).toHaveAttribute('data-failed', 'true');
    expect(screen.getByText('Xiaomi EV sales & service network')).toBeInTheDocument();
  });

  it('keeps the timeline bar, the phone tabs and the search in place, switched off, while the data loads', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        String(url).endsWith('config.json')
          ? Promise.resolve(new Response('', { status: 404 }))
          : new Promise<Response>((resolve) => {
              answer = resolve;
            }),
      ),
    );
    render(<App />);
    const bar = await screen.findByRole('region', { name: 'Rollout playback' });
    expect(bar).toHaveAttribute('aria-busy', 'true');
    expect(within(bar).getByRole('button', { name: 'Play' })).toBeDisabled();
    expect(within(bar).getByRole('slider', { name: 'As of' })).toBeDisabled();
    expect(within(bar).getByRole('combobox', { name: 'Speed' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: 'Latest' })).toBeDisabled();
    const tabs = screen.getByRole('navigation', { name: 'Panels' });
    for (const tab of within(tabs).getAllByRole('button')) expect(tab).toBeDisabled();
    expect(document.querySelector('.app-header__search')).not.toBeNull();

    answer(new Response(JSON.stringify(makeNetwork())));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled());
    expect(screen.getByRole('region', { name: 'Rollout playback' })).not.toHaveAttribute(
      'aria-busy',
    );
    for (const tab of within(tabs).getAllByRole('button')) expect(tab).toBeEnabled();
  });

  it('shows no timeline bar, tabs or search when the load failed with nothing to show', async () => {
    serve('<html>Not found</html>');
    render(<App />);
    await screen.findByRole('alert');
    expect(screen.queryByRole('region', { name: 'Rollout playback' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Panels' })).not.toBeInTheDocument();
    expect(document.querySelector('.app-header__search')).toBeNull();
  });

  it('switches every piece of text to Chinese', async () => {
    serve(makeNetwork());
    render(<App />);
    await screen.findByRole('region', { name: 'Layers' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh');
    expect(await screen.findByRole('heading', { name: '测试网络' })).toBeInTheDocument();
    const legend = screen.getByRole('region', { name: '图层' });
    expect(within(legend).getByRole('checkbox', { name: '合作伙伴门店' })).toBeInTheDocument();
    expect(screen.getByText('示例数据——门店为示意')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('renders names with markup as plain text', async () => {
    const network = makeNetwork();
    network.meta.title.en = '<img src=x onerror=alert(1)>';
    serve(network);
    render(<App />);
    expect(
      await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
