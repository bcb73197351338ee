import { render, screen, within } from '@testing-library/react';
import { DEFAULT_FILTERS, type Filters } from '../../../../src/data/domain/filters';
import type { Network } from '../../../../src/data/domain/schema';
import { KeyFigures } from '../../../../src/features/insights/key-figures';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeCity, makeNetwork } from '../../fixtures/network';

function renderFigures(network: Network, filters: Partial<Filters> = {}) {
  useAppStore.setState({ filters: { ...DEFAULT_FILTERS, ...filters } });
  render(<KeyFigures network={network} />);
  return screen.getByRole('region', { name: /Key figures|关键指标/ });
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

describe('KeyFigures', () => {
  it('shows a dash rather than a share when no top-tier city is in view', () => {
    const figures = renderFigures(makeNetwork(), { tiers: ['3+'] });
    expect(figures).toHaveTextContent('— of Tier 1 & New Tier 1 cities covered');
    expect(figures).toHaveTextContent('No Tier 1 or New Tier 1 city in view');
    expect(figures).toHaveTextContent('0 / 1 recruitment city covered');
  });

  it('names at most eight cities without a partner store, in the current language', () => {
    const network = makeNetwork();
    for (let i = 1; i <= 9; i += 1) {
      network.cities.push(
        makeCity({ id: `city-${i}`, name: { en: `City ${i}`, zh: `城市${i}` }, tier: '2' }),
      );
    }
    useAppStore.setState({ language: 'zh' });
    const figures = renderFigures(network);
    expect(figures).toHaveTextContent('10 个招募城市尚无合作伙伴门店');
    expect(within(figures).getByText(/^海口、城市1、/)).toHaveTextContent(
      '海口、城市1、城市2、城市3、城市4、城市5、城市6、城市7 另有 2 个',
    );
  });
});
