// The entry's word count and, for a guided entry, how many prompts are answered: recounted a moment after typing pauses rather
// than on every keystroke (each is a whole-document walk).
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { promptAnswers, type Doc, type PromptProgress } from '../../../contract';

const RECOUNT_AFTER_MS = 250;

interface EntryCounts {
  words: number;
  /** Null for an entry without prompts. */
  progress: PromptProgress | null;
}

function countsOf(editor: Editor): EntryCounts {
  const answers = promptAnswers(editor.getJSON() as Doc);
  return { words: editor.storage.characterCount.words(), progress: answers && { prompts: answers.prompts, answered: answers.answered } };
}

export function useEntryCounts(editor: Editor): EntryCounts {
  const [counts, setCounts] = useState(() => countsOf(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setCounts(countsOf(editor)), RECOUNT_AFTER_MS);
    };
    editor.on('update', recount);
    return () => {
      clearTimeout(timer);
      editor.off('update', recount);
    };
  }, [editor]);
  return counts;
}
