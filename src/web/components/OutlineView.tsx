import { Accordion, Badge, Box, Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { OutlineItem, Section } from '../../core/document/types.ts';

function Paragraphs({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <>
      {paragraphs.map((p, i) => (
        <Text key={i} size="sm" style={{ textAlign: 'justify' }}>
          {p}
        </Text>
      ))}
    </>
  );
}

function ItemView({ item }: { item: OutlineItem }) {
  const [opened, { toggle }] = useDisclosure(false);
  const hasBody = item.paragraphs.length > 0 || item.points.length > 0;
  return (
    <Box>
      <UnstyledButton onClick={toggle} aria-expanded={opened} disabled={!hasBody} w="100%">
        <Group gap={6} wrap="nowrap" align="flex-start">
          {hasBody ? opened ? <IconChevronDown size={16} style={{ flexShrink: 0, marginTop: 3 }} /> : <IconChevronRight size={16} style={{ flexShrink: 0, marginTop: 3 }} /> : <Box w={16} />}
          <Text size="sm" fw={600}>
            {item.number}. {item.title}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <Stack gap={6} pl={22} pt={6}>
          <Paragraphs paragraphs={item.paragraphs} />
          {item.points.map((p) => (
            <Stack key={p.number} gap={4}>
              <Text size="sm" fw={500}>
                {p.number}) {p.title}
              </Text>
              <Paragraphs paragraphs={p.paragraphs} />
            </Stack>
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}

/** A plan's outline: sections (I, II…) → items (1, 2…) → points (a, b…), each collapsible. */
export function OutlineView({ sections, highlight }: { sections: readonly Section[]; highlight?: number | null }) {
  if (sections.length === 0) return <Text c="dimmed">Văn bản không có đề mục.</Text>;
  return (
    <Accordion multiple defaultValue={highlight != null ? [String(highlight)] : []} variant="separated">
      {sections.map((s, i) => (
        <Accordion.Item key={i} value={String(i)}>
          <Accordion.Control>
            <Group gap="xs" wrap="nowrap">
              <Text fw={600}>
                {s.number ? `${s.number}. ` : ''}
                {s.title}
              </Text>
              {highlight === i && (
                <Badge size="sm" variant="light" tt="none">
                  Nội dung chính
                </Badge>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Paragraphs paragraphs={s.paragraphs} />
              {s.items.map((item, k) => (
                <ItemView key={k} item={item} />
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
