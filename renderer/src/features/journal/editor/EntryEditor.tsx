// One open entry: date, title and body, each change handed to the entry's autosaver.
import { Selection } from '@tiptap/pm/state';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { Doc, Entry } from '../../../contract';
import type { EntrySaver } from './entrySaver';
import { firstPromptPos, toAnswerSpace } from './answerSpace';
import { editorExtensions } from './extensions';
import { focusFirstAnswer } from './focusFirstAnswer';
import { MoodCheck } from './MoodCheck';
import { SaveIndicator } from './SaveIndicator';
import { filesOf, insertPictures } from './pictures/insertPictures';
import { Toolbar } from './Toolbar';
import { EntryMeta } from './EntryMeta';
import { useSearchHighlight } from './useSearchHighlight';
import { useEntryCounts } from './useEntryCounts';
import { useTemplateName } from '../../templates/useTemplates';

interface EntryEditorProps {
  entry: Entry;
  saver: EntrySaver;
  focusTitle: boolean;
  onTrash: () => void;
  onKeepMine: () => void;
  /** Entries from a template with a mood check also ask at the start. */
  moodCheck: boolean;
  onSaveAsTemplate: (title: string, doc: Doc) => void;
  /** Called once a closing mood is stored, so the app can notice a run of very low ones. */
  onMoodSaved: () => void;
  onExport: () => void;
  /** Opened from search: these matches are marked until the first edit, and the first is scrolled into view. */
  highlight?: string | null;
}

export function EntryEditor({
  entry,
  saver,
  focusTitle,
  onTrash,
  onKeepMine,
  moodCheck,
  onSaveAsTemplate,
  onMoodSaved,
  onExport,
  highlight,
}: EntryEditorProps) {
  const [title, setTitle] = useState(entry.title);
  const [entryDate, setEntryDate] = useState(entry.entryDate);
  const [moodBefore, setMoodBefore] = useState(entry.moodBefore);
  const [mood, setMood] = useState(entry.mood);
  const [pictureProblem, setPictureProblem] = useState<string | null>(null);
  const templateName = useTemplateName()(entry.templateId);
  const editor = useEditor({
    extensions: editorExtensions,
    content: entry.doc,
    editorProps: {
      attributes: { class: 'writing', 'aria-label': 'Entry text' },
      // Pasted or dropped files go into the journal as pictures; text and HTML paste as usual.
      handlePaste: (_view, event) => addFiles(filesOf(event.clipboardData)),
      handleDrop: (view, event) =>
        addFiles(filesOf((event as DragEvent).dataTransfer), view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos),
    },
    // The document is immutable: keeping this one costs nothing, and it is serialised only when the saver sends it.
    onUpdate: ({ editor: e }) => {
      const doc = e.state.doc;
      saver.docChanged(() => doc.toJSON() as Doc);
    },
    onBlur: () => void saver.flush(),
  });
  function addFiles(files: File[], at?: number): boolean {
    if (files.length === 0) return false;
    setPictureProblem(null);
    void insertPictures(editor, files, at).then(setPictureProblem);
    return true;
  }

  // A new entry from a template starts in its first answer (its title is optional); a blank one starts at its title.
  const startInWriting = focusTitle && entry.templateId !== null;
  useEffect(() => {
    if (startInWriting) focusFirstAnswer(editor);
  }, [startInWriting, editor]);
  useSearchHighlight(editor, highlight);
  const { words, progress } = useEntryCounts(editor);

  function changeDate(value: string) {
    setEntryDate(value);
    // An emptied or half-typed date is not saved; the last valid one stays.
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) saver.change({ entryDate: value });
  }

  function changeMood(value: number | null) {
    setMood(value);
    saver.change({ mood: value });
    void saver.flush().then((saved) => saved && value !== null && onMoodSaved());
  }

  /** Enter in the title goes on to the first answer space (never onto a prompt, where typing would replace it). */
  function titleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const { view } = editor;
    const prompt = firstPromptPos(view.state.doc);
    const { tr } = view.state;
    view.dispatch((prompt === null ? tr.setSelection(Selection.atStart(tr.doc)) : toAnswerSpace(tr, prompt)).scrollIntoView());
    // Focused at once (Tiptap's focus command waits a frame), so the next key typed lands here and not in the title.
    view.focus();
  }

  return (
    // The id tells one open entry from the next of the same template, which look alike until written in (tests wait on it).
    <article className="editor-pane" data-entry-id={entry.id}>
      <header className="editor-header">
        <input
          className="date-input"
          type="date"
          aria-label="Date"
          value={entryDate}
          required
          onChange={(event) => changeDate(event.target.value)}
          onBlur={() => void saver.flush()}
        />
        {templateName && <span className="entry-template">{templateName}</span>}
        <SaveIndicator saver={saver} onKeepMine={onKeepMine} />
        <button type="button" className="button button-quiet button-small" onClick={onExport}>
          Export…
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onSaveAsTemplate(title, editor.getJSON() as Doc)}>
          Save as template
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onTrash}>
          Move to Trash
        </button>
      </header>
      <div className="editor-body">
        <input
          className="title-input"
          aria-label="Title"
          placeholder={templateName ?? 'Untitled'}
          value={title}
          autoFocus={focusTitle && !startInWriting}
          maxLength={500}
          onChange={(event) => {
            setTitle(event.target.value);
            saver.change({ title: event.target.value });
          }}
          onKeyDown={titleKeyDown}
          onBlur={() => void saver.flush()}
        />
        <EntryMeta entry={entry} />
        {moodCheck && (
          <MoodCheck
            question="Before you begin: how are you feeling?"
            value={moodBefore}
            onChange={(value) => {
              setMoodBefore(value);
              saver.change({ moodBefore: value });
            }}
          />
        )}
        <Toolbar editor={editor} onPictureProblem={setPictureProblem} />
        {pictureProblem && (
          <p className="error-message picture-problem" role="alert">
            {pictureProblem}
          </p>
        )}
        <EditorContent editor={editor} className="writing-frame" />
        <MoodCheck question={moodCheck ? 'And now, how are you feeling?' : 'How are you feeling?'} value={mood} onChange={changeMood} />
      </div>
      <footer className="editor-footer">
        {progress && (
          <span data-testid="prompt-progress">
            {progress.answered} of {progress.prompts} answered ·{' '}
          </span>
        )}
        {words === 1 ? '1 word' : `${words.toLocaleString()} words`}
      </footer>
    </article>
  );
}
