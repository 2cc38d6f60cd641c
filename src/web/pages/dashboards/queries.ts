/**
 * The dashboard queries and their URLs, shared by the plan dashboard, the
 * consolidation list (its period choices) and the .xlsx buttons, so a table
 * and its download always carry the same filters.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../lib/api.ts';
import { dashboardKeys, type DashboardSummary } from './types.ts';

export interface DashboardFilters {
  period?: string | null;
  unitId?: string | null;
  contentAreaId?: string | null;
}

export function filterQuery(f: DashboardFilters): Record<string, string | null | undefined> {
  return { period: f.period, unitId: f.unitId, contentAreaId: f.contentAreaId };
}

export function dashboardUrl(planId: string, view: 'summary' | 'matrix' | 'drill' | 'indicators' | 'overdue' | 'areas', f: DashboardFilters, extra: Record<string, string | null | undefined> = {}): string {
  const base = view === 'summary' ? `/api/plans/${planId}/dashboard` : `/api/plans/${planId}/dashboard/${view}`;
  return `${base}${qs({ ...filterQuery(f), ...extra })}`;
}

export const PLAN_XLSX_VIEWS = ['status', 'rates', 'matrix', 'drill', 'indicators', 'overdue', 'areas'] as const;
export type PlanXlsxView = (typeof PLAN_XLSX_VIEWS)[number];

export function dashboardXlsxUrl(planId: string, view: PlanXlsxView, f: DashboardFilters, extra: Record<string, string | null | undefined> = {}): string {
  return `/api/plans/${planId}/dashboard.xlsx${qs({ view, ...filterQuery(f), ...extra })}`;
}

export function usePlanSummary(planId: string, f: DashboardFilters, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.summary(planId, filterQuery(f)),
    queryFn: () => api.get<DashboardSummary>(dashboardUrl(planId, 'summary', f)),
    placeholderData: keepPreviousData,
    enabled: enabled && !!planId,
  });
}

/** One dashboard view, keyed by its filters; the previous data stays while a new filter loads. */
export function useDashboardView<T>(planId: string, view: 'matrix' | 'drill' | 'indicators' | 'overdue' | 'areas', f: DashboardFilters, extra: Record<string, string | null | undefined> = {}) {
  return useQuery({
    queryKey: dashboardKeys.view(planId, view, { ...filterQuery(f), ...extra }),
    queryFn: () => api.get<T>(dashboardUrl(planId, view, f, extra)),
    placeholderData: keepPreviousData,
    enabled: !!planId,
  });
}
