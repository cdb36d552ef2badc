// A one-line chart: each value becomes one of eight bars. Pure.

const SPARK_BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

export interface SparkRange {
  /** The value drawn as the lowest bar (default: the smallest value). */
  min?: number;
  /** The value drawn as the highest bar (default: the largest value). */
  max?: number;
}

/**
 * `sparkline([0.2, 0.5, 1])` → `▁▄█`. Scaled between the smallest and largest value unless a
 * range is given (`{min: 0, max: 1}` for scores, so a perfect session is always a full bar);
 * values outside the range are clamped. When all values are equal (and no range is given) every
 * bar is the middle one. Non-finite values are drawn as a space. An empty list gives ''.
 */
export function sparkline(values: readonly number[], range: SparkRange = {}): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (values.length === 0) return '';
  const lo = range.min ?? finite.reduce((a, b) => Math.min(a, b), finite[0] ?? 0);
  const hi = range.max ?? finite.reduce((a, b) => Math.max(a, b), finite[0] ?? 0);
  const top = SPARK_BARS.length - 1;
  return values
    .map((v) => {
      if (!Number.isFinite(v)) return ' ';
      if (hi <= lo) return SPARK_BARS[hi < lo ? 0 : Math.floor(top / 2)] ?? ' ';
      const clamped = Math.min(hi, Math.max(lo, v));
      return SPARK_BARS[Math.round(((clamped - lo) / (hi - lo)) * top)] ?? ' ';
    })
    .join('');
}
