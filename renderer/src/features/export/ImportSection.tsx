// "Import from JSON…": in the browser the person picks the file here; in Electron the main process shows its own open dialog.
import { useRef, useState } from 'react';
import { acceptFor } from '../../contract';
import { useContractMutation } from '../../data/useContract';

function importedMessage(imported: number, skipped: number): string {
  const added = imported === 1 ? '1 entry' : `${imported} entries`;
  const already = skipped === 0 ? '' : ` ${skipped === 1 ? '1 entry was' : `${skipped} entries were`} already in your journal and left as they are.`;
  return `Imported ${added}.${already}`;
}

export function ImportSection() {
  // Imported entries and templates appear in every list on their own: import.json names them stale (contract/exports/cache.ts).
  const importJson = useContractMutation('import.json');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(file?: File) {
    setBusy(true);
    setMessage(null);
    const result = await importJson.run(file ? { file } : {});
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    setMessage({ text: importedMessage(result.value.imported, result.value.skipped), error: false });
  }

  function start() {
    if (window.afterword) void run();
    else input.current?.click();
  }

  return (
    <section className="export-import">
      <div>
        <h3>Import</h3>
        <p>Add entries from an Afterword JSON export. Entries already in this journal are skipped.</p>
      </div>
      <button type="button" className="button button-quiet button-small" disabled={busy} onClick={start}>
        {busy ? 'Importing…' : 'Import from JSON…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={acceptFor('import.json')}
        hidden
        aria-label="JSON file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void run(file);
        }}
      />
      {message && (
        <p className={message.error ? 'error-message export-import-result' : 'export-import-result'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}
