/** The reorganisation API as the browser receives it (see lib/types.ts for why written out). */
import { assertNever } from '../../../core/assert-never.ts';
import type { CivilDate } from '../../../core/civil-date.ts';
import type { UnitRow } from '../../lib/types.ts';

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'absorb'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/**
 * The words of Vietnamese law for the kinds of change (Luật Doanh nghiệp
 * 2020, Điều 200–201, which administrative practice borrows): "hợp nhất" is
 * several units becoming a new one (merge), "sáp nhập" one unit joining an
 * existing one (absorb).
 */
export function successionKindLabel(kind: SuccessionKind): string {
  switch (kind) {
    case 'merge':
      return 'Hợp nhất';
    case 'split':
      return 'Chia tách';
    case 'rename':
      return 'Đổi tên';
    case 'absorb':
      return 'Sáp nhập';
    default:
      return assertNever(kind, 'loại sắp xếp');
  }
}

export function successionKindHint(kind: SuccessionKind): string {
  switch (kind) {
    case 'merge':
      return 'nhiều đơn vị hợp thành một đơn vị mới';
    case 'split':
      return 'một đơn vị tách thành nhiều đơn vị';
    case 'rename':
      return 'đơn vị đổi tên, giữ nguyên nhiệm vụ';
    case 'absorb':
      return 'đơn vị nhập vào một đơn vị đang có';
    default:
      return assertNever(kind, 'loại sắp xếp');
  }
}

export interface Succession {
  id: string;
  predecessorId: string;
  successorId: string;
  predecessorName: string;
  successorName: string;
  kind: SuccessionKind;
  effectiveDate: CivilDate;
  share: number;
  confirmed: boolean;
  /** ISO instant. */
  confirmedAt: string | null;
  note: string | null;
  version: number;
}

export type KeptReason = 'done' | 'before-change' | 'already-transferred';

export interface TransferPreview {
  effectiveDate: CivilDate;
  duties: { fromId: string; toUnitId: string }[];
  obligations: { fromId: string; toUnitId: string; reportingDutyId: string; periodId: string }[];
  kept: { id: string; reason: KeptReason }[];
  unconfirmed: string[];
  unitNames: Record<string, string>;
}

export interface TransferResult {
  duties: number;
  obligations: number;
  kept: number;
  successors: string[];
  unconfirmed: string[];
}

export interface UnitHistory {
  unit: UnitRow;
  successions: Succession[];
  transfers: { id: string; effectiveDate: CivilDate; details: Partial<TransferResult>; createdAt: string }[];
  changes: { id: number; at: string; action: string; actorName: string; before: unknown; after: unknown }[];
}

export const reorganisationKeys = {
  successions: ['registry', 'successions'] as const,
  history: (unitId: string) => ['registry', 'history', unitId] as const,
  transfer: (unitId: string, date: string | null) => ['registry', 'transfer', unitId, date] as const,
};
