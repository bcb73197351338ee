import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { FilterPanel } from '../../../../src/features/filters/filter-panel';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

const group = (name: string) => screen.getByRole('group', { name });
const option = (groupName: string, name: string) =>
  within(group(groupName)).getByRole('checkbox', { name });

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('FilterPanel', () => {
  it('shows each option with the outlets it would leave', () => {
    render(<FilterPanel network={makeNetwork()} />);
    expect(option('City tier', 'Tier 1')).toHaveAccessibleDescription('2 outlets');
    expect(option('City tier', 'Tier 2')).toHaveAccessibleDescription('0 outlets');
    expect(option('Outlet type', 'Delivery centers')).toHaveAccessibleDescription('1 outlet');
    expect(option('Stage', 'Closed')).toHaveAccessibleDescription('1 outlet');
    expect(
      screen.getByRole('checkbox', { name: 'Recruitment cities only' }),
    ).toHaveAccessibleDescription('2 outlets');
  });

  it('names the lowest tier "Tier 3" while showing that it includes the tiers below', () => {
    render(<FilterPanel network={makeNetwork()} />);
    // Role queries match the accessible name exactly: the visible hint is not part of it.
    expect(screen.queryByRole('checkbox', { name: /below/ })).not.toBeInTheDocument();
    expect(option('City tier', 'Tier 3').closest('label')).toContainElement(
      screen.getByText('and below'),
    );
  });

  it('filters by a ticked tier and updates the counts of the other groups only', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    expect(option('Region', 'East China')).toHaveAccessibleDescription('2 outlets');

    await userEvent.click(option('City tier', 'Tier 1'));

    expect(useAppStore.getState().filters.tiers).toEqual(['1']);
    expect(option('City tier', 'Tier 1')).toBeChecked();
    expect(option('Region', 'East China')).toHaveAccessibleDescription('0 outlets');
    expect(option('Region', 'North China')).toHaveAccessibleDescription('2 outlets');
    expect(option('Outlet type', 'Partner stores')).toHaveAccessibleDescription('0 outlets');
    expect(option('City tier', 'New Tier 1')).toHaveAccessibleDescription('2 outlets');
  });

  it('dims options that would leave nothing, yet keeps them operable', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    const tier2 = option('City tier', 'Tier 2');
    expect(tier2.closest('.filter-option')).toHaveAttribute('data-empty', 'true');
    expect(option('City tier', 'Tier 1').closest('.filter-option')).not.toHaveAttribute(
      'data-empty',
    );
    await userEvent.click(tier2);
    expect(tier2).toBeChecked();
    expect(tier2.closest('.filter-option')).not.toHaveAttribute('data-empty');
  });

  it('shows an active filter as a chip whose removal clears it', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    await userEvent.click(option('Region', 'East China'));
    await userEvent.click(option('Outlet type', 'Partner stores'));
    const chips = screen.getByRole('group', { name: 'Active filters' });

    await userEvent.click(within(chips).getByRole('button', { name: 'Remove filter: East China' }));

    expect(useAppStore.getState().filters.regions).toEqual([]);
    expect(option('Region', 'East China')).not.toBeChecked();
    expect(within(chips).queryByRole('button', { name: /East China/ })).not.toBeInTheDocument();
    expect(
      within(chips).getByRole('button', { name: 'Remove filter: Partner stores' }),
    ).toHaveFocus();
  });

  it('offers one "Reset filters" button, only while a filter is active, that clears everything', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument();
    await userEvent.click(option('City tier', 'Tier 1'));
    await userEvent.click(option('Stage', 'Closed'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Recruitment cities only' }));
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2024-01-06' } });

    const resets = screen.getAllByRole('button', { name: 'Reset filters' });
    expect(resets).toHaveLength(1);
    await userEvent.click(resets[0]!);

    expect(useAppStore.getState().filters).toEqual(DEFAULT_FILTERS);
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Reset filters' })).not.toBeInTheDocument();
  });

  it('sets the as-of date within the data and clears it with "Latest"', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    const date = screen.getByLabelText('As of');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveAttribute('min', '2023-05-01');
    expect(date).toHaveAttribute('max', '2024-01-15');
    expect(date).toHaveValue('');

    fireEvent.change(date, { target: { value: '2024-01-06' } });

    expect(useAppStore.getState().filters.asOf).toBe('2024-01-06');
    expect(option('Stage', 'Signed')).toHaveAccessibleDescription('2 outlets');
    expect(
      screen.getByRole('button', { name: 'Remove filter: As of 6 Jan 2024' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Latest' }));
    expect(useAppStore.getState().filters.asOf).toBeNull();
    expect(date).toHaveValue('');
    expect(date).toHaveFocus();
  });

  it('lists provinces by outlet count and narrows them by search', async () => {
    render(<FilterPanel network={makeNetwork()} />);
    const provinces = group('Province');
    const names = () =>
      within(provinces)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.querySelector('.filter-option__name')!.textContent);
    expect(names()).toEqual(['Beijing', 'Jiangsu', 'Hainan']);

    await userEvent.type(
      within(provinces).getByRole('searchbox', { name: 'Find a province' }),
      'jiang',
    );

    expect(names()).toEqual(['Jiangsu']);
    await userEvent.click(option('Province', 'Jiangsu'));
    expect(useAppStore.getState().filters.provinces).toEqual(['Jiangsu']);
  });

  it('speaks Chinese', async () => {
    useAppStore.setState({ language: 'zh' });
    render(<FilterPanel network={makeNetwork()} />);
    expect(option('城市等级', '一线')).toHaveAccessibleDescription('2 家门店');
    expect(option('城市等级', '三线').closest('label')).toContainElement(
      screen.getByText('及以下'),
    );
    expect(option('区域', '华东')).toBeInTheDocument();
    expect(option('省份', '江苏')).toBeInTheDocument();
    expect(option('门店类型', '合作伙伴门店')).toBeInTheDocument();
    expect(option('阶段', '已开业')).toBeInTheDocument();
    expect(screen.getByLabelText('截至日期')).toBeInTheDocument();

    await userEvent.click(option('城市等级', '一线'));

    expect(screen.getByRole('button', { name: '移除筛选：一线' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重置筛选' })).toBeInTheDocument();
  });
});
