// Parses a built-in template's readable source (resources/templates/*.md; format in docs/TEMPLATES.md) into a template. Pure.
import type { Doc } from '../../contract';
import { docFromPrompts, type PromptSpec } from '../../contract/editor/templateDoc';

export interface BuiltinTemplate {
  id: string;
  name: string;
  description: string;
  version: number;
  estimatedMinutes: number;
  moodCheck: boolean;
  doc: Doc;
}

interface Header {
  name: string;
  fields: Map<string, string>;
  description: string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PROMPT_HEADING = /^##\s+([^\s(]+)\s*(\(checklist\))?\s*$/;
const FIELD = /^([a-z][a-z ]*):\s*(.+)$/;

export class TemplateSourceError extends Error {
  constructor(message: string, line: number) {
    super(`template source, line ${line}: ${message}`);
    this.name = 'TemplateSourceError';
  }
}

export function parseTemplateSource(source: string): BuiltinTemplate {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const firstPrompt = lines.findIndex((line) => line.startsWith('## '));
  const header = parseHeader(lines.slice(0, firstPrompt === -1 ? lines.length : firstPrompt));
  const prompts = firstPrompt === -1 ? [] : parsePrompts(lines, firstPrompt);
  const id = requiredField(header, 'id');
  if (!SLUG.test(id)) throw new TemplateSourceError(`id "${id}" must be a lowercase slug`, 1);
  return {
    id,
    name: header.name,
    description: header.description.join(' '),
    version: positiveInteger(header, 'version'),
    estimatedMinutes: positiveInteger(header, 'minutes'),
    moodCheck: yesNo(header, 'mood check'),
    doc: docFromPrompts(prompts),
  };
}

/** "# Name", then "key: value" fields up to the first blank line, then the description. */
function parseHeader(lines: string[]): Header {
  const header: Header = { name: '', fields: new Map(), description: [] };
  let section: 'name' | 'fields' | 'description' = 'name';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (section === 'name') {
      if (line === '') return;
      if (!line.startsWith('# ')) throw new TemplateSourceError('the first line must be "# " and the template\'s name', index + 1);
      header.name = line.slice(2).trim();
      section = 'fields';
    } else if (section === 'fields') {
      const field = FIELD.exec(line);
      if (line === '') section = 'description';
      else if (field) header.fields.set(field[1]!, field[2]!.trim());
      else throw new TemplateSourceError('expected "field: value" (or a blank line before the description)', index + 1);
    } else if (line !== '') header.description.push(line);
  });
  if (header.name === '') throw new TemplateSourceError('the template has no name', 1);
  if (header.description.length === 0) throw new TemplateSourceError('the template needs a one-sentence description', 1);
  return header;
}

/** Each "## key" or "## key (checklist)" opens a prompt: question lines, then "> " hint lines. */
function parsePrompts(lines: string[], start: number): PromptSpec[] {
  const prompts: Array<PromptSpec & { line: number }> = [];
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!.trim();
    const heading = PROMPT_HEADING.exec(line);
    const current = prompts[prompts.length - 1];
    if (heading) {
      const key = heading[1]!;
      if (!SLUG.test(key)) throw new TemplateSourceError(`prompt key "${key}" must be a lowercase slug`, index + 1);
      if (prompts.some((prompt) => prompt.key === key)) throw new TemplateSourceError(`prompt key "${key}" is used twice`, index + 1);
      prompts.push({ key, text: '', hint: null, answer: heading[2] ? 'checklist' : 'paragraph', line: index + 1 });
    } else if (line.startsWith('#')) throw new TemplateSourceError('a prompt starts with "## " and its key', index + 1);
    else if (line.startsWith('>')) current!.hint = joinLine(current!.hint, line.slice(1).trim());
    else if (line !== '') {
      if (current!.hint !== null) throw new TemplateSourceError('the question comes before its hint', index + 1);
      current!.text = joinLine(current!.text, line) ?? '';
    }
  }
  for (const prompt of prompts)
    if (prompt.text === '') throw new TemplateSourceError(`prompt "${prompt.key}" has no question`, prompt.line);
  return prompts.map(({ key, text, hint, answer }) => ({ key, text, hint, answer }));
}

function joinLine(sofar: string | null, line: string): string | null {
  if (line === '') return sofar;
  return sofar ? `${sofar} ${line}` : line;
}

function requiredField(header: Header, key: string): string {
  const value = header.fields.get(key);
  if (value === undefined) throw new TemplateSourceError(`the field "${key}:" is missing`, 1);
  return value;
}

function positiveInteger(header: Header, key: string): number {
  const value = requiredField(header, key);
  if (!/^[1-9]\d*$/.test(value)) throw new TemplateSourceError(`"${key}:" must be a whole number above zero`, 1);
  return Number(value);
}

function yesNo(header: Header, key: string): boolean {
  const value = requiredField(header, key);
  if (value !== 'yes' && value !== 'no') throw new TemplateSourceError(`"${key}:" must be yes or no`, 1);
  return value === 'yes';
}
