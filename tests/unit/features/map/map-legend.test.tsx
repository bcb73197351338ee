import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MapLegend } from '../../../../src/features/map/map-legend';
import { useAppStore } from '../../../../src/stores/app-store';

const COUNTS = { cities: 3, 'delivery-center': 1, 'partner-store': 2, 'fusion-store': 1 };
const RINGS = /^Rings of 25 km around open service points$/;

function renderLegend(compact: boolean) {
  return render(
    <MapLegend counts={COUNTS} recruiting={1} gaps={0} compact={compact} network={null} />,
  );
}

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  useAppStore.getState().setCoverageMode('sales');
});

describe('MapLegend in the coverage view', () => {
  it('shows the bands and the rings’ toggle in the full legend', () => {
    renderLegend(false);
    expect(screen.getByText('> 50 km')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: RINGS })).not.toBeChecked();
  });

  it('keeps the rings’ toggle with the key in the compact legend, the bands in view', async () => {
    renderLegend(true);
    expect(screen.getByText('> 50 km')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: RINGS })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Key' }));
    await userEvent.click(screen.getByRole('checkbox', { name: RINGS }));
    expect(useAppStore.getState().coverage.rings).toBe(true);
  });

  it('shows the toggle in the compact legend while the rings are drawn, to switch them off', async () => {
    useAppStore.getState().setCoverageRings(true);
    renderLegend(true);
    await userEvent.click(screen.getByRole('checkbox', { name: RINGS }));
    expect(useAppStore.getState().coverage.rings).toBe(false);
  });
});
