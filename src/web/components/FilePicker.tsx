import { Input } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { formatBytes } from '../lib/format.ts';

/**
 * A native file input with a label: phones open their own picker, tests set
 * files on it by its label, and screen readers announce it like any field.
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
  return (
    <Input.Wrapper label={label} description={description} labelProps={{ htmlFor: id }}>
      <input
        id={id}
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
        onChange={(e) => onChange(Array.from(e.currentTarget.files ?? []))}
      />
      {files.length > 0 && (
        <Input.Description mt={4}>
          {files.map((f) => `${f.name} (${formatBytes(f.size)})`).join('; ')}
        </Input.Description>
      )}
    </Input.Wrapper>
  );
}
