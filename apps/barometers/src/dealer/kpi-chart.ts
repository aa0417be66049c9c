import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import uPlot from 'uplot';
import { defineElement } from '@piazza/shared';

/** One KPI's monthly actuals against its targets, with how to label the axes. */
export interface KpiSeries {
  /** The x axis's labels, oldest first ("Nov 24"). */
  labels: readonly string[];
  actual: readonly (number | null)[];
  target: readonly (number | null)[];
  /** A value as the y axis writes it, in the KPI's unit and the reader's language. */
  format: (value: number) => string;
}

const HEIGHT = 220;

/**
 * A KPI's trend as a line against its dashed target (uPlot, loaded only with the dealer
 * page). For the eye: the numbers are in the table beside it. Coloured from the portal's
 * theme tokens, redrawn when the width or the colour scheme changes.
 */
export class PiazzaKpiChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-block-size: ${HEIGHT}px;
    }
    /* The parts of uPlot's own stylesheet a chart without legend or cursor needs: without
       them its axes flow below the plot, over what follows the chart. */
    .uplot,
    .uplot * {
      box-sizing: border-box;
    }
    .uplot,
    .u-wrap {
      position: relative;
    }
    .u-over,
    .u-under,
    .u-axis,
    .u-select {
      position: absolute;
    }
    .u-under {
      overflow: hidden;
    }
    .u-select {
      pointer-events: none;
    }
    .u-axis.u-off,
    .u-select.u-off {
      display: none;
    }
    .uplot canvas {
      display: block;
      position: relative;
      inline-size: 100%;
      block-size: 100%;
    }
    /* Resolves the tokens to colours a canvas can draw with. */
    .probe {
      display: none;
    }
    .probe .line {
      color: var(--piazza-color-primary);
    }
    .probe .target {
      color: var(--piazza-color-text-muted);
    }
    .probe .grid {
      color: var(--piazza-color-border);
    }
    .probe .text {
      color: var(--piazza-color-text-default);
    }
  `;

  @property({ attribute: false }) series?: KpiSeries;

  private chart: uPlot | undefined;
  private readonly resize = new ResizeObserver(() => this.fit());
  private readonly scheme = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onScheme = (): void => this.draw();

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
    this.scheme.addEventListener('change', this.onScheme);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
    this.scheme.removeEventListener('change', this.onScheme);
    this.chart?.destroy();
    this.chart = undefined;
  }

  override render() {
    return html`<div class="probe">
        <span class="line"></span><span class="target"></span><span class="grid"></span
        ><span class="text"></span>
      </div>
      <div class="plot"></div>`;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('series')) this.draw();
  }

  private colour(part: string): string {
    return getComputedStyle(this.renderRoot.querySelector(`.probe .${part}`)!).color;
  }

  private draw(): void {
    this.chart?.destroy();
    this.chart = undefined;
    const series = this.series;
    const target = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!series || !target) return;
    const text = this.colour('text');
    const grid = { stroke: this.colour('grid'), width: 1 };
    const axis = { stroke: text, grid, ticks: grid };
    this.chart = new uPlot(
      {
        width: Math.max(this.clientWidth, 200),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { ...axis, values: (_, splits) => splits.map((i) => series.labels[i] ?? '') },
          { ...axis, size: 80, values: (_, splits) => splits.map((v) => series.format(v)) },
        ],
        series: [
          {},
          { stroke: this.colour('line'), width: 2, points: { show: true, size: 4 } },
          { stroke: this.colour('target'), width: 1.5, dash: [6, 4], points: { show: false } },
        ],
      },
      [series.labels.map((_, i) => i), [...series.actual], [...series.target]],
      target,
    );
  }

  private fit(): void {
    if (this.chart && this.clientWidth > 0) {
      this.chart.setSize({ width: this.clientWidth, height: HEIGHT });
    }
  }
}

defineElement('piazza-kpi-chart', PiazzaKpiChart);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-kpi-chart': PiazzaKpiChart;
  }
}
