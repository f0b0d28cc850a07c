// wellbeing.* method names (dependency-free, for the preload).
export const wellbeingMethodNames = ['wellbeing.supportNoteDue', 'wellbeing.recordSupportNoteShown'] as const;
