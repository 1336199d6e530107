import { useEffect, useRef } from 'react';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the parts a line chart needs: chart.js is tree-shaken, and this chunk loads with the dashboard alone.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

const COLOURS = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96'];

export interface TrendSeries {
  label: string;
  /** Cumulative by month; null for a month still to come. */
  data: readonly (number | null)[];
  /** The component's target: drawn as a dashed line; null where the trend is not in the target's unit (T1's %). */
  target: number | null;
}

/** A target's months: achieved so far (solid) against its target (dashed), one pair per component. */
export function TrendChart({
  labels,
  series,
  title,
}: {
  labels: readonly string[];
  series: readonly TrendSeries[];
  title: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: [...labels],
        datasets: series.flatMap((s, i) => [
          {
            label: `${s.label}（累计完成）`,
            data: [...s.data],
            borderColor: COLOURS[i % COLOURS.length],
            backgroundColor: COLOURS[i % COLOURS.length],
            spanGaps: false,
            tension: 0,
          },
          ...(s.target === null
            ? []
            : [
                {
                  label: `${s.label}（目标）`,
                  data: labels.map(() => s.target),
                  borderColor: COLOURS[i % COLOURS.length],
                  borderDash: [6, 4],
                  pointRadius: 0,
                  borderWidth: 1,
                },
              ]),
        ]),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div style={{ position: 'relative', height: 220 }}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
