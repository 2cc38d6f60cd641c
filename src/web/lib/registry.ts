/**
 * The registry as the browser uses it: units and groups, cached for the
 * session because every screen that names a unit needs them, and the
 * group-membership arithmetic the import preview shares with the server.
 */
import { useQuery } from '@tanstack/react-query';
import type { CivilDate } from '../../core/civil-date.ts';
import { isValidOn } from '../../core/org/tree.ts';
import { compareVietnamese } from '../../core/text/vietnamese.ts';
import { api, qs } from './api.ts';
import type { GroupRow, UnitRow } from './types.ts';

export const registryKeys = {
  units: (asOf?: string | null, q?: string) => ['registry', 'units', asOf ?? null, q ?? null] as const,
  groups: ['registry', 'groups'] as const,
  all: ['registry'] as const,
};

export function useUnits(options: { asOf?: CivilDate | null; q?: string; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: registryKeys.units(options.asOf, options.q),
    queryFn: async () => (await api.get<{ units: UnitRow[] }>(`/api/registry/units${qs({ asOf: options.asOf, q: options.q })}`)).units,
    staleTime: 5 * 60_000,
    enabled: options.enabled ?? true,
  });
}

export function useGroups(enabled = true) {
  return useQuery({
    queryKey: registryKeys.groups,
    queryFn: async () => (await api.get<{ groups: GroupRow[] }>('/api/registry/groups')).groups,
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * Members of each group as the server expands them when publishing: the
 * member link and the unit itself both valid on the plan's date (a 2019 plan
 * reaches the 2019 district committees), all members when there is no date.
 */
export function groupMembersOn(groups: readonly GroupRow[], units: readonly UnitRow[], date: CivilDate | null): Map<string, string[]> {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  return new Map(
    groups.map((g) => [
      g.id,
      g.members
        .filter((m) => {
          const unit = unitsById.get(m.unitId);
          return !!unit && (!date || (isValidOn(m, date) && isValidOn(unit, date)));
        })
        .map((m) => m.unitId),
    ]),
  );
}

/** Units in registry order (the order of the plan's own lists), then by Vietnamese name. */
export function byRegistryOrder(units: readonly UnitRow[]): (a: { unitId: string; unitName: string }, b: { unitId: string; unitName: string }) => number {
  const order = new Map(units.map((u) => [u.id, u.sortOrder]));
  return (a, b) => (order.get(a.unitId) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.unitId) ?? Number.MAX_SAFE_INTEGER) || compareVietnamese(a.unitName, b.unitName);
}
