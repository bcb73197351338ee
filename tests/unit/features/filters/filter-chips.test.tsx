import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { FilterChips } from '../../../../src/features/filters/filter-chips';
import { FilterPanel } from '../../../../src/features/filters/filter-panel';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('FilterChips', () => {
  it('shows no chip and no reset button while nothing is filtered', () => {
    render(<FilterChips network={makeNetwork()} />);
    expect(screen.getByRole('group', { name: 'Active filters' })).toBeEmptyDOMElement();
  });

  it('removes the recruitment and date filters and moves focus along, then to the group', async () => {
    useAppStore.setState({
      filters: { ...DEFAULT_FILTERS, recruitmentOnly: true, asOf: '2024-01-06' },
    });
    render(<FilterChips network={makeNetwork()} />);
    const chips = screen.getByRole('group', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Recruitment cities only×', 'As of 6 Jan 2024×']);

    await userEvent.click(
      screen.getByRole('button', { name: 'Remove filter: Recruitment cities only' }),
    );
    expect(useAppStore.getState().filters.recruitmentOnly).toBe(false);
    const dateChip = screen.getByRole('button', { name: 'Remove filter: As of 6 Jan 2024' });
    expect(dateChip).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().filters.asOf).toBeNull();
    expect(chips).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument();
  });

  it('lets the panel leave the chips to a FilterChips mounted elsewhere', async () => {
    const network = makeNetwork();
    render(
      <>
        <FilterChips network={network} />
        <FilterPanel network={network} withChips={false} />
      </>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Fusion stores' }));
    expect(screen.getAllByRole('group', { name: 'Active filters' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Reset filters' })).toHaveLength(1);
  });
});
