// The note shown once after a run of entries that ended at the lowest mood: kind, plain, and with no links that go online.
import { Dialog } from '../../components/Dialog';

export function SupportNote({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="A note, just this once"
      size="narrow"
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary button-small" data-autofocus onClick={onClose}>
          Thank you
        </button>
      }
    >
      <div className="support-note">
        <p>Your last few entries ended at the lowest point on the scale. That is a lot to be carrying.</p>
        <p>
          Writing can help, but a journal is not therapy, and you don’t have to get through this on your own. Someone you trust, your doctor
          or a counsellor can help with what a page can’t.
        </p>
        <p className="support-note-crisis">
          If you are in crisis, or thinking about harming yourself, call your local emergency number now.
        </p>
        <p className="support-note-quiet">This note won’t appear again. Your journal is here whenever you want it.</p>
      </div>
    </Dialog>
  );
}
