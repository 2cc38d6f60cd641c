/** The reporting queries several screens share, under one set of keys. */
import { useQuery } from '@tanstack/react-query';
import { api, qs } from '../../lib/api.ts';
import type { ObligationList, ReportView } from './types.ts';

export const reportingKeys = {
  all: ['reporting'] as const,
  obligations: (filter: { unitId?: string | null; planId?: string | null } = {}) => ['reporting', 'obligations', filter.unitId ?? null, filter.planId ?? null] as const,
  report: (obligationId: string) => ['reporting', 'report', obligationId] as const,
  board: (planId: string, periodId: string | null) => ['reporting', 'board', planId, periodId] as const,
  form: (planId: string) => ['reporting', 'form', planId] as const,
};

export function useObligations(filter: { unitId?: string | null; planId?: string | null; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportingKeys.obligations(filter),
    queryFn: () => api.get<ObligationList>(`/api/obligations${qs({ unitId: filter.unitId, planId: filter.planId })}`),
    enabled: filter.enabled ?? true,
  });
}

export function useReport(obligationId: string) {
  return useQuery({
    queryKey: reportingKeys.report(obligationId),
    queryFn: () => api.get<ReportView>(`/api/obligations/${obligationId}/report`),
    // Always fetched afresh when the page opens: the editor starts its draft from this copy
    // (later refetches update the rest of the page, never the text being typed).
    refetchOnMount: 'always',
  });
}
