import type { MeasureSeed, PlanSeed } from './seed.type';

/**
 * A plan `factor` times the size of `base`: every goal, project, measure, safeguard and indicator repeated with
 * fresh codes (G1 → G1-7, P3.3 → P3.3-7), the same departments. For statement-count tests and the bench.
 */
export function scalePlanSeed(base: PlanSeed, factor: number, code = `${base.code}-x${factor}`): PlanSeed {
  const copies = Array.from({ length: factor }, (_, i) => i + 1);
  const suffix = (c: string, i: number) => (i === 1 ? c : `${c}-${i}`);
  const copyMeasure = (m: MeasureSeed, i: number): MeasureSeed => ({
    ...m,
    code: suffix(m.code, i),
    goalCode: m.goalCode && suffix(m.goalCode, i),
    children: m.children?.map((c) => copyMeasure(c, i)),
  });
  return {
    ...base,
    code,
    title: `${base.title}（放大 ${factor} 倍的测试方案）`,
    goals: copies.flatMap((i) => base.goals.map((g) => ({ ...g, code: suffix(g.code, i) }))),
    measures: copies.flatMap((i) => base.measures.map((m) => copyMeasure(m, i))),
    indicators: copies.flatMap((i) =>
      base.indicators.map((ind) => ({
        ...ind,
        code: suffix(ind.code, i),
        goalCode: suffix(ind.goalCode, i),
        measureCode: ind.measureCode && suffix(ind.measureCode, i),
      })),
    ),
  };
}
