// What the export dialog sends: the form's choices turned into one contract call. Pure, so the dialog stays about layout.
import type { MethodInput } from '../../contract';

export type Scope = 'entry' | 'range' | 'all';
export type Format = 'pdf' | 'markdown' | 'json';
type AllPdfOptions = Required<NonNullable<MethodInput<'export.pdf'>['options']>>;
/** Cover and contents stay unset until the writer ticks them: core then gives them to several entries and not to one. */
export type PdfOptions = Omit<AllPdfOptions, 'coverPage' | 'tableOfContents'> &
  Partial<Pick<AllPdfOptions, 'coverPage' | 'tableOfContents'>>;

export interface ExportForm {
  scope: Scope;
  entryId: string | null;
  from: string;
  to: string;
  format: Format;
  pdf: PdfOptions;
}

export const defaultPdfOptions: PdfOptions = {
  pageSize: navigator.language === 'en-US' || navigator.language === 'en-CA' ? 'Letter' : 'A4',
  includePrompts: true,
  omitUnansweredPrompts: true,
  pageNumbers: true,
  title: 'My journal',
};

export type ExportCall =
  | { method: 'export.pdf'; input: MethodInput<'export.pdf'> }
  | { method: 'export.markdown'; input: MethodInput<'export.markdown'> }
  | { method: 'export.json'; input: MethodInput<'export.json'> };

/** The form as a contract call, or a sentence saying what to fix first. */
export function exportCall(form: ExportForm): ExportCall | { problem: string } {
  let scope: MethodInput<'export.json'>['scope'];
  if (form.scope === 'entry') {
    if (!form.entryId) return { problem: 'Open an entry first, or choose a date range or everything.' };
    scope = { entryIds: [form.entryId] };
  } else if (form.scope === 'range') {
    if (!form.from || !form.to) return { problem: 'Choose the first and the last day of the range.' };
    if (form.from > form.to) return { problem: 'The range must start on or before its last day.' };
    scope = { from: form.from, to: form.to };
  } else scope = { all: true };
  if (form.format === 'pdf') {
    const title = form.pdf.title.trim() || 'My journal';
    return { method: 'export.pdf', input: { scope, options: { ...form.pdf, title } } };
  }
  return form.format === 'markdown' ? { method: 'export.markdown', input: { scope } } : { method: 'export.json', input: { scope } };
}
