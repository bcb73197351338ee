import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CHINA_BOUNDS } from '../../../../src/config/map-defaults';
import { DEFAULT_FILTERS } from '../../../../src/data/domain/filters';
import { Presentation } from '../../../../src/features/presentation/presentation';
import { DEFAULT_LAYERS, useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

const store = () => useAppStore.getState();

function setup() {
  const user = userEvent.setup();
  render(
    <>
      <input aria-label="Search" />
      <Presentation network={makeNetwork()} />
    </>,
  );
  return user;
}

type CameraCall = (target: unknown, animate: boolean) => void;
let requestBounds: ReturnType<typeof vi.fn<CameraCall>>;
let request: ReturnType<typeof vi.fn<CameraCall>>;
let stopWatching: () => void = () => undefined;
beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  // The camera moves asked of the map: bounds to frame, and views.
  requestBounds = vi.fn<CameraCall>();
  request = vi.fn<CameraCall>();
  stopWatching = useAppStore.subscribe(({ cameraRequest }, previous) => {
    if (!cameraRequest || cameraRequest === previous.cameraRequest) return;
    if ('bounds' in cameraRequest) requestBounds(cameraRequest.bounds, cameraRequest.animate);
    else request(cameraRequest.view, cameraRequest.animate);
  });
});
afterEach(() => {
  stopWatching();
  vi.restoreAllMocks();
});

describe('Presentation', () => {
  it('enters presenter mode with P and shows the title bar; P again leaves', async () => {
    const user = setup();
    expect(screen.queryByRole('region', { name: 'Test network' })).not.toBeInTheDocument();
    await user.keyboard('p');
    expect(store().presenting).toBe(true);
    const bar = screen.getByRole('region', { name: 'Test network' });
    expect(bar).toHaveFocus();
    expect(bar).toHaveTextContent('As of 15 Jan 2024');
    expect(bar).toHaveTextContent('All outlets, no filters');
    expect(screen.getByRole('status')).toHaveTextContent('5 scenes — press → to start');
    await user.keyboard('p');
    expect(store().presenting).toBe(false);
    expect(screen.queryByRole('region', { name: 'Test network' })).not.toBeInTheDocument();
  });

  it('ignores P typed into a text field', async () => {
    const user = setup();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('p');
    expect(store().presenting).toBe(false);
  });

  it('steps through the built-in tour with arrows, Space and page keys, applying each scene', async () => {
    const user = setup();
    await user.keyboard('p');
    const status = screen.getByRole('status');

    await user.keyboard('{ArrowRight}');
    expect(status).toHaveTextContent('1 / 5 National view');
    expect(requestBounds).toHaveBeenLastCalledWith(CHINA_BOUNDS, true);

    await user.keyboard(' ');
    expect(status).toHaveTextContent('2 / 5 Tier 1 cities');
    expect(store().filters.tiers).toEqual(['1']);
    expect(screen.getByRole('region', { name: 'Test network' })).toHaveTextContent('Tier 1');

    await user.keyboard('{PageDown}');
    expect(status).toHaveTextContent('3 / 5 Suzhou');
    expect(store()).toMatchObject({ selectedCityId: 'suzhou', filters: DEFAULT_FILTERS });
    expect(screen.getByRole('region', { name: 'Test network' })).toHaveTextContent(
      'Suzhou, Jiangsu · New Tier 1 · 2 outlets in view (Partner stores 2)',
    );
    expect(requestBounds).toHaveBeenCalledTimes(2);

    await user.keyboard('{ArrowLeft}');
    expect(status).toHaveTextContent('2 / 5 Tier 1 cities');
    expect(store().selectedCityId).toBeNull();
    await user.keyboard('{End}');
    expect(status).toHaveTextContent('5 / 5 Whitespace: service reach in the recruitment cities');
    expect(store().coverage.mode).toBe('service');
    expect(store().filters.recruitmentOnly).toBe(true);
    await user.keyboard('{ArrowRight}');
    expect(status).toHaveTextContent('5 / 5 Whitespace');
    await user.keyboard('{ArrowLeft}');
    expect(status).toHaveTextContent('4 / 5 Haikou');
    expect(store().coverage.mode).toBe('off');
    await user.keyboard('{Home}');
    expect(status).toHaveTextContent('1 / 5 National view');
  });

  it('does not step when not presenting', async () => {
    const user = setup();
    await user.keyboard('{ArrowRight}');
    expect(store().tourIndex).toBeNull();
    expect(requestBounds).not.toHaveBeenCalled();
  });

  it('leaves with Escape, keeping the scene on screen', async () => {
    const user = setup();
    await user.keyboard('p{End}{ArrowLeft}');
    await user.keyboard('{Escape}');
    expect(store()).toMatchObject({ presenting: false, selectedCityId: 'haikou' });
  });

  it('lets Escape close an open outlet card first', async () => {
    const user = setup();
    // Stands in for the outlet card, which takes Escape on the document.
    const card = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || store().selectedOutletId === null) return;
      event.preventDefault();
      store().selectOutlet(null);
    };
    document.addEventListener('keydown', card);
    await user.keyboard('p');
    store().selectOutlet('ps-suzhou-1');
    await user.keyboard('{Escape}');
    expect(store()).toMatchObject({ presenting: true, selectedOutletId: null });
    await user.keyboard('{Escape}');
    expect(store().presenting).toBe(false);
    document.removeEventListener('keydown', card);
  });

  it('steps with the bar buttons, which say when they are at an end', async () => {
    const user = setup();
    await user.keyboard('p');
    const previous = screen.getByRole('button', { name: 'Previous scene' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Next scene' }));
    await user.click(screen.getByRole('button', { name: 'Next scene' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 / 5 Tier 1 cities');
    await user.click(previous);
    expect(store().tourIndex).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(store().presenting).toBe(false);
  });

  it('presents the user scenes when there are some, flying to their saved view', async () => {
    const view = { lon: 116.4, lat: 39.9, zoom: 10 };
    localStorage.setItem(
      'channel-atlas.scenes.v1',
      JSON.stringify([
        { id: 'a', name: 'Beijing close-up', view, filters: { kinds: ['fusion-store'] } },
        { id: 'b', name: 'Everything' },
      ]),
    );
    const user = setup();
    await user.keyboard('p{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('1 / 2 Beijing close-up');
    expect(request).toHaveBeenLastCalledWith(view, true);
    expect(store().filters.kinds).toEqual(['fusion-store']);
    expect(store().layers).toEqual(DEFAULT_LAYERS);
  });

  it('speaks Chinese', async () => {
    useAppStore.setState({ language: 'zh' });
    const user = setup();
    await user.keyboard('p{ArrowRight}{ArrowRight}');
    const bar = screen.getByRole('region', { name: '测试网络' });
    expect(bar).toHaveTextContent('截至 2024年1月15日');
    expect(screen.getByRole('status')).toHaveTextContent('2 / 5 一线城市');
    expect(screen.getByRole('button', { name: '退出演示' })).toBeInTheDocument();
  });
});
