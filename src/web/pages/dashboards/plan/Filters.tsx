import { Group, Select } from '@mantine/core';
import { UnitSelect } from '../../../components/UnitSelect.tsx';
import { formatRate } from '../../../lib/charts-spec.ts';
import type { DashboardFilters } from '../queries.ts';
import type { DashboardSummary } from '../types.ts';

/** Period, unit subtree and content area; empty means "the default period, every unit, every area". */
export function Filters({ summary, filters, onChange }: { summary: DashboardSummary; filters: DashboardFilters; onChange: (patch: DashboardFilters) => void }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" className="no-print" role="group" aria-label="Bộ lọc">
      <Select
        label="Kỳ báo cáo"
        data={summary.periods.map((p) => ({ value: p.periodId, label: `${p.label} — đã nộp ${p.submitted}/${p.expected} (${formatRate(p.rate)})` }))}
        value={filters.period ?? summary.filters.periodId}
        onChange={(v) => onChange({ period: v })}
        allowDeselect={false}
        w={{ base: '100%', sm: 340 }}
      />
      <UnitSelect
        label="Đơn vị (gồm cả đơn vị trực thuộc)"
        value={filters.unitId ?? null}
        onChange={(v) => onChange({ unitId: v })}
        clearable
        placeholder="Tất cả đơn vị"
        w={{ base: '100%', sm: 300 }}
      />
      <Select
        label="Nội dung của kế hoạch"
        description="Áp dụng cho bảng theo nội dung"
        data={summary.contentAreas.map((a) => ({ value: a.id, label: `${a.number}. ${a.title}` }))}
        value={filters.contentAreaId ?? null}
        onChange={(v) => onChange({ contentAreaId: v })}
        clearable
        placeholder="Tất cả nội dung"
        w={{ base: '100%', sm: 300 }}
        comboboxProps={{ width: 420 }}
      />
    </Group>
  );
}
