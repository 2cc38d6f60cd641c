import { Box, Paper, Text, Title } from '@mantine/core';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { LineRange } from './draft-edit.ts';

export interface SourceFocus extends LineRange {
  /** Changes on every request, so asking for the same lines twice scrolls again. */
  seq: number;
}

/**
 * The original text, line by line, so a click on an assignment or a parser
 * warning can scroll to and highlight the lines it came from.
 */
function SourcePaneView({ text, name, focus }: { text: string; name: string; focus: SourceFocus | null }) {
  const lines = useMemo(() => text.split('\n'), [text]);
  const box = useRef<HTMLDivElement>(null);
  const pane = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = box.current;
    const line = focus ? container?.querySelector<HTMLElement>(`[data-line="${focus.start}"]`) : null;
    if (!container || !line) return;
    // Scroll the text inside its own box (scrollIntoView would also drag the
    // page and the fixed header along), then bring the box into sight when it
    // is off screen — on phones it sits below the whole draft.
    container.scrollTo({ top: Math.max(0, line.offsetTop - container.clientHeight / 3), behavior: 'smooth' });
    const rect = pane.current?.getBoundingClientRect();
    if (rect && (rect.top > window.innerHeight || rect.bottom < 0)) window.scrollTo({ top: rect.top + window.scrollY - 64, behavior: 'smooth' });
  }, [focus]);
  return (
    <Paper ref={pane} component="section" aria-label="Văn bản gốc" withBorder p="sm" className="source-pane">
      <Title order={3} size="h4" mb={4}>
        Văn bản gốc
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {name} — {lines.length} dòng
      </Text>
      <Box ref={box} className="source-lines" ff="monospace" fz="xs" data-testid="source-text">
        {lines.map((line, i) => {
          const on = !!focus && i >= focus.start && i <= focus.end;
          return (
            <div key={i} data-line={i} className={on ? 'source-line source-line-on' : 'source-line'}>
              <span className="source-line-no" aria-hidden="true">
                {i + 1}
              </span>
              <span className="preline">{line || ' '}</span>
            </div>
          );
        })}
      </Box>
    </Paper>
  );
}

export const SourcePane = memo(SourcePaneView);
