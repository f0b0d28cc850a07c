// Where the browser host's Bearer token comes from: AFTERWORD_TOKEN (private to this user), the old --token flag, or chance.
import { randomBytes } from 'node:crypto';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

export const TOKEN_FLAG_WARNING =
  'Warning: --token is visible to every user of this computer (in the process list). Set the AFTERWORD_TOKEN environment variable instead.\n';

/** The token, and a warning to print when it came from the command line. Throws when AFTERWORD_TOKEN is malformed. */
export function chooseToken(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { token: string; warning: string | null } {
  const fromEnv = env.AFTERWORD_TOKEN;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!TOKEN_PATTERN.test(fromEnv)) throw new Error('AFTERWORD_TOKEN must be 16 to 256 characters of letters, digits, "-" or "_".');
    return { token: fromEnv, warning: null };
  }
  if (flag !== undefined) return { token: flag, warning: TOKEN_FLAG_WARNING };
  return { token: randomBytes(24).toString('base64url'), warning: null };
}
