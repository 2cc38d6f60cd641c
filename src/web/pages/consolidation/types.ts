/**
 * The consolidation API as the browser receives it (JSON: instants are ISO
 * strings). Content, tables and frame are core's public contract
 * (src/core/consolidation/types.ts) and arrive as they are stored.
 */
import { assertNever } from '../../../core/assert-never.ts';
import type { ConsolidationContent, ConsolidationKind, ConsolidationSnapshot, DocumentFrame, SignerPrefix } from '../../../core/consolidation/types.ts';

export interface ConsolidationView {
  id: string;
  plan: { id: string; number: string | null; title: string };
  kind: ConsolidationKind;
  periodFrom: string;
  periodTo: string;
  periodLabel: string;
  title: string;
  issuer: { id: string; name: string };
  content: ConsolidationContent;
  frame: DocumentFrame;
  staleSections: string[];
  versionCount: number;
  version: number;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  abilities: { edit: boolean };
}

export interface ConsolidationListItem {
  id: string;
  kind: ConsolidationKind;
  periodFrom: string;
  periodTo: string;
  periodLabel: string;
  title: string;
  issuerName: string;
  staleSections: number;
  versionCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface VersionListItem {
  number: number;
  note: string | null;
  createdAt: string;
  createdByName: string;
}

export interface VersionView extends VersionListItem {
  title: string;
  content: ConsolidationSnapshot;
  frame: DocumentFrame;
}

export interface DocxTemplate {
  id: string;
  name: string;
  ownerUnitId: string;
  ownerName: string;
  createdAt: string;
}

export const consolidationKeys = {
  list: (planId: string) => ['consolidations', 'list', planId] as const,
  one: (id: string) => ['consolidations', 'one', id] as const,
  versions: (id: string) => ['consolidations', 'versions', id] as const,
  version: (id: string, n: number) => ['consolidations', 'versions', id, n] as const,
  templates: ['consolidations', 'templates'] as const,
};

export function kindLabel(kind: ConsolidationKind): string {
  switch (kind) {
    case 'period':
      return 'Báo cáo định kỳ';
    case 'so-ket':
      return 'Sơ kết';
    case 'tong-ket':
      return 'Tổng kết';
    default:
      return assertNever(kind, 'loại báo cáo tổng hợp');
  }
}

export function signerPrefixLabel(prefix: SignerPrefix): string {
  switch (prefix) {
    case 'T/M':
      return 'T/M — thay mặt tập thể';
    case 'K/T':
      return 'K/T — ký thay người đứng đầu';
    case 'T/L':
      return 'T/L — thừa lệnh';
    case 'none':
      return 'Người đứng đầu ký trực tiếp';
    default:
      return assertNever(prefix, 'thẩm quyền ký');
  }
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let out = '';
  let left = n;
  for (const [value, letters] of ROMAN) {
    while (left >= value) {
      out += letters;
      left -= value;
    }
  }
  return out;
}

/**
 * Headings numbered as the export numbers them: level-1 parts I, II, III;
 * level-2 parts 1, 2, 3 within their part; the opening unnumbered.
 */
export function sectionNumbers(sections: readonly { key: string; level: 0 | 1 | 2 }[]): Map<string, string> {
  const out = new Map<string, string>();
  let major = 0;
  let minor = 0;
  for (const s of sections) {
    if (s.level === 1) {
      major += 1;
      minor = 0;
      out.set(s.key, `${roman(major)}.`);
    } else if (s.level === 2) {
      minor += 1;
      out.set(s.key, `${minor}.`);
    } else out.set(s.key, '');
  }
  return out;
}

/** `fileName` fallbacks when the server sends none (it always does). */
export const exportName = (c: { plan: { number: string | null }; periodFrom: string; periodTo: string }, ext: 'docx' | 'xlsx') =>
  `bao-cao-tong-hop_${(c.plan.number ?? 'ke-hoach').toLowerCase().replace(/[^a-z0-9]+/g, '-')}_${c.periodFrom === c.periodTo ? c.periodFrom : `${c.periodFrom}-${c.periodTo}`}.${ext}`;
