import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Milestone } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { trackPosition, type PlaybackRange } from './playback-steps';
import { spreadTicks } from './tick-layout';
import { timelineMessages } from './timeline-messages';

export interface TimelineTicksProps {
  milestones: readonly Milestone[];
  range: PlaybackRange;
  /** Moves the date to a milestone's. */
  onPick: (date: string) => void;
}

/** A mark's size: a pointer target of at least 24 × 24 px (WCAG 2.2, target size). */
const MARK = 24;
/** Marks closer than this are pushed apart. */
const GAP = MARK + 4;

/** The list's width in pixels, followed as it changes; 0 until it is laid out. */
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * The dataset's milestones as marks under the track, each named by its title and date and
 * jumping there. Marks of nearby dates are pushed apart so that each stays a target of its
 * own; a short line points from each to its date on the track.
 */
export function TimelineTicks({ milestones, range, onPick }: TimelineTicksProps) {
  const t = useMessages(timelineMessages);
  const language = useAppStore((state) => state.language);
  const list = useRef<HTMLUListElement>(null);
  const width = useWidth(list);
  const placed = milestones.flatMap((milestone) => {
    const position = trackPosition(milestone.date, range);
    return position === null ? [] : [{ milestone, position }];
  });
  const spread =
    width > 0
      ? spreadTicks(
          placed.map((tick) => tick.position),
          width,
          GAP,
        )
      : null;
  return (
    <ul className="timeline-ticks" aria-label={t('milestones')} ref={list}>
      {placed.map(({ milestone, position }, index) => {
        const title = milestone.title[language];
        const date = formatDate(milestone.date, language);
        const at = spread?.[index] ?? null;
        const shift = at === null ? 0 : position * width - at;
        return (
          <li
            key={`${milestone.date}-${milestone.title.en}`}
            className="timeline-ticks__item"
            style={{
              left: at === null ? `${(position * 100).toFixed(3)}%` : `${at.toFixed(1)}px`,
              ['--shift' as string]: `${shift.toFixed(1)}px`,
            }}
            data-side={position > 0.5 ? 'end' : 'start'}
          >
            <span className="timeline-ticks__pin" aria-hidden="true" />
            <button
              type="button"
              className="timeline-ticks__mark"
              aria-label={t('milestone', { title, date })}
              onClick={() => onPick(milestone.date)}
            >
              <span className="timeline-ticks__tip" aria-hidden="true">
                <time dateTime={milestone.date}>{date}</time> {title}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
