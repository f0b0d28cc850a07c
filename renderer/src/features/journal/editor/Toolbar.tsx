// A small formatting toolbar; its buttons show which marks and blocks are active at the cursor.
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useRef, type ReactNode } from 'react';
import { acceptFor } from '../../../contract';
import { insertPictures } from './pictures/insertPictures';
import { BoldIcon, BulletListIcon, ChecklistIcon, HeadingIcon, HighlightIcon, ItalicIcon, PictureIcon, QuoteIcon } from './toolIcons';

interface Tool {
  label: string;
  icon: ReactNode;
  /** Block tools sit a little apart from the inline marks. */
  startsGroup?: boolean;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const TOOLS: Tool[] = [
  { label: 'Bold', icon: <BoldIcon />, isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', icon: <ItalicIcon />, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    label: 'Highlight',
    icon: <HighlightIcon />,
    isActive: (e) => e.isActive('highlight'),
    run: (e) => e.chain().focus().toggleHighlight().run(),
  },
  {
    label: 'Heading',
    icon: <HeadingIcon />,
    startsGroup: true,
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'Bulleted list',
    icon: <BulletListIcon />,
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Checklist',
    icon: <ChecklistIcon />,
    isActive: (e) => e.isActive('taskList'),
    run: (e) => e.chain().focus().toggleTaskList().run(),
  },
  {
    label: 'Quote',
    icon: <QuoteIcon />,
    isActive: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

/** "Add a picture": the file picker; the pictures go in at the cursor. */
function PictureButton({ editor, onProblem }: { editor: Editor; onProblem: (message: string | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="tool tool-group-start"
        aria-label="Add a picture"
        title="Add a picture"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => input.current?.click()}
      >
        <PictureIcon />
      </button>
      <input
        ref={input}
        type="file"
        accept={acceptFor('attachments.put')}
        multiple
        hidden
        aria-label="Picture to add"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          onProblem(null);
          if (files.length) void insertPictures(editor, files).then(onProblem);
        }}
      />
    </>
  );
}

export function Toolbar({ editor, onPictureProblem }: { editor: Editor; onPictureProblem: (message: string | null) => void }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => TOOLS.map((tool) => tool.isActive(e)) });
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {TOOLS.map((tool, index) => (
        <button
          key={tool.label}
          type="button"
          className={tool.startsGroup ? 'tool tool-group-start' : 'tool'}
          aria-label={tool.label}
          title={tool.label}
          aria-pressed={active[index] ?? false}
          // Keep the editor's selection: a mousedown on the button would otherwise blur it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          {tool.icon}
        </button>
      ))}
      <PictureButton editor={editor} onProblem={onPictureProblem} />
    </div>
  );
}
