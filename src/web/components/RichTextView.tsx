import { Box, Table, Text } from '@mantine/core';
import { diffWordsWithSpace } from 'diff';
import type { ReactNode } from 'react';
import { DiffText } from './DiffText.tsx';
import { htmlToText, parseSectionHtml, type ParagraphBlock, type Run } from '../../core/consolidation/html.ts';

function runNode(r: Run, i: number): ReactNode {
  if (r.break) return <br key={i} />;
  let node: ReactNode = r.text;
  if (r.underline) node = <u>{node}</u>;
  if (r.italic) node = <em>{node}</em>;
  if (r.bold) node = <strong>{node}</strong>;
  return <span key={i}>{node}</span>;
}

function paragraphNode(p: ParagraphBlock, key: number): ReactNode {
  const runs = p.runs.map(runNode);
  const marker = p.list ? (p.list.ordered ? `${p.list.index}. ` : '• ') : '';
  const indent = p.list ? `${1.2 * (p.list.depth + 1)}em` : undefined;
  if (p.style === 'h3' || p.style === 'h4') {
    return (
      <Text key={key} fw={700} fs={p.style === 'h4' ? 'italic' : undefined} mt={6} mb={4}>
        {runs}
      </Text>
    );
  }
  return (
    <Text key={key} size="sm" mb={6} pl={indent} fs={p.style === 'quote' ? 'italic' : undefined} style={p.list ? { textIndent: '-1em' } : undefined}>
      {marker}
      {runs}
    </Text>
  );
}

/**
 * A section's restricted HTML shown without `innerHTML`: parsed by the same
 * code as the Word export (core/consolidation/html.ts) and drawn as React
 * elements, so nothing a unit typed can run in the coordinator's browser.
 */
export function RichTextView({ html, empty = 'Chưa có nội dung.' }: { html: string; empty?: string }) {
  const blocks = parseSectionHtml(html);
  if (blocks.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {empty}
      </Text>
    );
  }
  return (
    <Box className="rich-text" style={{ overflowWrap: 'anywhere' }}>
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          paragraphNode(b, i)
        ) : (
          <Table key={i} withTableBorder withColumnBorders fz="sm" mb="xs">
            <Table.Tbody>
              {b.rows.map((r, ri) => (
                <Table.Tr key={ri}>
                  {r.cells.map((c, ci) => {
                    const Cell = r.header ? Table.Th : Table.Td;
                    return <Cell key={ci}>{c.map((p, pi) => paragraphNode(p, pi))}</Cell>;
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ),
      )}
    </Box>
  );
}

/**
 * What changed between two versions of a section, word by word, on their
 * plain text: removed words struck through in red, added ones underlined in
 * green (<del>/<ins>, which screen readers announce).
 */
export function RichTextDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWordsWithSpace(htmlToText(before), htmlToText(after));
  if (parts.every((p) => !p.added && !p.removed)) {
    return (
      <Text size="sm" c="dimmed">
        Hai bản giống nhau.
      </Text>
    );
  }
  return (
    <DiffText parts={parts} testId="section-diff" />
  );
}
