export interface Status {
  kind: 'info' | 'error';
  text: string;
  /** A link to copy by hand when the clipboard refused. */
  link?: string;
}

export interface SceneStatusProps {
  status: Status | null;
}

/** What the last scene action did, announced politely (errors assertively). */
export function SceneStatus({ status }: SceneStatusProps) {
  return (
    <div className="scene-manager__status" role={status?.kind === 'error' ? 'alert' : 'status'}>
      {status && <p className={`scene-manager__message--${status.kind}`}>{status.text}</p>}
      {status?.link && (
        <input
          className="scene-manager__link"
          readOnly
          value={status.link}
          aria-label={status.text}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
