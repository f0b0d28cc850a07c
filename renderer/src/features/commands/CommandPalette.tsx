// Ctrl/Cmd+Shift+P: every action by name, with its shortcut. A combobox over a listbox: typing filters, arrows move,
// Enter runs; the same commands Electron's menu sends, so browser mode lacks none of them.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import type { AppCommand } from '../../contract';
import { filterCommands, shownCommands } from './commandList';

export function CommandPalette({ onRun, onClose }: { onRun: (command: AppCommand) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => filterCommands(shownCommands(), query), [query]);
  const current = matches[Math.min(active, matches.length - 1)];

  function run(command: AppCommand) {
    onClose();
    onRun(command);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: matches.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(matches.length - 1, moves[event.key]!)));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      run(current.id);
    }
  }

  return (
    <Dialog title="Command palette" size="narrow" onClose={onClose}>
      <input
        className="input palette-input"
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        placeholder="Type a command…"
        value={query}
        data-autofocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((command) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={command === current}
            className="palette-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command.id)}
          >
            <span>{command.label}</span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="palette-empty">No command matches “{query}”.</p>}
    </Dialog>
  );
}
