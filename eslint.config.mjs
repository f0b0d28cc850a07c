// Lint rules, including the layering rule that keeps core, contract, shells and renderer honest (DESIGN.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (...groups) => ({ 'no-restricted-imports': ['error', { patterns: groups }] });
const electron = { regex: '^electron(/.*)?$', message: 'Only electron/main and electron/preload may import Electron.' };
const renderer = { group: ['**/renderer/**'], message: 'Nothing outside the renderer imports the renderer.' };
const shells = { group: ['**/main/**', '**/web/**', '**/preload/**', '!**/contract/**'], message: 'core and contract never depend on the shells.' };
const nodeIo = { regex: '^(node:.*|fs|path|os|child_process|better-sqlite3-multiple-ciphers|@node-rs/.*)$', message: 'The contract holds types and schemas only: no I/O.' };
const outsideContract = {
  regex: '(/electron/(core|main|web|preload)(/|$)|^electron(/.*)?$|^node:|^better-sqlite3|^@node-rs/)',
  message: 'The renderer talks to core only through electron/contract (types and schemas) and its api/ client.',
};
const preloadOnly = { regex: '(/(core|web)(/|$)|^zod$|^@tiptap/|^react)', message: 'A sandboxed preload holds contextBridge + ipcRenderer and the method names; nothing else.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['electron/contract/**'], rules: forbid(electron, renderer, shells, nodeIo, { group: ['**/core/**'], message: 'The contract does not depend on core.' }) },
  { files: ['electron/core/**'], rules: forbid(electron, renderer, shells) },
  { files: ['electron/web/**'], rules: forbid(electron, renderer, { group: ['**/main/**', '**/preload/**'], message: 'The web host is a thin adapter over core.' }) },
  { files: ['electron/main/**'], rules: forbid(renderer, { group: ['**/web/**'], message: 'main and web are separate shells.' }) },
  { files: ['electron/preload/**'], rules: forbid(renderer, preloadOnly) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error', ...forbid(outsideContract) },
  },
);
