import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/app';
import { useAppStore } from '../../../src/stores/app-store';
import { makeNetwork } from '../fixtures/network';

vi.mock('react-map-gl/maplibre', async () => (await import('../support/mock-map-gl')).mapGlMock);

function serve(dataset: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).endsWith('config.json')
        ? new Response('', { status: 404 })
        : new Response(JSON.stringify(dataset)),
    ),
  );
}

/** A phone's screen: `(max-width: 720px)` matches. */
function onPhone() {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query.includes('max-width: 720px'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })),
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.unstubAllGlobals());

const header = () => screen.getByRole('banner');
/** The header once the configuration is read. */
const loadedHeader = () => screen.findByRole('banner');

describe('the header’s Data quality entry', () => {
  it('is there for a clean dataset and says no problems were found', async () => {
    serve(makeNetwork());
    render(<App />);
    const button = await within(await loadedHeader()).findByRole('button', {
      name: /Data quality/,
    });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAccessibleDescription(/No problems found/);
    await userEvent.click(button);
    const panel = screen.getByRole('dialog', { name: 'Data quality' });
    expect(panel).toHaveTextContent('No problems found: every record passed the checks.');
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Data quality' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('counts the problems and lists them, the reasons in Chinese in the Chinese UI', async () => {
    const doc = makeNetwork() as unknown as { outlets: Record<string, unknown>[] };
    doc.outlets[0]!.kind = 'kiosk';
    doc.outlets[1]!.cityId = 'atlantis';
    serve(doc);
    render(<App />);
    const button = await within(await loadedHeader()).findByRole('button', {
      name: /Data quality/,
    });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        '2 invalid records were skipped; the valid ones are shown.',
      ),
    );
    expect(within(button).getByText('2')).toBeInTheDocument();

    act(() => useAppStore.getState().setLanguage('zh'));
    const zhButton = within(header()).getByRole('button', { name: /数据质量/ });
    await userEvent.click(zhButton);
    const panel = screen.getByRole('dialog', { name: '数据质量' });
    expect(panel).toHaveTextContent('已跳过 2 条无效记录');
    const table = within(panel).getByRole('table');
    expect(table).toHaveTextContent(
      '应为以下之一："delivery-center"、"partner-store"、"fusion-store"',
    );
    expect(table).toHaveTextContent('未知的城市 id“atlantis”');
    expect(table).not.toHaveTextContent('expected one of');
  });

  it('says "1 warning", not "1 warnings"', async () => {
    const doc = makeNetwork() as unknown as { meta: Record<string, unknown> };
    doc.meta.tierYear = 1900;
    serve(doc);
    render(<App />);
    const button = await within(await loadedHeader()).findByRole('button', {
      name: /Data quality/,
    });
    await waitFor(() =>
      expect(button).toHaveAccessibleDescription('1 warning; nothing was skipped for it.'),
    );
    expect(screen.getByRole('status', { name: 'Data quality' })).toHaveTextContent(
      '1 warning; nothing was skipped for it.',
    );
  });

  it('dates a dataset without an as-of date by its latest stage date, and says so', async () => {
    const doc = makeNetwork() as unknown as { meta: Record<string, unknown> };
    delete doc.meta.asOf;
    serve(doc);
    render(<App />);
    // The fixture's latest stage date: a fusion store planned on 12 Jan 2024.
    await waitFor(() => expect(header()).toHaveTextContent('As of 12 Jan 2024'));
    expect(header()).not.toHaveTextContent('1970');
    const banner = screen.getByRole('status', { name: 'Data quality' });
    expect(banner).toHaveTextContent('1 warning; nothing was skipped for it.');
    expect(banner).not.toHaveTextContent('invalid records');
    await userEvent.click(within(header()).getByRole('button', { name: /Data quality/ }));
    const panel = screen.getByRole('dialog', { name: 'Data quality' });
    expect(panel).toHaveTextContent('meta.asOf');
    expect(panel).toHaveTextContent('missing; using the latest stage date in the data, 2024-01-12');
  });

  it('dates a dataset without an as-of date and without stage dates today', async () => {
    const network = makeNetwork();
    // A meta without its date: a dataset with no meta at all is refused at the gate.
    const meta: Record<string, unknown> = { ...network.meta };
    delete meta.asOf;
    const doc = { ...network, meta, outlets: [] };
    serve(doc);
    render(<App />);
    const today = new Date().toISOString().slice(0, 10);
    await userEvent.click(
      await within(await loadedHeader()).findByRole('button', { name: /Data quality/ }),
    );
    const panel = await screen.findByRole('dialog', { name: 'Data quality' });
    expect(panel).toHaveTextContent(`using today's date, ${today} (no outlet has a stage date)`);
    expect(panel).toHaveTextContent('1 warning; nothing was skipped for it.');
    expect(header()).not.toHaveTextContent('1970');
  });
});

describe('the phone’s sheets', () => {
  const openFilters = async () => {
    const tabs = await screen.findByRole('navigation', { name: 'Panels' });
    const tab = within(tabs).getByRole('button', { name: 'Filters' });
    await waitFor(() => expect(tab).toBeEnabled());
    await userEvent.click(tab);
    return tab;
  };
  const rail = () => screen.getByRole('complementary', { name: 'Filters' });

  it('has a Close button and "Show N outlets" with the list’s number, which follows the filters', async () => {
    onPhone();
    serve(makeNetwork());
    render(<App />);
    const tab = await openFilters();
    expect(tab).toHaveAttribute('aria-pressed', 'true');
    expect(within(rail()).getByRole('button', { name: 'Close' })).toBeVisible();
    const countOf = (button: HTMLElement) => Number(/\d+/.exec(button.textContent ?? '')?.[0]);
    const total = countOf(within(rail()).getByRole('button', { name: /^Show \d+ outlets$/ }));
    expect(total).toBeGreaterThan(1);
    await userEvent.click(within(rail()).getByRole('checkbox', { name: /^Tier 1/ }));
    const show = await within(rail()).findByRole('button', { name: /^Show \d+ outlets?$/ });
    const shown = countOf(show);
    expect(shown).toBeLessThan(total);
    await userEvent.click(show);
    expect(tab).toHaveAttribute('aria-pressed', 'false');
    expect(within(rail()).queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();

    // The list says the same number.
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Panels' })).getByRole('button', {
        name: 'List',
      }),
    );
    // The sheet, and the table's scrolling region inside it.
    const [list] = screen.getAllByRole('region', { name: 'Outlets' });
    if (!list) throw new Error('no list sheet');
    expect(list).toHaveTextContent(shown === 1 ? '1 outlet' : `${shown} outlets`);
    await userEvent.click(within(list).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Outlets' })).not.toBeInTheDocument();
  });

  it('closes on Escape', async () => {
    onPhone();
    serve(makeNetwork());
    render(<App />);
    const tab = await openFilters();
    await userEvent.keyboard('{Escape}');
    expect(tab).toHaveAttribute('aria-pressed', 'false');
  });

  it('closes on the browser’s Back, without touching the filters', async () => {
    onPhone();
    serve(makeNetwork());
    render(<App />);
    const tab = await openFilters();
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(tab).toHaveAttribute('aria-pressed', 'false'));
    expect(useAppStore.getState().filters.tiers).toEqual([]);
  });

  it('gives way to an outlet’s card', async () => {
    onPhone();
    serve(makeNetwork());
    render(<App />);
    const tab = await openFilters();
    act(() => useAppStore.getState().selectOutlet(makeNetwork().outlets[0]!.id));
    expect(tab).toHaveAttribute('aria-pressed', 'false');
  });
});
