// The layering rule (VS Code's code-layering, as an allowlist): every import must name a layer or package its own layer lists.
import { statSync } from 'node:fs';
import path from 'node:path';
import { layers } from './layers.mjs';

const root = path.resolve(import.meta.dirname, '..');
const extensions = ['.ts', '.tsx', '.mts', '.mjs', '.d.ts'];

/** Repository-relative path without extension (and an import's `?raw` suffix), directories resolved to their index. */
function modulePath(absolute) {
  const bare = absolute.replace(/\?.*$/, '');
  const candidates = [bare, ...extensions.map((ext) => bare + ext), ...extensions.map((ext) => path.join(bare, 'index' + ext))];
  const found = candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? bare;
  return path
    .relative(root, found)
    .split(path.sep)
    .join('/')
    .replace(/(\.d)?\.(ts|tsx|mts|mjs|js)$/, '');
}

export const layerOf = (relative) => layers.find((layer) => layer.files.some((pattern) => pattern.test(relative)));

function packageName(source) {
  if (source.startsWith('node:')) return source;
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const matches = (name, pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  return node.type === 'ImportDeclaration' && node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers and packages it lists (eslint/layers.mjs).' },
    messages: {
      layer: "{{from}} may not import {{to}} ('{{source}}'). {{why}}",
      package: "{{from}} may not import the package '{{name}}'. {{why}} To allow it, list it for {{from}} in eslint/layers.mjs.",
      unknown: 'This file is in no layer of eslint/layers.mjs; add its folder there.',
    },
    schema: [],
  },
  create(context) {
    const file = modulePath(context.filename);
    const from = layerOf(file);
    function check(node, sourceNode) {
      if (!sourceNode || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      if (source.startsWith('.')) {
        const target = modulePath(path.resolve(path.dirname(context.filename), source));
        const to = layerOf(target);
        const allowed = [...from.layers, ...(isTypeOnly(node) ? (from.typeLayers ?? []) : [])];
        if (!to || !allowed.includes(to.name))
          context.report({
            node: sourceNode,
            messageId: 'layer',
            data: { from: from.name, to: to?.name ?? target, source, why: from.why },
          });
        return;
      }
      const name = packageName(source);
      if (!from.packages.some((pattern) => matches(name, pattern)))
        context.report({ node: sourceNode, messageId: 'package', data: { from: from.name, name, why: from.why } });
    }
    if (!from) return { Program: (node) => context.report({ node, messageId: 'unknown' }) };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check({ importKind: 'type' }, node.argument?.literal ?? node.argument),
    };
  },
};

export const layering = { rules: { 'allowed-imports': rule } };
