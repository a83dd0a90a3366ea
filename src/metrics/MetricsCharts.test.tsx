// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HorizontalBars, OutcomeDonut, TimeSeriesChart } from './MetricsCharts';

describe('metrics charts', () => {
  it('a donut is an image named by its title and described by its numbers, with the total in the middle and a legend', () => {
    const { container } = render(
      <OutcomeDonut rows={[{ label: 'Succeeded', value: 3 }, { label: 'Failed', value: 1 }]} title="4" subTitle="migrations" ariaTitle="Migrations by outcome" ariaDesc="Succeeded: 3, Failed: 1" />,
    );
    const img = screen.getByRole('img', { name: 'Migrations by outcome' });
    expect(document.getElementById(img.getAttribute('aria-describedby')!)?.textContent).toBe('Succeeded: 3, Failed: 1');
    expect(img.textContent).toContain('4');
    expect(img.querySelectorAll('path')).toHaveLength(2);
    expect([...img.querySelectorAll('path > title')].map((t) => t.textContent)).toEqual(['Succeeded: 3', 'Failed: 1']);
    expect(container.textContent).toContain('Succeeded: 3');
    expect(container.textContent).toContain('Failed: 1');
  });

  it('a time series draws one line per series, a y axis with formatted values and a legend', () => {
    const t = Date.UTC(2026, 0, 1, 10);
    const series = [
      { name: 'plan-a', points: [{ x: t, y: 0 }, { x: t + 3_600_000, y: 2048 }] },
      { name: 'plan-b', points: [{ x: t, y: 1024 }, { x: t + 3_600_000, y: 512 }] },
    ];
    const { container } = render(<TimeSeriesChart series={series} ariaTitle="Network throughput" ariaDesc="Throughput per plan" formatY={(v) => `${v} B/s`} />);
    const img = screen.getByRole('img', { name: 'Network throughput' });
    const lines = [...img.querySelectorAll('path')];
    expect(lines).toHaveLength(2);
    expect(lines[0].getAttribute('stroke')).not.toBe(lines[1].getAttribute('stroke'));
    expect(img.textContent).toContain('3000 B/s');
    expect([...img.querySelectorAll('circle > title')].map((e) => e.textContent?.split(' (')[0])).toEqual(['plan-a: 0 B/s', 'plan-a: 2048 B/s', 'plan-b: 1024 B/s', 'plan-b: 512 B/s']);
    expect(container.querySelector('ul')?.textContent).toBe('plan-aplan-b');
  });

  it('horizontal bars: one labelled bar per row, as long as its value', () => {
    render(<HorizontalBars rows={[{ label: 'p1', value: 100 }, { label: 'p2', value: 50 }]} ariaTitle="Migration durations" ariaDesc="Duration per plan" formatY={(v) => `${v}s`} />);
    const img = screen.getByRole('img', { name: 'Migration durations' });
    const bars = [...img.querySelectorAll('rect')];
    expect(bars.map((b) => b.textContent)).toEqual(['p1: 100s', 'p2: 50s']);
    expect(img.textContent).toContain('p1');
    const [w1, w2] = bars.map((b) => Number(b.getAttribute('width')));
    expect(w1).toBeCloseTo(2 * w2);
  });
});
