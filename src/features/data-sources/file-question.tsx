import { useEffect, useId, useRef } from 'react';
import { CRS_VALUES } from '../../data/domain/schema';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { useMessages } from '../../stores/use-messages';
import { messages } from './messages';
import type { FileQuestion } from './use-open-file';

export interface FileQuestionPromptProps {
  question: FileQuestion;
}

/**
 * Asks what must be settled before an opened file is shown: the coordinate system of a CSV that
 * does not say, or whether a file with no valid outlet may take the outlets on screen away.
 */
export function FileQuestionPrompt({ question }: FileQuestionPromptProps) {
  const t = useMessages(messages);
  const language = useAppStore((state) => state.language);
  const titleId = useId();
  const bodyId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [question]);
  const count = (value: number) => formatNumber(value, language);

  const [title, body, actions] =
    question.kind === 'crs'
      ? [
          t('crsTitle', { name: question.name }),
          `${question.blankRows > 0 ? t('crsBlank', { count: count(question.blankRows) }) : t('crsNone')} ${t('crsHint')}`,
          [
            ...CRS_VALUES.map((crs) => ({
              label: t(`crs${crs}`),
              act: () => question.answer(crs),
            })),
            {
              label: question.blankRows > 0 ? t('crsLeaveOut') : t('crsCancel'),
              act: () => question.answer(null),
            },
          ],
        ]
      : [
          t('emptyTitle', { name: question.name }),
          t('emptyBody', { problems: count(question.problems), count: count(question.onScreen) }),
          [
            { label: t('emptyKeep'), act: () => question.answer(false) },
            { label: t('emptyShow'), act: () => question.answer(true) },
          ],
        ];

  return (
    <div
      className="toast file-question"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <h2 id={titleId} className="file-question__title">
        {title}
      </h2>
      <p id={bodyId}>{body}</p>
      <div className="file-question__actions">
        {actions.map(({ label, act }, i) => (
          <button
            key={label}
            ref={i === 0 ? first : undefined}
            type="button"
            className="button"
            onClick={act}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
