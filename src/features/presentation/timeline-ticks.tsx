import type { Milestone } from '../../data/domain/schema';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { trackPosition, type PlaybackRange } from './playback-steps';
import { timelineMessages } from './timeline-messages';

export interface TimelineTicksProps {
  milestones: readonly Milestone[];
  range: PlaybackRange;
  /** Moves the date to a milestone's. */
  onPick: (date: string) => void;
}

/** The dataset's milestones as marks under the track; each names itself and jumps there. */
export function TimelineTicks({ milestones, range, onPick }: TimelineTicksProps) {
  const t = useMessages(timelineMessages);
  const language = useAppStore((state) => state.language);
  const placed = milestones.flatMap((milestone) => {
    const position = trackPosition(milestone.date, range);
    return position === null ? [] : [{ milestone, position }];
  });
  return (
    <ul className="timeline-ticks" aria-label={t('milestones')}>
      {placed.map(({ milestone, position }) => {
        const title = milestone.title[language];
        const date = formatDate(milestone.date, language);
        return (
          <li
            key={`${milestone.date}-${milestone.title.en}`}
            className="timeline-ticks__item"
            style={{ left: `${(position * 100).toFixed(3)}%` }}
            data-side={position > 0.5 ? 'end' : 'start'}
          >
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
