import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CitySearch } from '../../../../src/features/filters/city-search';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork } from '../../fixtures/network';

function setup(label = 'Search cities') {
  const network = makeNetwork();
  network.cities.push(
    makeCity({
      id: 'shenzhen',
      name: { en: 'Shenzhen', zh: '深圳' },
      province: { en: 'Guangdong', zh: '广东' },
      tier: '1',
    }),
    makeCity({ id: 'chongqing', name: { en: 'Chongqing', zh: '重庆' }, tier: 'new1' }),
  );
  const user = userEvent.setup();
  render(<CitySearch network={network} />);
  return { user, input: screen.getByRole('combobox', { name: label }) };
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('CitySearch', () => {
  it('lists the cities whose pinyin initials match, with both names, province and outlets', async () => {
    const { user, input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'sz');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox', { name: 'Matching cities' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(
      within(list).getByRole('option', { name: /Suzhou 苏州 Jiangsu · 2 outlets/ }),
    ).toBeVisible();
    expect(
      within(list).getByRole('option', { name: /Shenzhen 深圳 Guangdong · 0 outlets/ }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('2 cities found');
  });

  it('counts a city’s outlets under the current filters', async () => {
    useAppStore.setState({
      filters: { ...useAppStore.getState().filters, kinds: ['delivery-center'] },
    });
    const { user, input } = setup();
    await user.type(input, 'suzhou');
    // Suzhou's two partner stores are hidden by the type filter.
    expect(
      screen.getByRole('option', { name: /Suzhou 苏州 Jiangsu · 0 outlets in view/ }),
    ).toBeVisible();
    act(() => useAppStore.setState({ filters: { ...useAppStore.getState().filters, kinds: [] } }));
    expect(
      await screen.findByRole('option', { name: /Suzhou 苏州 Jiangsu · 2 outlets in view/ }),
    ).toBeVisible();
  });

  it('highlights the first match and moves with the arrow, Home and End keys', async () => {
    const { user, input } = setup();
    await user.type(input, 'sz');
    const [first, second] = screen.getAllByRole('option');
    expect(input).toHaveAttribute('aria-activedescendant', first!.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', second!.id);
    expect(first).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first!.id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', second!.id);
    await user.keyboard('{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', first!.id);
    await user.keyboard('{End}');
    expect(input).toHaveAttribute('aria-activedescendant', second!.id);
  });

  it('selects the highlighted city with Enter and clears the input', async () => {
    const { user, input } = setup();
    await user.type(input, 'chong');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedCityId).toBe('chongqing');
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('selects a city clicked with the mouse', async () => {
    const { user, input } = setup();
    await user.type(input, 'sz');
    await user.click(screen.getByRole('option', { name: /Shenzhen/ }));
    expect(useAppStore.getState().selectedCityId).toBe('shenzhen');
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });

  it('closes the list with Escape, then clears the text with a second Escape', async () => {
    const { user, input } = setup();
    await user.type(input, '苏');
    expect(optionNames()).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(input).toHaveValue('苏');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedCityId).toBeNull();
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('reopens the list with ArrowDown after Escape', async () => {
    const { user, input } = setup();
    await user.type(input, 'sz');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
  });

  it('says so when no city matches', async () => {
    const { user, input } = setup();
    await user.type(input, 'atlantis');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No city matches “atlantis”');
  });

  it('speaks Chinese, showing the Chinese name first', async () => {
    useAppStore.setState({ language: 'zh' });
    const { user, input } = setup('搜索城市');
    await user.type(input, 'suzhou');
    expect(
      screen.getByRole('option', { name: /^苏州 Suzhou 江苏 · 当前显示 2 家门店$/ }),
    ).toBeVisible();
  });

  it('renders names with markup as plain text', async () => {
    const network = makeNetwork();
    network.cities[0]!.name.en = '<img src=x onerror=alert(1)>';
    render(<CitySearch network={network} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search cities' }), '苏');
    expect(screen.getByRole('option', { name: /<img src=x/ })).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });
});
