import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Modular import: only the charts, components and renderer the dashboard's charts use (line: indicators; bar with a
// mark line: projects against the elapsed time) go into the bundle. Loaded by EChart.tsx when a chart first mounts,
// so no page waits for it, and pages without a chart never load it.
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export const init = echarts.init;
