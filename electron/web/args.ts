// Command-line flags of the browser host: --data DIR --port N --no-open [--token T, deprecated] [--auto-lock-seconds N, --clock-file F (tests only)].
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/paths/defaultDataDir';
import { TOKEN_PATTERN } from './hostToken';

export interface HostArgs {
  dataDir: string;
  port: number;
  open: boolean;
  token?: string;
  rendererDir?: string;
  /** Test-only: lock after this many seconds without activity, overriding the auto-lock setting (docs/SECURITY.md). */
  autoLockSeconds?: number;
  /** Test-only: the writer's "now" is read from this file on every call (electron/web/clockFile.ts). */
  clockFile?: string;
}

export const usage =
  'Usage: [AFTERWORD_TOKEN=T] npm run web -- [--data DIR] [--port N] [--no-open] [--token T (visible to others: prefer AFTERWORD_TOKEN)] [--auto-lock-seconds N] [--clock-file FILE] (the last two for testing only)';

export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      token: { type: 'string' },
      renderer: { type: 'string' },
      'auto-lock-seconds': { type: 'string' },
      'clock-file': { type: 'string' },
    },
  });
  const port = values.port === undefined ? 5199 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  if (values.token !== undefined && !TOKEN_PATTERN.test(values.token)) {
    throw new Error('--token must be 16 to 256 characters of letters, digits, "-" or "_".');
  }
  const autoLock = values['auto-lock-seconds'];
  const autoLockSeconds = autoLock === undefined ? undefined : Number(autoLock);
  if (autoLockSeconds !== undefined && !(Number.isInteger(autoLockSeconds) && autoLockSeconds >= 1 && autoLockSeconds <= 86_400)) {
    throw new Error(`--auto-lock-seconds must be a whole number from 1 to 86400, not "${autoLock}".`);
  }
  return {
    dataDir: values.data ?? defaultDataDir(),
    port,
    open: !values['no-open'],
    token: values.token,
    rendererDir: values.renderer,
    autoLockSeconds,
    clockFile: values['clock-file'],
  };
}
