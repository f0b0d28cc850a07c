// The editor's schema, shared by the renderer's editor and core's HTML export so both read documents alike.
import type { AnyExtension } from '@tiptap/core';
import Highlight from '@tiptap/extension-highlight';
import { TaskList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { PictureNode } from './pictureNode';
import { PromptNode } from './promptNode';
import { SafeLink } from './safeLink';
import { IdentifiedTaskItem } from './taskItemId';

/** Schema-bearing extensions only; editor-only behaviour (placeholder, typography, counts) is added by the renderer. */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({ link: false }),
    SafeLink,
    Highlight,
    PictureNode,
    TaskList,
    IdentifiedTaskItem.configure({ nested: true }),
    PromptNode,
  ];
}
