// A short, polite message with an optional action (for example "Undo" after moving an entry to the Trash).
export interface NoticeContent {
  text: string;
  actionLabel?: string;
  onAction?: () => void;
}

export function Notice({ notice, onDismiss }: { notice: NoticeContent | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice.text}</span>
      {notice.actionLabel && (
        <button type="button" className="link-button" onClick={notice.onAction}>
          {notice.actionLabel}
        </button>
      )}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
