// Keeps a selected prompt safe: typing, pasting or Enter on it goes into the answer space under it. Only Backspace/Delete
// (undoable) or the prompt's own × remove it. An entry also opens with the cursor under its first prompt, not on it.
import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { answerSpaceSelection, firstPromptPos, selectedPrompt, toAnswerSpace } from './answerSpace';

export const PromptGuard = Extension.create({
  name: 'promptGuard',

  onCreate() {
    // A document that starts with a prompt opens with that prompt node-selected, so the first key typed would replace it.
    const { state, view } = this.editor;
    const first = firstPromptPos(state.doc);
    const cursor = first === null ? null : answerSpaceSelection(state.doc, first);
    if (selectedPrompt(state) !== null && cursor) view.dispatch(state.tr.setSelection(cursor).setMeta('addToHistory', false));
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleKeyDown(view, event) {
            const prompt = selectedPrompt(view.state);
            if (prompt === null || event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return false;
            view.dispatch(toAnswerSpace(view.state.tr, prompt).scrollIntoView());
            return true;
          },
          handleTextInput(view, _from, _to, text) {
            const prompt = selectedPrompt(view.state);
            if (prompt === null) return false;
            const tr = toAnswerSpace(view.state.tr, prompt);
            view.dispatch(tr.insertText(text, tr.selection.from).scrollIntoView());
            return true;
          },
          handlePaste(view, _event, slice) {
            const prompt = selectedPrompt(view.state);
            if (prompt === null) return false;
            view.dispatch(toAnswerSpace(view.state.tr, prompt).replaceSelection(slice).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
