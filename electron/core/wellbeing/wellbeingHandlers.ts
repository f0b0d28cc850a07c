// Contract handlers for wellbeing.* methods.
import type { HandlerMap } from '../dispatch/handler';
import { recordSupportNoteShown, supportNoteDue } from './supportNote';

export const wellbeingHandlers: HandlerMap<'wellbeing.supportNoteDue' | 'wellbeing.recordSupportNoteShown'> = {
  'wellbeing.supportNoteDue': (_input, { vault }) => ({ due: supportNoteDue(vault.database()) }),
  'wellbeing.recordSupportNoteShown': (_input, { vault }) => {
    recordSupportNoteShown(vault.database());
    return {};
  },
};
