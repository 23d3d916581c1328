import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';

export type ChartOption = EChartsCoreOption;

/** ECharts and its modules (./echarts.ts, its own chunk), fetched once, when the first chart mounts. */
let loading: Promise<typeof import('./echarts')> | undefined;
const loadECharts = () => {
  loading ??= import('./echarts').catch((error: unknown) => {
    loading = undefined; // a later chart tries again (the server may be back)
    throw error;
  });
  return loading;
};

/**
 * Fetches ECharts ahead of the first chart (a page with charts, while its data is on its way), so that its module
 * is evaluated while the page waits for the network rather than after the page has rendered.
 */
export function preloadECharts(): void {
  loadECharts().catch(() => undefined);
}

/** An ECharts chart that follows its container's size and animates gently from one option to the next. */
export function EChart({ option, style, label }: { option: ChartOption; style?: CSSProperties; label: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      ({ init }) => {
        if (disposed || !element.current) return;
        const instance = init(element.current, undefined, { renderer: 'svg', locale: 'ZH' });
        chart.current = instance;
        instance.setOption(latest.current, { notMerge: true });
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(element.current);
      },
      () => undefined, // the chart stays empty; its caption and label still say what it shows
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 240, ...style }} />;
}
