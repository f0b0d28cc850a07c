// The one confirmation before anything is deleted for good: it says it cannot be undone, and that older backups still hold it.
import { Dialog } from '../../../components/Dialog';

interface Props {
  /** What goes: "“A letter” (1 entry)" or "the 4 entries in the Trash". */
  what: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function ForeverConfirm({ what, confirmLabel, onConfirm, onClose }: Props) {
  return (
    <Dialog
      title="Delete forever?"
      size="narrow"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button-quiet" data-autofocus onClick={onClose}>
            Keep it
          </button>
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>
        This deletes {what} from your journal for good. It cannot be undone. Backups you made before now, and the automatic daily backups of
        the last days, still hold it, encrypted, until they are replaced.
      </p>
    </Dialog>
  );
}
