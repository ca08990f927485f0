/**
 * Draws a chart of the preview workbook as Excel would show it, in SVG: the chart type the add-in asked for (columns
 * stand up, bars lie down with the first category at the bottom, lines join points), a value axis with round ticks
 * and number labels, a category axis with the category labels, gridlines, and the legend. Only what a screenshot
 * needs: no 3-D, no secondary axes.
 */
import { formatValue } from "../../dev/excel-double/number-format";

export const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const SVG = "http://www.w3.org/2000/svg";

export interface ChartData {
  type: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

/** About five round steps (1, 2 or 5 × 10^n) from min to max, both included, 0 inside. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const rough = (high - low) / count;
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.floor(low / step) * step; v <= high + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < high) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

/** Excel's axis labels: thousands separators, and K/M/B beyond a million so that they fit. */
function axisLabel(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatValue(value / 1e9, "#,##0.#").text}B`;
  if (abs >= 1e6) return `${formatValue(value / 1e6, "#,##0.#").text}M`;
  return formatValue(value, abs < 10 && !Number.isInteger(value) ? "0.0#" : "#,##0").text;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function chartSvg(data: ChartData, width: number, height: number): SVGSVGElement {
  const root = svg("svg", { width, height, class: "plot" });
  const horizontal = /^(3D)?Bar(Clustered|Stacked)|^(Cylinder|Cone|Pyramid)Bar/.test(data.type);
  const line = /Line/.test(data.type);
  const values = data.series.flatMap((s) => s.values);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const n = Math.max(1, data.categories.length, ...data.series.map((s) => s.values.length));
  const categoryLabelWidth = horizontal ? Math.min(width * 0.35, 8 + 6 * Math.max(0, ...data.categories.map((c) => c.length))) : 0;
  const valueLabelWidth = horizontal ? 0 : 8 + 7 * Math.max(...ticks.map((t) => axisLabel(t).length));
  const plot = { left: horizontal ? categoryLabelWidth : valueLabelWidth, top: 6, right: width - 8, bottom: height - 20 };
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  // Where a value lies along the value axis, in pixels from the plot's edge.
  const along = (v: number) => ((v - lo) / (hi - lo)) * (horizontal ? plotW : plotH);
  const valueAxis = svg("g", { class: "axis value-axis" });
  const categoryAxis = svg("g", { class: "axis category-axis" });
  for (const t of ticks) {
    if (horizontal) {
      const x = plot.left + along(t);
      valueAxis.append(svg("line", { x1: x, x2: x, y1: plot.top, y2: plot.bottom, class: "gridline" }), svg("text", { x, y: plot.bottom + 14, "text-anchor": "middle", class: "tick-label" }, axisLabel(t)));
    } else {
      const y = plot.bottom - along(t);
      valueAxis.append(svg("line", { x1: plot.left, x2: plot.right, y1: y, y2: y, class: "gridline" }), svg("text", { x: plot.left - 4, y: y + 4, "text-anchor": "end", class: "tick-label" }, axisLabel(t)));
    }
  }
  const zero = along(0);
  const slot = (horizontal ? plotH : plotW) / n;
  data.categories.forEach((category, j) => {
    if (horizontal) {
      // Excel draws a bar chart's first category at the bottom.
      const y = plot.bottom - (j + 0.5) * slot;
      categoryAxis.append(svg("text", { x: plot.left - 4, y: y + 4, "text-anchor": "end", class: "category-label" }, category));
    } else {
      categoryAxis.append(svg("text", { x: plot.left + (j + 0.5) * slot, y: plot.bottom + 14, "text-anchor": "middle", class: "category-label" }, category));
    }
  });
  categoryAxis.append(horizontal ? svg("line", { x1: plot.left + zero, x2: plot.left + zero, y1: plot.top, y2: plot.bottom, class: "axis-line" }) : svg("line", { x1: plot.left, x2: plot.right, y1: plot.bottom - zero, y2: plot.bottom - zero, class: "axis-line" }));
  root.append(valueAxis);
  const marks = svg("g", { class: "series" });
  data.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    if (line) {
      const points = s.values.map((v, j) => `${plot.left + (j + 0.5) * slot},${plot.bottom - along(v)}`).join(" ");
      marks.append(svg("polyline", { points, fill: "none", stroke: color, "stroke-width": 2, "data-series": s.name }));
      return;
    }
    const thickness = Math.max(1, (slot * 0.7) / data.series.length);
    s.values.forEach((v, j) => {
      const offset = j * slot + slot * 0.15 + i * thickness;
      const [from, to] = [Math.min(zero, along(v)), Math.max(zero, along(v))];
      const rect = horizontal
        ? { x: plot.left + from, y: plot.bottom - offset - thickness, width: to - from, height: thickness }
        : { x: plot.left + offset, y: plot.bottom - to, width: thickness, height: to - from };
      marks.append(svg("rect", { ...rect, fill: color, class: horizontal ? "bar" : "column", "data-series": s.name }));
    });
  });
  root.append(marks, categoryAxis);
  return root;
}
