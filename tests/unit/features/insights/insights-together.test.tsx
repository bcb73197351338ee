import { Profiler } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import type { Network } from '../../../../src/data/domain/schema';
import { InsightsCharts } from '../../../../src/features/insights/insights-charts';
import { KeyFigures } from '../../../../src/features/insights/key-figures';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';
import { installResizeObserver } from '../../support/resize-observer';

function Harness({ network }: { network: Network }) {
  return (
    <>
      <KeyFigures network={network} />
      <InsightsCharts network={network} />
    </>
  );
}

const setFilters = (filters: Partial<Filters>) =>
  act(() => useAppStore.setState({ filters: { ...DEFAULT_FILTERS, ...filters } }));

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent));

let uninstall: () => void;
beforeAll(() => {
  uninstall = installResizeObserver();
});
afterAll(() => uninstall());
beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('key figures and charts together', () => {
  it('shows the key figures of the outlets in view', () => {
    render(<Harness network={makeNetwork()} />);
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(figures).toHaveTextContent('1 / 2 recruitment cities covered');
    expect(figures).toHaveTextContent('4 outlets');
    expect(figures).toHaveTextContent('1 open');
    expect(figures).toHaveTextContent('3 in pipeline');
    expect(figures).toHaveTextContent('100% of Tier 1 & New Tier 1 cities covered');
    expect(figures).toHaveTextContent('1 recruitment city without a partner store');
    expect(within(figures).getByText('Haikou')).toBeInTheDocument();
    const kinds = within(figures).getByRole('list', { name: 'By type' });
    expect(
      within(kinds)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 Delivery centers', '2 Partner stores', '1 Fusion stores']);
  });

  it('updates the key figures when the filters change', () => {
    render(<Harness network={makeNetwork()} />);
    setFilters({ kinds: ['delivery-center'] });
    const figures = screen.getByRole('region', { name: 'Key figures' });
    // Covered is a fact of the city: the type filter does not change it, and the figure says so.
    expect(figures).toHaveTextContent('1 / 2 recruitment cities covered');
    expect(figures).toHaveTextContent('The type and stage filters do not change it.');
    expect(within(figures).getByText('outlet').parentElement).toHaveTextContent(/^1 outlet$/);
    expect(figures).toHaveTextContent('0 in pipeline');
    expect(figures).toHaveTextContent('100% of Tier 1 & New Tier 1 cities covered');
  });

  it('shows the charts one after another, each drawn in a task of its own', async () => {
    render(<Harness network={makeNetwork()} />);
    expect(screen.getByRole('region', { name: 'Outlets by city tier' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Rollout by month' })).toBeNull();
    await screen.findByRole('region', { name: 'Rollout by month' });
    expect(screen.queryByRole('region', { name: 'Rollout stages' })).toBeNull();
    await screen.findByRole('region', { name: 'Rollout stages' });
  });

  it('updates the figures first and the charts in a render of their own after', () => {
    const commits: { figures: string; bar: string | null }[] = [];
    render(
      <Profiler
        id="insights"
        onRender={() =>
          commits.push({
            figures: screen.getByRole('region', { name: 'Key figures' }).textContent ?? '',
            bar:
              document
                .querySelector('[data-tier="1"][data-kind="delivery-center"]')
                ?.getAttribute('fill-opacity') ?? null,
          })
        }
      >
        <Harness network={makeNetwork()} />
      </Profiler>,
    );
    commits.length = 0;
    setFilters({ tiers: ['new1'] });
    // The click's own render: the figures follow, the tier bars are still as they were.
    expect(commits[0]?.figures).toContain('2 outlets');
    expect(commits[0]?.bar).toBe('1');
    // Then the charts: Tier 1 is dimmed.
    expect(commits.at(-1)?.bar).toBe('0.25');
  });

  it('toggles the tier filter when a tier bar is clicked, dimming the other tiers', async () => {
    const { container } = render(<Harness network={makeNetwork()} />);
    const bar = () => container.querySelector('[data-tier="1"][data-kind="delivery-center"]');
    await userEvent.click(bar()!);
    expect(useAppStore.getState().filters.tiers).toEqual(['1']);
    expect(bar()).toHaveAttribute('fill-opacity', '1');
    const other = container.querySelector('[data-tier="new1"][data-kind="partner-store"]');
    expect(other).toHaveAttribute('fill-opacity', '0.25');
    await userEvent.click(bar()!);
    expect(useAppStore.getState().filters.tiers).toEqual([]);
  });

  it('offers the tier chart as a table whose tier and type headers toggle the filters', async () => {
    render(<Harness network={makeNetwork()} />);
    const chart = screen.getByRole('region', { name: 'Outlets by city tier' });
    await userEvent.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const tier1 = within(chart).getByRole('button', { name: 'Tier 1' });
    expect(tier1).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(tier1);
    expect(useAppStore.getState().filters.tiers).toEqual(['1']);
    expect(tier1).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(chart).getByRole('button', { name: 'Fusion stores' }));
    expect(useAppStore.getState().filters.kinds).toEqual(['fusion-store']);
  });

  it('toggles the kind filter from the tier chart legend', async () => {
    render(<Harness network={makeNetwork()} />);
    const chart = screen.getByRole('region', { name: 'Outlets by city tier' });
    await userEvent.click(within(chart).getByRole('button', { name: 'Partner stores' }));
    expect(useAppStore.getState().filters.kinds).toEqual(['partner-store']);
    expect(within(chart).getByRole('button', { name: 'Partner stores' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('lists the tier numbers in a screen-reader table, keeping unselected tiers and types', () => {
    useAppStore.setState({
      filters: { ...DEFAULT_FILTERS, tiers: ['new1'], kinds: ['partner-store'] },
    });
    render(<Harness network={makeNetwork()} />);
    expect(rows(screen.getByRole('table', { name: 'Outlets by city tier' }))).toEqual([
      ['City tier', 'Delivery centers', 'Partner stores', 'Fusion stores', 'Total'],
      ['Tier 1', '1', '0', '1', '2'],
      ['New Tier 1', '0', '2', '0', '2'],
      ['Tier 2', '0', '0', '0', '0'],
      ['Tier 3 and below', '0', '0', '0', '0'],
    ]);
    // Only in table mode do the headers become buttons: hidden tables take no focus.
    expect(screen.queryByRole('button', { name: 'Tier 1' })).not.toBeInTheDocument();
  });

  it('lists the funnel and rollout numbers in screen-reader tables', async () => {
    useAppStore.setState({ filters: { ...DEFAULT_FILTERS, stages: ['open'] } });
    render(<Harness network={makeNetwork()} />);
    expect(rows(await screen.findByRole('table', { name: 'Rollout stages' }))).toEqual([
      ['Stage', 'Reached at least', 'Now at this stage'],
      ['Planned', '4', '1'],
      ['Signed', '3', '1'],
      ['Renovating', '2', '1'],
      ['Open', '1', '1'],
    ]);
    const rollout = rows(screen.getByRole('table', { name: /^Rollout by month/ }));
    expect(rollout[0]).toEqual([
      'Month end',
      'All outlets',
      'Signed or later',
      'Renovating or later',
      'Open',
    ]);
    expect(rollout.slice(1).map((row) => row[0])).toEqual([
      'September 2023',
      'October 2023',
      'November 2023',
      'December 2023',
      'January 2024',
    ]);
    expect(rollout.at(-1)).toEqual(['January 2024', '1', '1', '1', '1']);
  });

  it('toggles the stage filter from the funnel table', async () => {
    render(<Harness network={makeNetwork()} />);
    const funnel = await screen.findByRole('region', { name: 'Rollout stages' });
    await userEvent.click(within(funnel).getByRole('button', { name: 'Show as table' }));
    await userEvent.click(within(funnel).getByRole('button', { name: 'Renovating' }));
    expect(useAppStore.getState().filters.stages).toEqual(['renovating']);
  });

  it('switches the rollout between stages and kinds', async () => {
    render(<Harness network={makeNetwork()} />);
    const rollout = await screen.findByRole('region', { name: 'Rollout by month' });
    await userEvent.click(within(rollout).getByRole('button', { name: 'By type' }));
    const table = within(rollout).getByRole('table');
    expect(rows(table)[0]).toEqual([
      'Month end',
      'Delivery centers',
      'Partner stores',
      'Fusion stores',
      'Total',
    ]);
    expect(rows(table).at(-1)).toEqual(['January 2024', '1', '2', '1', '4']);
  });

  it('lists the milestones up to the as-of date', async () => {
    const network = makeNetwork();
    network.milestones = [
      {
        date: '2023-12-29',
        title: { en: 'Letters of intent signed', zh: '签署合作意向书' },
        description: { en: 'd', zh: 'd' },
        source: 's',
      },
    ];
    render(<Harness network={network} />);
    const rollout = await screen.findByRole('region', { name: 'Rollout by month' });
    const list = within(rollout).getByRole('list');
    expect(list).toHaveTextContent('29 Dec 2023 Letters of intent signed');
  });

  it('speaks Chinese when the language is Chinese', async () => {
    useAppStore.setState({ language: 'zh' });
    render(<Harness network={makeNetwork()} />);
    const figures = screen.getByRole('region', { name: '关键指标' });
    expect(figures).toHaveTextContent('1 / 2 个招募城市已覆盖');
    expect(within(figures).getByText('海口')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '各线城市门店数' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '建设阶段' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '以表格显示' })).toHaveLength(3);
  });
});
