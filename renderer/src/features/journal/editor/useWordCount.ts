// The entry's word count, recounted a moment after typing pauses rather than on every keystroke (a whole-document walk).
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

const RECOUNT_AFTER_MS = 250;

export function useWordCount(editor: Editor): number {
  const [words, setWords] = useState(() => editor.storage.characterCount.words());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWords(editor.storage.characterCount.words()), RECOUNT_AFTER_MS);
    };
    editor.on('update', recount);
    return () => {
      clearTimeout(timer);
      editor.off('update', recount);
    };
  }, [editor]);
  return words;
}
