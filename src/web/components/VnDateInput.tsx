import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { parseVnDate, type CivilDate } from '../../core/civil-date.ts';
import { formatDate } from '../lib/format.ts';

/**
 * A date typed as dd/mm/yyyy, the way offices write it. Plain text rather than
 * a calendar popup: typing "31/12/2019" is faster than paging back six years,
 * and it works the same on every phone.
 */
export function VnDateInput({
  value,
  onChange,
  ...props
}: { value: CivilDate | null; onChange: (value: CivilDate | null) => void } & Omit<TextInputProps, 'value' | 'onChange'>) {
  const [text, setText] = useState(formatDate(value, ''));
  const [invalid, setInvalid] = useState(false);
  // Follow outside changes (a reload, a reset) unless the field holds the same day.
  useEffect(() => {
    setText((current) => (parseVnDate(current) === value ? current : formatDate(value, '')));
    setInvalid(false);
  }, [value]);
  const change = (next: string) => {
    setText(next);
    if (!next.trim()) {
      setInvalid(false);
      onChange(null);
      return;
    }
    const parsed = parseVnDate(next);
    setInvalid(!parsed);
    if (parsed) onChange(parsed);
  };
  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(e) => change(e.currentTarget.value)}
      error={invalid ? 'Ngày không hợp lệ (dd/mm/yyyy).' : props.error}
    />
  );
}
