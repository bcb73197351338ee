import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { renderWithQuery } from '../../support/with-query';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '../../../../src/features/presentation/export-menu';
import { usePlaybackStore } from '../../../../src/features/presentation/playback-state';
import { TimelineBar } from '../../../../src/features/presentation/timeline-bar';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

let downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('opens from the keyboard, moves with the arrows and closes with Escape', async () => {
    const user = userEvent.setup();
    renderWithQuery(<ExportMenu network={makeNetwork()} />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PNG (1×)',
      'PNG (2×)',
      'Slide 16:9 (1920×1080)',
      'Slide 16:9 (3840×2160)',
      'CSV (filtered outlets)',
    ]);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[4]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('offers to copy the slide where the browser can put an image on the clipboard', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('ClipboardItem', vi.fn());
    const write = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    try {
      renderWithQuery(<ExportMenu network={makeNetwork()} />);
      await user.click(screen.getByRole('button', { name: 'Export' }));
      expect(screen.getByRole('menuitem', { name: 'Copy slide image' })).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('downloads the filtered outlets as CSV, named by scope and date', async () => {
    const user = userEvent.setup();
    useAppStore.getState().setFilterValues('kinds', ['partner-store']);
    useAppStore.getState().setAsOf('2024-01-06');
    renderWithQuery(<ExportMenu network={makeNetwork()} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV (filtered outlets)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^channel-atlas-partner-store-2024-01-06-\d{8}-\d{4}\.csv$/);
    const lines = (await downloads[0]!.blob.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'ps-suzhou-1',
      'ps-suzhou-2',
    ]);
  });

  it('says why a PNG could not be made, and pauses a running playback first', async () => {
    const user = userEvent.setup();
    usePlaybackStore.setState({ playing: true });
    renderWithQuery(<ExportMenu network={makeNetwork()} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'PNG (2×)' }));
    await waitFor(() =>
      expect(screen.getByText('Export failed: the map is not ready')).toBeInTheDocument(),
    );
    expect(usePlaybackStore.getState().playing).toBe(false);
    expect(downloads).toEqual([]);
  });

  it('closes when the pointer goes down outside it', async () => {
    const user = userEvent.setup();
    renderWithQuery(
      <>
        <ExportMenu network={makeNetwork()} />
        <p>elsewhere</p>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByText('elsewhere'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('is offered in the timeline bar while presenting, when the header is hidden', () => {
    const client = new QueryClient();
    const bar = () => (
      <QueryClientProvider client={client}>
        <TimelineBar network={makeNetwork()} />
      </QueryClientProvider>
    );
    const { rerender } = render(bar());
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
    useAppStore.setState({ presenting: true });
    rerender(bar());
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute('aria-haspopup', 'menu');
  });
});
