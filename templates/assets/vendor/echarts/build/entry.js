// The parts of ECharts that csbook's charts use (src/render/*charts.rs and
// templates/assets/csbook.js): bar, line, scatter and heatmap series; grid,
// legend, tooltip (with its axis pointer), visual map and mark lines; the SVG
// renderer. The Chinese and English locales come with echarts/core.
// Exposed as the global `echarts`, as the full dist build does.
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, LineChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

globalThis.echarts = echarts;
