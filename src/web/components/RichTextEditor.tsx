import './RichTextEditor.css';
import { ActionIcon, Box, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconBold, IconH3, IconH4, IconItalic, IconList, IconListNumbers, IconPilcrow, IconUnderline } from '@tabler/icons-react';
import StarterKit from '@tiptap/starter-kit';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Only what the server keeps (src/core/consolidation/html.ts SECTION_TAGS)
 * and the Word export lays out: paragraphs, bold, italic, underline, lists,
 * headings h3/h4, line breaks. Links, code, strike-through, rules and quotes
 * are switched off rather than offered and then silently dropped on save.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    blockquote: false,
    link: false,
  }),
];

function ToolButton({ label, shortcut, active, disabled, onClick, children }: { label: string; shortcut?: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip label={shortcut ? `${label} (${shortcut})` : label} openDelay={500}>
      <ActionIcon
        variant={active ? 'filled' : 'subtle'}
        color={active ? 'red' : 'gray'}
        size="md"
        aria-label={label}
        aria-pressed={active ?? undefined}
        disabled={disabled}
        // Keep the editor's selection: a mousedown on the button would blur it first.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    // Marks light up only while editing: an unfocused editor has no selection worth showing.
    selector: ({ editor: e }) => ({
      focused: e.isFocused,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <Group gap={2} p={4} className="rte-toolbar" role="toolbar" aria-label="Định dạng văn bản">
      <ToolButton label="Chữ đậm" shortcut="Ctrl+B" active={state.focused && state.bold} onClick={() => chain().toggleBold().run()}>
        <IconBold size={16} />
      </ToolButton>
      <ToolButton label="Chữ nghiêng" shortcut="Ctrl+I" active={state.focused && state.italic} onClick={() => chain().toggleItalic().run()}>
        <IconItalic size={16} />
      </ToolButton>
      <ToolButton label="Gạch chân" shortcut="Ctrl+U" active={state.focused && state.underline} onClick={() => chain().toggleUnderline().run()}>
        <IconUnderline size={16} />
      </ToolButton>
      <ToolButton label="Danh sách gạch đầu dòng" active={state.focused && state.bullet} onClick={() => chain().toggleBulletList().run()}>
        <IconList size={16} />
      </ToolButton>
      <ToolButton label="Danh sách đánh số" active={state.focused && state.ordered} onClick={() => chain().toggleOrderedList().run()}>
        <IconListNumbers size={16} />
      </ToolButton>
      <ToolButton label="Tiêu đề mục" active={state.focused && state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        <IconH3 size={16} />
      </ToolButton>
      <ToolButton label="Tiêu đề tiểu mục" active={state.focused && state.h4} onClick={() => chain().toggleHeading({ level: 4 }).run()}>
        <IconH4 size={16} />
      </ToolButton>
      <ToolButton label="Đoạn văn thường" onClick={() => chain().setParagraph().run()}>
        <IconPilcrow size={16} />
      </ToolButton>
      <ToolButton label="Hoàn tác" shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        <IconArrowBackUp size={16} />
      </ToolButton>
      <ToolButton label="Làm lại" shortcut="Ctrl+Y" disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        <IconArrowForwardUp size={16} />
      </ToolButton>
    </Group>
  );
}

/**
 * A rich-text field for a section of a consolidated report (TipTap). The
 * initial HTML is read once: remount with a new `key` to load other text.
 * `onChange` fires on the user's edits only, never on loading, so an
 * untouched section is never sent back as "changed".
 */
export default function RichTextEditor({ initialHtml, onChange, label, readOnly = false }: { initialHtml: string; onChange: (html: string) => void; label: string; readOnly?: boolean }) {
  // Options stay the same objects across renders: TipTap compares them and would reconfigure the editor on every keystroke.
  const [content] = useState(initialHtml);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  const editor = useEditor({
    extensions: EXTENSIONS,
    content,
    editable: !readOnly,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'rte-content' },
    },
    onUpdate: ({ editor: e }) => changed.current(e.getHTML()),
  });
  return (
    <Box className="rte">
      {!readOnly && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </Box>
  );
}
