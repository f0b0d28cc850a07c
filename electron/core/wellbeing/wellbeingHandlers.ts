// Contract handlers for wellbeing.* methods.
import type { HandlerMap } from '../dispatch/handler';
import type { wellbeingMethodNames } from '../../contract/wellbeing/names';
import { recordSupportNoteShown, supportNoteDue } from './supportNote';

export const wellbeingHandlers: HandlerMap<(typeof wellbeingMethodNames)[number]> = {
  'wellbeing.supportNoteDue': (_input, { vault }) => ({ due: supportNoteDue(vault.database()) }),
  'wellbeing.recordSupportNoteShown': (_input, { vault }) => {
    recordSupportNoteShown(vault.database());
    return {};
  },
};
