// The layering allowlist refuses one planted violation per layer, and lets the same file's allowed imports through.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` (nothing is written), answering the layering rule's messages. */
async function layeringProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'layering/allowed-imports').map((message) => message.message);
}

const planted: Array<{ layer: string; file: string; violation: string; allowed: string }> = [
  { layer: 'contract', file: 'electron/contract/planted.ts', violation: "import 'playwright-core';", allowed: "import 'zod';" },
  {
    layer: 'contract',
    file: 'electron/contract/planted.ts',
    violation: "import { Vault } from '../core/vault/vault';",
    allowed: "import { methods } from './methods';",
  },
  {
    layer: 'contract names',
    file: 'electron/contract/entries/names.ts',
    violation: "import 'zod';",
    allowed: "import { vaultMethodNames } from '../vault/names';",
  },
  { layer: 'core', file: 'electron/core/planted.ts', violation: "import 'react';", allowed: "import 'node:fs';" },
  {
    layer: 'core',
    file: 'electron/core/planted.ts',
    violation: "import 'playwright-core';",
    allowed: "import { methods } from '../contract';",
  },
  {
    layer: 'core',
    file: 'electron/core/planted.ts',
    violation: "import { app } from 'electron';",
    allowed: "import 'better-sqlite3-multiple-ciphers';",
  },
  {
    layer: 'core',
    file: 'electron/core/planted.ts',
    violation: "import { securityHeaders } from '../web/securityHeaders';",
    allowed: "import { createJournal } from './journal';",
  },
  { layer: 'shell', file: 'electron/shell/planted.ts', violation: "import { app } from 'electron';", allowed: "import 'node:path';" },
  {
    layer: 'main',
    file: 'electron/main/planted.ts',
    violation: "import { serveStatic } from '../web/staticFiles';",
    allowed: "import { mimeTypeFor } from '../shell/mimeTypes';",
  },
  { layer: 'main', file: 'electron/main/planted.ts', violation: "import 'react';", allowed: "import { app } from 'electron';" },
  {
    layer: 'preload',
    file: 'electron/preload/planted.ts',
    violation: "import 'node:fs';",
    allowed: "import { contextBridge } from 'electron';",
  },
  {
    layer: 'preload',
    file: 'electron/preload/planted.ts',
    violation: "import { methods } from '../contract/methods';",
    allowed: "import { methodNames } from '../contract/methodNames';",
  },
  { layer: 'web', file: 'electron/web/planted.ts', violation: "import { app } from 'electron';", allowed: "import 'playwright-core';" },
  {
    layer: 'web',
    file: 'electron/web/planted.ts',
    violation: "import { createWindow } from '../main/window';",
    allowed: "import { fileInsideRoot } from '../shell/rendererPath';",
  },
  { layer: 'renderer', file: 'renderer/src/planted.ts', violation: "import 'playwright-core';", allowed: "import 'react';" },
  {
    layer: 'renderer',
    file: 'renderer/src/planted.ts',
    violation: "import { methods } from '../../electron/contract/methods';",
    allowed: "import type { Methods } from '../../electron/contract/methods';",
  },
  {
    layer: 'renderer',
    file: 'renderer/src/planted.ts',
    violation: "import 'zod';",
    allowed: "import { cachePolicies } from '../../electron/contract/cachePolicies';",
  },
  {
    layer: 'renderer',
    file: 'renderer/src/planted.ts',
    violation: "import { createJournal } from '../../electron/core/journal';",
    allowed: "import { api } from './api/client';",
  },
  {
    layer: 'tests',
    file: 'tests/unit/planted.test.ts',
    violation: "import 'react';",
    allowed: "import { createJournal } from '../../electron/core/journal';",
  },
  {
    layer: 'scripts',
    file: 'scripts/planted.mjs',
    violation: "import 'better-sqlite3-multiple-ciphers';",
    allowed: "import 'node:child_process';",
  },
  {
    layer: 'scripts',
    file: 'scripts/planted.mjs',
    violation: "import { createJournal } from '../electron/core/journal';",
    allowed: "import { defineConfig } from 'vite';",
  },
];

describe('layering allowlist', () => {
  it.each(planted)('$layer: refuses $violation', async ({ file, violation }) => {
    expect(await layeringProblems(file, `${violation}\n`)).toHaveLength(1);
  });

  it.each(planted)('$layer: allows $allowed', async ({ file, allowed }) => {
    expect(await layeringProblems(file, `${allowed}\n`)).toEqual([]);
  });

  it('names the layer, the import and where to allow a package', async () => {
    const [message] = await layeringProblems('electron/core/planted.ts', "import 'react';\n");
    expect(message).toContain("core may not import the package 'react'");
    expect(message).toContain('eslint/layers.mjs');
  });

  it('refuses a file in no layer', async () => {
    expect(await layeringProblems('unplaced/planted.ts', 'export const x = 1;\n')).toHaveLength(1);
  });
});
