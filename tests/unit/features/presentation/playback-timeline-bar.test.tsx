import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Network } from '../../../../src/data/domain/schema';
import {
  CAPTION_MS,
  MILESTONE_HOLD_MS,
} from '../../../../src/features/presentation/playback-engine';
import { usePlaybackStore } from '../../../../src/features/presentation/playback-state';
import { playbackTiming } from '../../../../src/features/presentation/playback-steps';
import { TimelineBar } from '../../../../src/features/presentation/timeline-bar';
import { useAppStore } from '../../../../src/stores/app-store';
import { makeNetwork } from '../../fixtures/network';

/** The fixture runs from its first stage date, 2023-05-01, to its as-of date, 2024-01-15. */
const TOTAL_DAYS = 259;
const { intervalMs } = playbackTiming(TOTAL_DAYS, 60);

function network(): Network {
  return {
    ...makeNetwork(),
    milestones: [
      {
        date: '2024-01-12',
        title: { en: 'First stores under renovation', zh: '首批门店装修中' },
        description: { en: 'd', zh: 'd' },
        source: 'test',
      },
    ],
  };
}

const asOf = () => useAppStore.getState().filters.asOf;
const caption = () => screen.getByRole('status', { name: 'Milestone reached' });
const tick = (times = 1) => act(() => vi.advanceTimersByTime(intervalMs * times));

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState());
  useAppStore.setState({ language: 'en' });
  usePlaybackStore.setState(usePlaybackStore.getInitialState());
  // One day a step, so each tick is one day.
  usePlaybackStore.setState({ duration: 60 });
});

afterEach(() => vi.useRealTimers());

describe('TimelineBar', () => {
  it('shows the dataset date at the end of the slider when no date is chosen', () => {
    render(<TimelineBar network={network()} />);
    const slider = screen.getByRole('slider', { name: 'As of' });
    expect(slider).toHaveValue(String(TOTAL_DAYS));
    expect(slider).toHaveAttribute('aria-valuetext', '15 Jan 2024');
    expect(screen.getByRole('button', { name: 'Latest' })).toBeDisabled();
  });

  it('sets the app as-of date when the slider moves, and clears it at the end', () => {
    render(<TimelineBar network={network()} />);
    const slider = screen.getByRole('slider', { name: 'As of' });
    fireEvent.change(slider, { target: { value: String(TOTAL_DAYS - 9) } });
    expect(asOf()).toBe('2024-01-06');
    expect(screen.getByText('6 Jan 2024')).toBeInTheDocument();
    fireEvent.change(slider, { target: { value: String(TOTAL_DAYS) } });
    expect(asOf()).toBeNull();
  });

  it('advances the date one step per tick while playing, then pauses', () => {
    vi.useFakeTimers();
    useAppStore.getState().setAsOf('2024-01-05');
    render(<TimelineBar network={network()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    tick();
    expect(asOf()).toBe('2024-01-06');
    tick();
    tick();
    expect(asOf()).toBe('2024-01-08');

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    tick(3);
    expect(asOf()).toBe('2024-01-08');
  });

  it('stops at the dataset date and starts over from the first date on Play', () => {
    vi.useFakeTimers();
    useAppStore.getState().setAsOf('2024-01-13');
    render(<TimelineBar network={network()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    tick(5);
    expect(asOf()).toBeNull();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(asOf()).toBe('2023-05-01');
    tick();
    expect(asOf()).toBe('2023-05-02');
  });

  it('stops on a milestone it reaches and announces it, then goes on', () => {
    vi.useFakeTimers();
    useAppStore.getState().setAsOf('2024-01-10');
    render(<TimelineBar network={network()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    tick();
    expect(caption()).toBeEmptyDOMElement();
    tick();
    expect(asOf()).toBe('2024-01-12');
    expect(caption()).toHaveAttribute('aria-live', 'polite');
    expect(caption()).toHaveTextContent('12 Jan 2024 First stores under renovation');
    // The map shows the milestone's own day while its caption is up, whatever the speed.
    tick(3);
    expect(asOf()).toBe('2024-01-12');
    act(() => vi.advanceTimersByTime(MILESTONE_HOLD_MS));
    expect(asOf()).not.toBe('2024-01-12');
    act(() => vi.advanceTimersByTime(CAPTION_MS));
    expect(caption()).toBeEmptyDOMElement();
  });

  it('shows every milestone at the fastest speed, one after another', () => {
    vi.useFakeTimers();
    usePlaybackStore.setState({ duration: 10 });
    const days = ['2023-12-29', '2023-12-30', '2024-01-02'];
    const fast = {
      ...network(),
      milestones: days.map((date, i) => ({
        date,
        title: { en: `Milestone ${i + 1}`, zh: `里程碑 ${i + 1}` },
        description: { en: 'd', zh: 'd' },
        source: 'test',
      })),
    };
    useAppStore.getState().setAsOf('2023-12-20');
    render(<TimelineBar network={fast} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const seen: string[] = [];
    for (let step = 0; step < 400 && asOf() !== null; step += 1) {
      act(() => vi.advanceTimersByTime(100));
      const text = caption().textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }
    expect(asOf()).toBeNull();
    expect(seen).toEqual([
      '29 Dec 2023 Milestone 1',
      '30 Dec 2023 Milestone 2',
      '2 Jan 2024 Milestone 3',
    ]);
  });

  it('keeps the latest milestone in a line of the bar, and the next one before the first', () => {
    const line = () => document.querySelector('.timeline-bar__milestone');
    render(<TimelineBar network={network()} />);
    expect(line()).toHaveTextContent('12 Jan 2024 First stores under renovation');
    expect(line()).toHaveAttribute('data-state', 'passed');
    act(() => useAppStore.getState().setAsOf('2024-01-06'));
    expect(line()).toHaveTextContent('Next: 12 Jan 2024 First stores under renovation');
    expect(line()).toHaveAttribute('data-state', 'upcoming');
  });

  it('announces milestones in Chinese when the UI is in Chinese', () => {
    vi.useFakeTimers();
    useAppStore.setState({ language: 'zh' });
    useAppStore.getState().setAsOf('2024-01-11');
    render(<TimelineBar network={network()} />);
    fireEvent.click(screen.getByRole('button', { name: '播放' }));
    tick();
    expect(screen.getByRole('status', { name: '到达里程碑' })).toHaveTextContent('首批门店装修中');
  });

  it('does not announce milestones the user drags past', () => {
    render(<TimelineBar network={network()} />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: String(TOTAL_DAYS - 1) } });
    expect(caption()).toBeEmptyDOMElement();
  });

  it('jumps to a milestone from its mark and back to the latest date', () => {
    render(<TimelineBar network={network()} />);
    const marks = screen.getByRole('list', { name: 'Milestones' });
    fireEvent.click(
      within(marks).getByRole('button', {
        name: 'Milestone: First stores under renovation, 12 Jan 2024',
      }),
    );
    expect(asOf()).toBe('2024-01-12');
    fireEvent.click(screen.getByRole('button', { name: 'Latest' }));
    expect(asOf()).toBeNull();
    expect(screen.getByRole('slider')).toHaveFocus();
  });

  it('changes the playback speed', () => {
    render(<TimelineBar network={network()} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '10' } });
    expect(usePlaybackStore.getState().duration).toBe(10);
  });
});
