// "Export…": what (this entry, a date range, everything), which format, the PDF's options, and a plain warning that the file is not encrypted.
import { useEffect, useRef, useState } from 'react';
import { localDay } from '../../contract';
import { useContractMutation } from '../../data/useContract';
import { defaultPdfOptions, exportCall, type ExportCall, type ExportForm, type Format, type Scope } from './exportRequest';
import { FileJobStatus } from './FileJobStatus';
import { ImportSection } from './ImportSection';
import { PdfOptionsFields } from './PdfOptionsFields';
import { useFileJob, type FileJob } from './useFileJob';

export interface OpenEntryRef {
  id: string;
  title: string;
}

interface ExportDialogProps {
  /** The entry open in the editor, offered as "This entry". */
  entry: OpenEntryRef | null;
  initialScope: Scope;
  onClose: () => void;
}

const FORMATS: Array<{ value: Format; label: string; hint: string }> = [
  { value: 'pdf', label: 'PDF', hint: 'A book to read or print' },
  { value: 'markdown', label: 'Markdown', hint: 'One text file per entry, zipped' },
  { value: 'json', label: 'JSON', hint: 'Everything, to import again later' },
];

function initialForm(entry: OpenEntryRef | null, scope: Scope): ExportForm {
  const today = new Date();
  const monthAgo = new Date(today.getFullYear(), today.getMonth() - 1, today.getDate());
  return {
    scope: entry ? scope : scope === 'entry' ? 'all' : scope,
    entryId: entry?.id ?? null,
    from: localDay(monthAgo),
    to: localDay(today),
    format: 'pdf',
    pdf: defaultPdfOptions,
  };
}

/** The three exports through the data layer; JSON and Markdown are long jobs with progress and a Cancel. */
function useExportCalls(job: FileJob) {
  const pdf = useContractMutation('export.pdf').run;
  const markdown = useContractMutation('export.markdown').run;
  const json = useContractMutation('export.json').run;
  return (call: ExportCall) => {
    switch (call.method) {
      case 'export.pdf':
        return pdf(call.input);
      case 'export.markdown':
        return job.track('export.markdown', () => markdown(call.input));
      default:
        return job.track('export.json', () => json(call.input));
    }
  };
}

export function ExportDialog({ entry, initialScope, onClose }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [form, setForm] = useState<ExportForm>(() => initialForm(entry, initialScope));
  const [busy, setBusy] = useState(false);
  const job = useFileJob();
  const runExport = useExportCalls(job);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const update = (change: Partial<ExportForm>) => setForm((current) => ({ ...current, ...change }));

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function submit() {
    const call = exportCall(form);
    if ('problem' in call) return setMessage({ text: call.problem, error: true });
    setBusy(true);
    setMessage(null);
    const result = await runExport(call);
    setBusy(false);
    if (!result.ok && result.error.code === 'CANCELLED') return setMessage({ text: 'Export stopped. Nothing was saved.', error: false });
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    setMessage({ text: result.value.saved ? `Exported “${result.value.fileName}”.` : 'Nothing was saved.', error: false });
  }

  const scopes: Array<{ value: Scope; label: string; disabled?: boolean }> = [
    {
      value: 'entry',
      label: entry ? `This entry${entry.title ? ` (“${entry.title}”)` : ''}` : 'This entry (open one first)',
      disabled: !entry,
    },
    { value: 'range', label: 'A date range' },
    { value: 'all', label: 'Everything' },
  ];

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby="export-title"
      onClose={onClose}
      onCancel={busy ? (event) => event.preventDefault() : undefined}
    >
      <form
        method="dialog"
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="export-title">Export</h2>
        <fieldset className="export-fieldset">
          <legend>What</legend>
          {scopes.map((scope) => (
            <label key={scope.value} className="export-choice">
              <input
                type="radio"
                name="scope"
                value={scope.value}
                checked={form.scope === scope.value}
                disabled={scope.disabled}
                onChange={() => update({ scope: scope.value })}
              />
              {scope.label}
            </label>
          ))}
          {form.scope === 'range' && (
            <div className="export-range">
              <label className="export-field">
                <span>From</span>
                <input type="date" value={form.from} required onChange={(event) => update({ from: event.target.value })} />
              </label>
              <label className="export-field">
                <span>To</span>
                <input type="date" value={form.to} required onChange={(event) => update({ to: event.target.value })} />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset className="export-fieldset">
          <legend>Format</legend>
          {FORMATS.map((format) => (
            <label key={format.value} className="export-choice">
              <input
                type="radio"
                name="format"
                value={format.value}
                checked={form.format === format.value}
                onChange={() => update({ format: format.value })}
              />
              {format.label} <span className="export-hint">{format.hint}</span>
            </label>
          ))}
        </fieldset>
        {form.format === 'pdf' && (
          <PdfOptionsFields options={form.pdf} several={form.scope !== 'entry'} onChange={(pdf) => update({ pdf })} />
        )}
        <p className="export-warning" role="note">
          <strong>The exported file is not encrypted.</strong> Anyone who can open it can read it. Keep it somewhere private, and delete it
          when you no longer need it.
        </p>
        {job.running && <FileJobStatus job={job.running} progress={job.progress} onCancel={job.cancel} />}
        {message && (
          <p className={message.error ? 'error-message' : 'export-result'} role="status">
            {message.text}
          </p>
        )}
        <div className="export-actions">
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => dialog.current?.close()}>
            Close
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
        <ImportSection />
      </form>
    </dialog>
  );
}
