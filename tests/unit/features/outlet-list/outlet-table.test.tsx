import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { filterOutlets } from '../../../../src/data/derive/view-outlets';
import { OutletTable } from '../../../../src/features/outlet-list/outlet-table';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

function names() {
  const table = screen.getByRole('table', { name: 'Outlets' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('OutletTable', () => {
  const views = filterOutlets(makeNetwork(), DEFAULT_FILTERS);

  it('lists every filtered outlet in a table named Outlets', () => {
    render(<OutletTable outlets={views} asOf="2024-01-15" />);
    expect(names()).toHaveLength(4);
    expect(screen.getByText('4 outlets')).toBeInTheDocument();
  });

  it('sorts by a column and reverses on a second click', async () => {
    render(<OutletTable outlets={views} asOf="2024-01-15" />);
    const stage = screen.getByRole('button', { name: /^Stage/ });
    await userEvent.click(stage);
    expect(screen.getByRole('columnheader', { name: /Stage/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('Planned');
    await userEvent.click(stage);
    expect(screen.getByRole('columnheader', { name: /Stage/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('Open');
  });

  it('selects an outlet when its name is chosen', async () => {
    render(<OutletTable outlets={views} asOf="2024-01-15" />);
    await userEvent.click(screen.getByRole('button', { name: 'Suzhou 2S store' }));
    expect(useAppStore.getState().selectedOutletId).toBe('ps-suzhou-1');
  });

  it('keeps only the rows in sight in the page for a large list', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({
      ...views[0]!,
      outlet: {
        ...views[0]!.outlet,
        id: `o-${index}`,
        name: { en: `Store ${index}`, zh: `门店${index}` },
      },
    }));
    render(<OutletTable outlets={many} asOf="2024-01-15" />);
    expect(screen.getByText('5,000 outlets')).toBeInTheDocument();
    expect(names().length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '5001');
  });

  it('says so when nothing matches, and offers no empty export', () => {
    render(<OutletTable outlets={[]} asOf="2024-01-15" />);
    expect(screen.getByText('No outlet matches the filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('speaks Chinese', () => {
    useAppStore.setState({ language: 'zh' });
    render(<OutletTable outlets={views} asOf="2024-01-15" />);
    expect(screen.getByRole('table', { name: '门店列表' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeInTheDocument();
  });
});
