// Ctrl/Cmd+/: every shortcut in one place, grouped as the menus are, so no key is known only to whoever wrote it.
import { Dialog } from '../../components/Dialog';
import { pageShortcuts, shownCommands } from './commandList';

export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const withKeys = shownCommands().filter((command) => command.shortcut);
  return (
    <Dialog title="Keyboard shortcuts" size="narrow" onClose={onClose}>
      <table className="shortcuts-table">
        <caption className="visually-hidden">Commands and their keys</caption>
        <tbody>
          {withKeys.map((command) => (
            <tr key={command.id}>
              <th scope="row">{command.label.replace('…', '')}</th>
              <td>
                <kbd>{command.shortcut}</kbd>
              </td>
            </tr>
          ))}
          {pageShortcuts.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">{shortcut.action}</th>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-primary button-small" data-autofocus onClick={onClose}>
        Done
      </button>
    </Dialog>
  );
}
