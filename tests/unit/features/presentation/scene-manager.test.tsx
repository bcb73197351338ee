import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PresentationTools } from '../../../../src/features/presentation/presentation-tools';
import { SCENES_STORAGE_KEY } from '../../../../src/features/presentation/scene-storage';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

const store = () => useAppStore.getState();

async function openManager(options: { applyAccept?: boolean } = {}) {
  const user = userEvent.setup(options);
  render(<PresentationTools network={makeNetwork()} />);
  await user.click(screen.getByRole('button', { name: 'Scenes' }));
  return { user, panel: screen.getByRole('region', { name: 'Scenes' }) };
}

const stored = () => JSON.parse(localStorage.getItem(SCENES_STORAGE_KEY) ?? 'null');
const names = (panel: HTMLElement) =>
  within(within(panel).getByRole('list', { name: 'My scenes' }))
    .getAllByRole('button', { name: /^Show / })
    .map((button) => button.textContent);

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  useAppStore.getState().reportCamera({ lon: 120.6, lat: 31.3, zoom: 9.123456 });
});
afterEach(() => vi.restoreAllMocks());

describe('PresentationTools', () => {
  it('starts presenting from the Present button', async () => {
    const user = userEvent.setup();
    render(<PresentationTools network={makeNetwork()} />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(store().presenting).toBe(true);
  });

  it('waits for the data before offering its buttons', () => {
    render(<PresentationTools network={null} />);
    expect(screen.getByRole('button', { name: 'Present' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Scenes' })).toBeDisabled();
  });

  it('saves the current view as a scene named after it, and keeps it in storage', async () => {
    useAppStore.setState({ selectedCityId: 'suzhou' });
    store().toggleFilterValue('kinds', 'partner-store');
    const { user, panel } = await openManager();
    expect(within(panel).getByText(/No saved scenes yet/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    expect(names(panel)).toEqual(['Suzhou · Partner stores']);
    expect(within(panel).getByRole('status')).toHaveTextContent('Saved "Suzhou · Partner stores".');
    expect(stored().scenes).toEqual([
      expect.objectContaining({
        name: 'Suzhou · Partner stores',
        view: { lon: 120.6, lat: 31.3, zoom: 9.12 },
        selectedCityId: 'suzhou',
        filters: expect.objectContaining({ kinds: ['partner-store'] }),
      }),
    ]);
    expect(within(panel).getByRole('radio', { name: 'My scenes (1)' })).toBeChecked();
  });

  it('renames in place: Enter keeps the name, Escape cancels', async () => {
    const { user, panel } = await openManager();
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    await user.click(within(panel).getByRole('button', { name: 'Rename National view' }));
    const input = within(panel).getByRole('textbox', { name: 'Scene name' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.keyboard('Opening{Enter}');
    expect(names(panel)).toEqual(['Opening']);
    expect(within(panel).getByRole('button', { name: 'Rename Opening' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{Control>}a{/Control}Oops{Escape}');
    expect(names(panel)).toEqual(['Opening']);
    expect(screen.getByRole('region', { name: 'Scenes' })).toBeInTheDocument();
    expect(stored().scenes[0].name).toBe('Opening');
  });

  it('moves scenes up and down and deletes them', async () => {
    const { user, panel } = await openManager();
    const save = within(panel).getByRole('button', { name: 'Save scene' });
    await user.click(save);
    store().toggleFilterValue('tiers', '1');
    await user.click(save);
    expect(names(panel)).toEqual(['National view', 'Tier 1']);
    expect(within(panel).getByRole('button', { name: 'Move National view up' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(panel).getByRole('button', { name: 'Move Tier 1 up' }));
    expect(names(panel)).toEqual(['Tier 1', 'National view']);
    await user.click(within(panel).getByRole('button', { name: 'Move Tier 1 down' }));
    expect(names(panel)).toEqual(['National view', 'Tier 1']);
    await user.click(within(panel).getByRole('button', { name: 'Delete National view' }));
    expect(names(panel)).toEqual(['Tier 1']);
    expect(stored().scenes.map((scene: { name: string }) => scene.name)).toEqual(['Tier 1']);
  });

  it('shows a scene: its filters and its camera', async () => {
    const request = vi.fn();
    useAppStore.subscribe(({ cameraRequest }) => {
      if (cameraRequest && 'view' in cameraRequest)
        request(cameraRequest.view, cameraRequest.animate);
    });
    store().toggleFilterValue('tiers', '1');
    const { user, panel } = await openManager();
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    store().resetFilters();
    await user.click(within(panel).getByRole('button', { name: 'Show Tier 1' }));
    expect(store().filters.tiers).toEqual(['1']);
    expect(request).toHaveBeenCalledWith({ lon: 120.6, lat: 31.3, zoom: 9.12 }, true);
  });

  it('copies a link that reproduces the scene', async () => {
    const { user, panel } = await openManager();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    store().toggleFilterValue('tiers', '1');
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    await user.click(within(panel).getByRole('button', { name: 'Copy link to Tier 1' }));
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}${window.location.pathname}?tier=1&v=120.6,31.3,9.12`,
    );
    expect(within(panel).getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const { user, panel } = await openManager();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    await user.click(within(panel).getByRole('button', { name: 'Copy link to National view' }));
    expect(within(panel).getByRole('textbox', { name: 'Copy this link:' })).toHaveValue(
      `${window.location.origin}${window.location.pathname}?v=120.6,31.3,9.12`,
    );
  });

  it('imports a scenes file and says how many scenes came in', async () => {
    const { user, panel } = await openManager();
    const file = new File(
      [
        JSON.stringify({
          format: 'channel-atlas-scenes',
          version: 1,
          scenes: [
            { id: 'a', name: 'A' },
            { id: 'b', name: 'B' },
          ],
        }),
      ],
      'scenes.json',
      { type: 'application/json' },
    );
    await user.upload(within(panel).getByLabelText('Scenes file to import'), file);
    expect(await within(panel).findByText('Imported 2 scenes.')).toBeInTheDocument();
    expect(names(panel)).toEqual(['A', 'B']);
  });

  it('rejects a file that is not JSON or not scenes, saying why', async () => {
    // The file picker's "All files" lets any file through.
    const { user, panel } = await openManager({ applyAccept: false });
    const input = within(panel).getByLabelText('Scenes file to import');
    await user.upload(input, new File(['<html>'], 'page.html'));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'That file is not JSON, so it holds no scenes.',
    );
    await user.upload(
      input,
      new File(
        [JSON.stringify([{ id: 'a', name: 'A', view: { lon: 500, lat: 0, zoom: 3 } }])],
        'bad.json',
      ),
    );
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      /not a Channel Atlas scenes file: scenes\[0\]\.view\.lon/,
    );
    expect(within(panel).queryByRole('list', { name: 'My scenes' })).not.toBeInTheDocument();
  });

  it('downloads the scenes as a JSON file', async () => {
    const { user, panel } = await openManager();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:scenes';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const download = within(panel).getByRole('button', { name: 'Download scenes' });
    await user.click(download);
    expect(click).not.toHaveBeenCalled();
    await user.click(within(panel).getByRole('button', { name: 'Save scene' }));
    await user.click(download);
    expect(click).toHaveBeenCalledTimes(1);
    const document = JSON.parse(await blobs[0]!.text());
    expect(document).toMatchObject({ format: 'channel-atlas-scenes', version: 1 });
    expect(document.scenes).toHaveLength(1);
  });

  it('closes with Escape and gives the focus back to its button', async () => {
    const { user } = await openManager();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Scenes' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scenes' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Scenes' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('speaks Chinese', async () => {
    useAppStore.setState({ language: 'zh' });
    const user = userEvent.setup();
    render(<PresentationTools network={makeNetwork()} />);
    await user.click(screen.getByRole('button', { name: '场景' }));
    const panel = screen.getByRole('region', { name: '场景' });
    await user.click(within(panel).getByRole('button', { name: '保存场景' }));
    expect(within(panel).getByRole('button', { name: '显示“全国视图”' })).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: '内置导览（5 个场景）' })).not.toBeChecked();
  });
});
