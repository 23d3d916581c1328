/**
 * 需协调事项 grouped by the department asked to help, found by name in the problem's text. The one rule for the
 * 调度会 page and the meeting brief (the page reads the groups from `Plan.problemGroups`).
 */

export interface Named {
  code: string;
  name: string;
}

export interface Problem {
  text: string;
  measure: { code: string; title: string };
  raisedBy: Named;
  period: string;
}

export interface ProblemGroup<P extends Problem = Problem, D extends Named = Named> {
  /** The department asked to help; null when the text names none. */
  to: D | null;
  problems: P[];
}

/** The ways a text may name a department: its full name, and without the leading 区 (区财政局 → 财政局). */
function aliases(department: Named): string[] {
  const names = [department.name];
  if (department.name.startsWith('区') && department.name.length > 2) names.push(department.name.slice(1));
  return names;
}

/**
 * Each problem goes under every department its text names (other than the one raising it), or under none; groups
 * with more problems first, the unnamed last.
 */
export function groupProblems<P extends Problem, D extends Named>(
  problems: readonly P[],
  departments: readonly D[],
): ProblemGroup<P, D>[] {
  const groups = new Map<string, ProblemGroup<P, D>>();
  for (const problem of problems) {
    const named = departments.filter(
      (d) => d.code !== problem.raisedBy.code && aliases(d).some((alias) => problem.text.includes(alias)),
    );
    for (const to of named.length > 0 ? named : [null]) {
      const key = to?.code ?? '';
      const group = groups.get(key) ?? { to, problems: [] };
      group.problems.push(problem);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) =>
    a.to === null ? 1 : b.to === null ? -1 : b.problems.length - a.problems.length,
  );
}
