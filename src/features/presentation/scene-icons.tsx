const PATHS = {
  rename: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  up: 'M12 19V5M6 11l6-6 6 6',
  down: 'M12 5v14M6 13l6 6 6-6',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  delete: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
  play: 'M8 5v14l11-7z',
} as const;

export interface SceneIconProps {
  name: keyof typeof PATHS;
}

/** A small stroked icon for the scene buttons; their names come from their labels. */
export function SceneIcon({ name }: SceneIconProps) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill={name === 'play' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
