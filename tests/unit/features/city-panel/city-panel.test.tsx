import { screen } from '@testing-library/react';
import { renderWithQuery } from '../../support/with-query';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { CityPanel } from '../../../../src/features/city-panel/city-panel';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
});

function renderPanel(cityId: string, filters = DEFAULT_FILTERS) {
  const network = makeNetwork();
  useAppStore.setState({ selectedCityId: cityId, filters });
  return renderWithQuery(<CityPanel network={network} />);
}

describe('CityPanel', () => {
  it('shows the city, its province, tier and recruitment', () => {
    renderPanel('suzhou');
    expect(screen.getByRole('heading', { name: 'Suzhou' })).toBeInTheDocument();
    expect(screen.getByText('苏州')).toBeInTheDocument();
    expect(screen.getByText('Jiangsu')).toBeInTheDocument();
    expect(screen.getByText('New Tier 1')).toBeInTheDocument();
    expect(screen.getByText('Open since 2 Jan 2024')).toBeInTheDocument();
  });

  it('groups its outlets by kind with stage and date, and its share of the view', () => {
    renderPanel('beijing');
    expect(screen.getByRole('heading', { name: /Delivery centers 1/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Fusion stores 1/ })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Beijing Delivery Center.*Open.*since 5 Jan 2024/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('50% · 2 of 4 outlets')).toBeInTheDocument();
    expect(screen.getByText('1 more hidden by the filters')).toBeInTheDocument();
  });

  it('marks a recruiting city without a partner store as a partner gap', () => {
    renderPanel('haikou');
    expect(screen.getByText(/partner gap: no partner store signed yet/)).toBeInTheDocument();
    expect(screen.getByText('No outlets in view.')).toBeInTheDocument();
  });

  it('says a city does not recruit yet before its recruitment date, with no gap', () => {
    renderPanel('haikou', { ...DEFAULT_FILTERS, asOf: '2023-12-31' });
    expect(screen.getByText('Not yet: opens on 2 Jan 2024')).toBeInTheDocument();
    expect(screen.queryByText(/partner gap/)).not.toBeInTheDocument();
  });

  it('opens an outlet and closes the city', async () => {
    renderPanel('suzhou');
    await userEvent.click(screen.getByRole('button', { name: /^Suzhou 2S store\s*Signed/ }));
    expect(useAppStore.getState().selectedOutletId).toBe('ps-suzhou-1');
    await userEvent.click(screen.getByRole('button', { name: 'Close city' }));
    expect(useAppStore.getState().selectedCityId).toBeNull();
  });
});
