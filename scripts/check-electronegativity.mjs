// `npm run check:shell`: Doyensec's electronegativity over electron/. Fails on any finding of MEDIUM severity or higher that
// is not suppressed, and on any file it could not parse (a file it did not read is a file it did not check).
// Suppressions live in the source as `eng-disable CHECK_ID` comments, each beside its reason; none are listed here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
// The tool downloads translations (and Electron's release list) with `got` on every run. A privacy check should not
// phone home, and there is no network here anyway: its `got` answers every request with a refusal, and it falls back
// to the English texts it ships.
toolRequire.cache[toolRequire.resolve('got')] = { exports: () => Promise.reject(new Error('offline by design')) };
const electronegativity = toolRequire('@doyensec/electronegativity');

const { values } = parseArgs({ options: { input: { type: 'string' } } });
const input = path.resolve(root, values.input ?? 'electron');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron;

/** Checks that cannot work offline: this one fetches Electron's release list, and without a network it silently reports nothing. */
const skipped = ['AvailableSecurityFixesGlobalCheck'];

/**
 * A global finding no comment can suppress. "No CSP detected": the tool looks for a CSP set through session.webRequest or an
 * HTML meta tag, but ours travels as a response header from the app:// protocol handler (electron/main/rendererFileHandler.ts)
 * and from the browser host, both built from electron/shell/contentSecurityPolicy.ts and tested there and end to end.
 * Only the "none found" form is accepted; a CSP the tool finds and judges weak still fails.
 */
const acceptedGlobal = (issue) => issue.id === 'CSP_GLOBAL_CHECK' && issue.file === 'N/A';

const MEDIUM = 2;

const { issues, errors } = await electronegativity(
  { input, electronVersionOverride: electronVersion, isRelative: true, excludeFromScan: skipped },
  false,
);

const unreadable = errors.filter((error) => !error.tolerable);
const blocking = issues.filter((issue) => issue.severity.value >= MEDIUM && !acceptedGlobal(issue));
const review = issues.filter((issue) => issue.severity.value < MEDIUM);

const describe = (issue) =>
  `${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line} ${issue.description}`;
for (const issue of review) process.stdout.write(`review: ${describe(issue)}\n`);
for (const error of unreadable) console.error(`could not parse ${error.file}: ${error.message}`);
for (const issue of blocking) console.error(`blocking: ${describe(issue)}`);
process.stdout.write(
  `electronegativity ${electronVersion}: ${blocking.length} blocking finding(s), ${unreadable.length} unparsed file(s), ${review.length} for review, in ${path.relative(root, input) || '.'}\n`,
);
process.exitCode = blocking.length > 0 || unreadable.length > 0 ? 1 : 0;
