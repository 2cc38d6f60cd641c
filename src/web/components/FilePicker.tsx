import { Button, Group, Input, Text } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { formatBytes } from '../lib/format.ts';

/**
 * A native file input with a label: phones open their own picker, tests set
 * files on it by its label. The browser draws the input's own button in its
 * own language ("Choose Files" in an English browser), so the input is kept
 * out of sight and a Vietnamese button opens it; the chosen files are named
 * beside it.
 */
export function FilePicker({
  label,
  description,
  accept,
  multiple = false,
  files,
  onChange,
  disabled,
}: {
  label: string;
  description?: string;
  accept?: string;
  multiple?: boolean;
  files: File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The browser keeps the chosen file in the element; clear it when the form is reset.
  useEffect(() => {
    if (files.length === 0 && input.current) input.current.value = '';
  }, [files.length]);
  const none = multiple ? 'Chưa chọn tệp nào' : 'Chưa chọn tệp';
  return (
    <Input.Wrapper label={label} description={description} labelProps={{ htmlFor: id, id: `${id}-label` }}>
      <input
        id={id}
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        tabIndex={-1}
        style={VISUALLY_HIDDEN}
        onChange={(e) => onChange(Array.from(e.currentTarget.files ?? []))}
      />
      <Group gap="xs" mt={4} wrap="nowrap" align="center">
        <Button variant="default" size="xs" disabled={disabled} aria-describedby={`${id}-label`} onClick={() => input.current?.click()} style={{ flexShrink: 0 }}>
          Chọn tệp…
        </Button>
        <Text size="sm" c={files.length ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
          {files.length ? files.map((f) => `${f.name} (${formatBytes(f.size)})`).join('; ') : none}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}

/** Out of sight but still in the page (a hidden input could not be given files by tests or the button). */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 } as const;
