// The renderer on its own, with the contract's checks bypassed: every node and mark type with hostile attributes renders no
// element and no attribute that a benign render of the same type does not have (docs/SECURITY.md, "A document runs script").
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../electron/contract';
import { markSpecs, nodeSpecs } from '../../../../electron/contract/document/nodeSpecs';
import { renderDocs } from '../../../../electron/core/export/renderDocHtml';
import { attrNames, blockWith, elementSignatures, hostileValues, markedBlock, MARK_TYPES, NODE_TYPES } from '../../helpers/hostileContent';

const PICTURE = 'attachment:0b5c1e9e-6a1f-4c7e-9d2a-3f4e5a6b7c8d';
const SCRIPT = "document.title='pwned'";

/** Attributes each type legitimately renders with, so the benign render shows every element and attribute it may make. */
const BENIGN: Record<string, Record<string, unknown>[]> = {
  heading: [{ level: 2 }],
  codeBlock: [{ language: 'js' }],
  orderedList: [{ start: 3, type: 'a' }],
  image: [{ src: PICTURE, alt: 'sea', width: 'half', title: 't', height: 1 }],
  taskItem: [{ checked: true, id: 'a1' }, { checked: false }],
  prompt: [{ text: 'Q', hint: 'H', key: 'k' }],
  link: [
    { href: 'https://example.org/', target: '_blank', rel: 'noopener noreferrer nofollow', title: 't', class: 'c' },
    { href: 'mailto:a@b.c' },
  ],
};

const render = (blocks: DocNode[]) =>
  renderDocs([{ type: 'doc', content: blocks }], { includePrompts: true, omitUnansweredPrompts: false })[0]!
    .map((block) => block.html)
    .join('');

/** Benign renders' elements, plus the plain paragraph a document that cannot be rendered falls back to. */
function allowedSignatures(make: (type: string, attrs: Record<string, unknown>) => DocNode, type: string): string[] {
  return ['p dir', ...[{}, ...(BENIGN[type] ?? [])].flatMap((attrs) => elementSignatures(render([make(type, attrs)])))];
}

/** An element is ours when a benign render made the same tag with at least the same attributes (leaving one out is fine). */
function isAllowed(signature: string, allowed: string[]): boolean {
  const [tag, ...names] = signature.split(' ');
  return allowed.some((other) => {
    const [otherTag, ...otherNames] = other.split(' ');
    return otherTag === tag && names.every((name) => otherNames.includes(name));
  });
}

function expectNoForeignMarkup(html: string, allowed: string[], where: string): void {
  const foreign = elementSignatures(html).filter((signature) => !isAllowed(signature, allowed));
  expect(foreign, `${where}: ${html.slice(0, 300)}`).toEqual([]);
  // Links may point at the web or mail (a PDF reader asks before opening them); pictures only at the journal's own files.
  expect(html, where).not.toMatch(/href="(?!https?:|mailto:)[^"]+"|src="(?!attachment:)[^"]+"/i);
}

/** Every hostile variant of one type, rendered in one pass (setting the renderer up is what costs), then checked one by one. */
function expectAllSafe(type: string, make: (type: string, attrs: Record<string, unknown>) => DocNode, names: string[]): void {
  const allowed = allowedSignatures(make, type);
  const cases = names.flatMap((name) =>
    hostileValues(SCRIPT).map((value) => ({
      where: `${type}.attrs.${name} = ${JSON.stringify(value)}`,
      attrs: { ...BENIGN[type]?.[0], [name]: value },
    })),
  );
  const rendered = renderDocs(
    cases.map(({ attrs }) => ({ type: 'doc', content: [make(type, attrs)] })),
    { includePrompts: true },
  );
  cases.forEach(({ where }, i) => expectNoForeignMarkup(rendered[i]!.map((block) => block.html).join(''), allowed, where));
}

describe('rendering hostile attributes', () => {
  it.each(NODE_TYPES)('a %s node renders no element or attribute its benign form lacks, whatever its attributes hold', (type) => {
    expectAllSafe(type, blockWith, attrNames(type, nodeSpecs));
  });

  it.each(MARK_TYPES)('a %s mark renders no element or attribute its benign form lacks, whatever its attributes hold', (type) => {
    expectAllSafe(type, markedBlock, attrNames(type, markSpecs));
  });

  it('prints a prompt whose question is an element spec as nothing, and its text as text', () => {
    const html = render([{ type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: SCRIPT }], hint: '<b>bold?</b>' } }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;b&gt;bold?&lt;/b&gt;');
  });
});
