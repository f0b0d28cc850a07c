// Help → "Afterword is not therapy" (offline crisis guidance, no links) and Help → About.
import { Dialog } from '../../components/Dialog';

function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" className="button button-primary button-small" data-autofocus onClick={onClose}>
      Close
    </button>
  );
}

export function NotTherapyDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Afterword is not therapy" size="narrow" onClose={onClose} footer={<CloseButton onClose={onClose} />}>
      <div className="support-note">
        <p>Writing can help you see what happened and what you want next. It cannot replace a person who listens back.</p>
        <p>If the days feel too heavy to carry alone, tell someone you trust, or talk to your doctor or a counsellor.</p>
        <p className="support-note-crisis">
          If you are in crisis, or thinking about harming yourself, call your local emergency number now. In many countries it is 112; in
          the US and Canada, 911, or 988 for the Suicide and Crisis Lifeline; in the UK, 999, or 116 123 for Samaritans.
        </p>
        <p className="support-note-quiet">Nothing here goes online: these numbers are written in the app, not looked up.</p>
      </div>
    </Dialog>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="About Afterword" size="narrow" onClose={onClose} footer={<CloseButton onClose={onClose} />}>
      <div className="support-note">
        <p>A private, offline journal for working through a breakup.</p>
        <p>
          Everything you write stays on this computer, encrypted with a key only your passphrase or recovery code can open. Afterword makes
          no network requests.
        </p>
      </div>
    </Dialog>
  );
}
