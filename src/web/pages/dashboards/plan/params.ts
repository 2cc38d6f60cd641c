/**
 * The dashboard's state lives in the URL (?ky=2020H1&don-vi=…&noi-dung=…
 * &xem=cay&nut=…): a link sent to a colleague opens the same view, and the
 * back button walks back through a drill-down.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardFilters } from '../queries.ts';

export const DASHBOARD_TABS = ['tong-quan', 'ma-tran', 'cay', 'chi-tieu', 'qua-han', 'noi-dung'] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

const isTab = (v: string | null): v is DashboardTab => (DASHBOARD_TABS as readonly (string | null)[]).includes(v);

export interface DashboardParams {
  filters: DashboardFilters;
  tab: DashboardTab;
  /** The drill-down node: a unit id or "group:<id>"; null for the top. */
  node: string | null;
}

export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('xem');
  const value: DashboardParams = {
    filters: { period: params.get('ky'), unitId: params.get('don-vi'), contentAreaId: params.get('noi-dung') },
    tab: isTab(tab) ? tab : 'tong-quan',
    node: params.get('nut'),
  };
  const set = useCallback(
    (patch: Partial<{ period: string | null; unitId: string | null; contentAreaId: string | null; tab: DashboardTab; node: string | null }>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        const put = (key: string, v: string | null | undefined) => {
          if (v === undefined) return;
          if (v === null || v === '') next.delete(key);
          else next.set(key, v);
        };
        put('ky', patch.period);
        put('don-vi', patch.unitId);
        put('noi-dung', patch.contentAreaId);
        put('xem', patch.tab === 'tong-quan' ? null : patch.tab);
        put('nut', patch.node);
        return next;
      });
    },
    [setParams],
  );
  return { ...value, set };
}
