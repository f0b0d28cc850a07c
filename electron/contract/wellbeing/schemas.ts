// Input and output schemas of wellbeing.* methods: the one-time note about support after a run of very low moods.
import { z } from 'zod';
import { none, ok } from '../shared';

export const wellbeingMethods = {
  /** True when the most recent rated entries all ended at the lowest mood and the note has never been shown. */
  'wellbeing.supportNoteDue': { input: none, output: z.object({ due: z.boolean() }) },
  'wellbeing.recordSupportNoteShown': { input: none, output: ok },
};
