import { Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { TreeNode } from '../../../core/org/tree.ts';
import type { UnitRow } from '../../lib/types.ts';

interface TreeProps {
  nodes: TreeNode<UnitRow>[];
  /** When set, only these units and their ancestors show, all expanded. */
  visible: ReadonlySet<string> | null;
  selectedId: string | null;
  onSelect: (unit: UnitRow) => void;
  /** Accessible name of the tree, when a screen shows more than one. */
  label?: string;
  /** A short tag after some units' names ("mới", "kết thúc"). */
  marks?: ReadonlyMap<string, { text: string; color: string }>;
}

function shows(node: TreeNode<UnitRow>, visible: ReadonlySet<string> | null): boolean {
  return !visible || visible.has(node.unit.id) || node.children.some((c) => shows(c, visible));
}

function Node({ node, depth, visible, selectedId, onSelect, path, marks }: { node: TreeNode<UnitRow>; depth: number; path: ReadonlySet<string> } & Omit<TreeProps, 'nodes' | 'label'>) {
  const [open, setOpen] = useState(depth < 1);
  const onPath = path.has(node.unit.id);
  // A unit chosen elsewhere (just created, say) shows: its ancestors open.
  useEffect(() => {
    if (onPath) setOpen(true);
  }, [onPath, selectedId]);
  const children = node.children.filter((c) => shows(c, visible));
  const expanded = visible ? true : open;
  const selected = node.unit.id === selectedId;
  const mark = marks?.get(node.unit.id);
  return (
    <li role="treeitem" aria-expanded={children.length ? expanded : undefined} aria-selected={selected} aria-label={node.unit.name}>
      <Group gap={2} wrap="nowrap" pl={depth * 16}>
        {children.length ? (
          <UnstyledButton onClick={() => setOpen(!open)} aria-label={expanded ? `Thu gọn ${node.unit.name}` : `Mở ${node.unit.name}`} p={2} style={{ display: 'flex' }}>
            {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </UnstyledButton>
        ) : (
          <Box w={20} />
        )}
        <UnstyledButton onClick={() => onSelect(node.unit)} px={6} py={3} style={{ borderRadius: 4, flex: 1, minWidth: 0 }} bg={selected ? 'red.0' : undefined}>
          <Text size="sm" fw={selected || (visible?.has(node.unit.id) ?? false) ? 600 : 400} truncate="end">
            {node.unit.name}
            {node.children.length > 0 && (
              <Text span size="xs" c="dimmed" aria-hidden="true">
                {' '}
                ({node.children.length})
              </Text>
            )}
            {mark && (
              <Badge component="span" size="xs" variant="light" color={mark.color} tt="none" ml={6}>
                {mark.text}
              </Badge>
            )}
          </Text>
        </UnstyledButton>
      </Group>
      {expanded && children.length > 0 && (
        <ul role="group" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {children.map((c) => (
            <Node key={c.unit.id} node={c} depth={depth + 1} visible={visible} selectedId={selectedId} onSelect={onSelect} path={path} marks={marks} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Ids of the selected unit's ancestors. */
function ancestorsOf(nodes: TreeNode<UnitRow>[], id: string | null): Set<string> {
  const parent = new Map<string, string | null>();
  const walk = (list: TreeNode<UnitRow>[]) => {
    for (const n of list) {
      parent.set(n.unit.id, n.unit.parentId);
      walk(n.children);
    }
  };
  walk(nodes);
  const out = new Set<string>();
  for (let p = id ? (parent.get(id) ?? null) : null; p && !out.has(p); p = parent.get(p) ?? null) out.add(p);
  return out;
}

/** The organisation tree; children in registry order. */
export function UnitTree({ nodes, visible, selectedId, onSelect, label = 'Cây đơn vị', marks }: TreeProps) {
  const path = useMemo(() => ancestorsOf(nodes, selectedId), [nodes, selectedId]);
  const roots = nodes.filter((n) => shows(n, visible));
  if (roots.length === 0) return <Text c="dimmed">Không có đơn vị nào phù hợp.</Text>;
  return (
    <ul role="tree" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {roots.map((n) => (
        <Node key={n.unit.id} node={n} depth={0} visible={visible} selectedId={selectedId} onSelect={onSelect} path={path} marks={marks} />
      ))}
    </ul>
  );
}
