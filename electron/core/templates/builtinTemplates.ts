// The built-in templates, bundled into core at build time (static `?raw` imports work in Electron main, the web host and vitest alike).
import afterConversation from '../../../resources/templates/after-conversation.md?raw';
import apology from '../../../resources/templates/apology.md?raw';
import daily from '../../../resources/templates/daily.md?raw';
import empathy from '../../../resources/templates/empathy.md?raw';
import followThrough from '../../../resources/templates/follow-through.md?raw';
import postMortem from '../../../resources/templates/post-mortem.md?raw';
import whatWillBeDifferent from '../../../resources/templates/what-will-be-different.md?raw';
import { parseTemplateSource, type BuiltinTemplate } from './templateSource';

/** In the order the picker shows them. */
export const builtinTemplateSources: readonly string[] = [
  postMortem,
  empathy,
  whatWillBeDifferent,
  apology,
  afterConversation,
  followThrough,
  daily,
];

let parsed: readonly BuiltinTemplate[] | null = null;

/** Parsed once, on first use, so a mistake in a source fails a test rather than the import of core. */
export function builtinTemplates(): readonly BuiltinTemplate[] {
  parsed ??= builtinTemplateSources.map(parseTemplateSource);
  return parsed;
}
