import EChartsReactCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { chartOption, echarts } from '../lib/charts.ts';
import { describeSpec, type ChartSpec } from '../lib/charts-spec.ts';

/**
 * The ECharts canvas of a spec. Loaded lazily (default export) so ECharts is
 * fetched only by pages that draw a chart. `echarts-for-react/esm/core`: the
 * lib/core build crashes in the browser (CommonJS interop, React error #130).
 */
export default function ChartCanvas({ spec, height = 280 }: { spec: ChartSpec; height?: number }) {
  const option = useMemo(() => chartOption(spec), [spec]);
  return (
    <div role="img" aria-label={describeSpec(spec)} className="chart-canvas">
      <EChartsReactCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} opts={{ renderer: 'canvas' }} />
    </div>
  );
}
