import { today } from '../../shared/clock';
import { checkText, DomainError, requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import type { Viewer } from '../../shared/viewer';
import type { AssignmentRow, EndedAssignmentRow } from '../assignment';
import { type DepartmentRow, getDepartments } from '../department';
import { appendEvents, EventType, type PlanChange } from '../event';
import type { MeasureRow } from '../measure';
import { checkPlanWritable, getWritablePlan, type PlanRow, PlanState } from '../plan';
import {
  applyGoal,
  applyIndicator,
  applyMeasure,
  applyMove,
  applyRemoveMeasure,
  assignmentsOf,
  authorizePlanOffice,
  type DraftContent,
  type DraftContext,
  lockPlan,
  measureNamed,
  problemsOf,
  readContent,
  refuse,
  subtree,
} from '../plan-editor';
import { getUserById } from '../user';
import type { PlanRevisionInput, RevisionAssignmentsInput, RevisionChangeInput } from './plan-revision.input';
import {
  changeAssignments,
  insertEndedAssignments,
  insertRevision,
  listItemCodes,
  listRevisions,
  listRevisionsAfter,
  measuresHaveRecords,
  nextRevisionNumber,
  type RevisionRow,
  readCurrent,
  withdrawMeasures,
} from './plan-revision.repository';
import {
  type ChangeLine,
  changeLine,
  dayBefore,
  departmentsTouched,
  isEffective,
  type Names,
  versionAt,
} from './plan-revision.rules';
import type { PlanRevision, PlanRevisionResult, PlanVersion } from './plan-revision.type';

const REASON_MAX = 500;
const DOC_NUMBER_MAX = 100;
const CHANGES_MAX = 200;

/** The kinds of change a revision takes, as RevisionChangeInput names them. */
const CHANGE_KEYS = [
  'addGoal',
  'updateGoal',
  'addMeasure',
  'updateMeasure',
  'moveMeasure',
  'withdrawMeasure',
  'removeMeasure',
  'setAssignments',
  'addIndicator',
  'updateIndicator',
] as const satisfies readonly (keyof RevisionChangeInput)[];

type ChangeKey = (typeof CHANGE_KEYS)[number];
type Step = { [K in ChangeKey]: { index: number; key: K; value: NonNullable<RevisionChangeInput[K]> } }[ChangeKey];

/** What the changes of one revision share while they are applied. */
interface Revising {
  effectiveOn: string;
  number: number;
  /** The duties ended so far (their revision's id comes once it is written). */
  ended: Omit<EndedAssignmentRow, 'revisionId'>[];
  /** Measures this revision added: they inherited nothing before it. */
  added: Set<number>;
}

/** A dry run's result, thrown to roll its transaction back and caught outside it. */
class DryRun extends Error {
  constructor(readonly result: PlanRevisionResult) {
    super('dry run: rolled back');
  }
}

/**
 * Runs one change, naming it in any refusal: a field of the draft editor's input (`input.leadCode`) becomes the
 * change's (`input.changes[3].setAssignments.leadCode`); a refusal naming no field names the change.
 */
async function naming<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DomainError) {
      const extensions = error.extensions as { field?: string };
      const field = extensions.field;
      if (field === undefined) extensions.field = path;
      else if (!field.startsWith('input.changes')) extensions.field = `${path}.${field.replace(/^input\./, '')}`;
    }
    throw error;
  }
}

/** The steps of the input, each exactly one kind of change (BAD_USER_INPUT naming `input.changes[i]` otherwise). */
function stepsOf(changes: readonly RevisionChangeInput[]): Step[] {
  if (changes.length === 0) {
    throw refuse('BAD_USER_INPUT', 'REVISION_EMPTY', 'input.changes', '方案调整至少要有一项修改');
  }
  if (changes.length > CHANGES_MAX) {
    throw refuse(
      'BAD_USER_INPUT',
      'TOO_MANY_CHANGES',
      'input.changes',
      `一次方案调整最多 ${CHANGES_MAX} 项修改，现有 ${changes.length} 项`,
    );
  }
  return changes.map((change, index) => {
    const set = CHANGE_KEYS.filter((key) => change[key] != null);
    if (set.length !== 1) {
      throw refuse(
        'BAD_USER_INPUT',
        'ONE_CHANGE_PER_ITEM',
        `input.changes[${index}]`,
        set.length === 0
          ? `第 ${index + 1} 项修改是空的：须填写一种修改`
          : `第 ${index + 1} 项修改同时填写了 ${set.join('、')}：每项只能是一种修改`,
      );
    }
    const key = set[0] as ChangeKey;
    return { index, key, value: change[key] } as Step;
  });
}

/** The measure by code, if it is not withdrawn (CONFLICT MEASURE_WITHDRAWN: a withdrawn measure stays as it was). */
function liveMeasure(ctx: DraftContext, code: string, field: string): MeasureRow {
  const measure = measureNamed(ctx, code, field);
  if (measure.withdrawnOn !== null) {
    throw refuse(
      'CONFLICT',
      'MEASURE_WITHDRAWN',
      field,
      `措施「${measure.code}」已于 ${measure.withdrawnOn} 撤销，不能再修改或撤销`,
    );
  }
  return measure;
}

/**
 * A node's units from the effective date: a unit that loses its duty or changes role has it ended (an
 * ended_assignments row: since, until the day before); a new or changed duty starts on the effective date; a unit
 * whose duty stays keeps its row untouched.
 */
async function setDuties(ctx: DraftContext, input: RevisionAssignmentsInput, rev: Revising): Promise<PlanChange> {
  const { node, before, after } = assignmentsOf(ctx, { ...input, participantCodes: input.participantCodes ?? [] });
  const { tx, content } = ctx;
  const own = content.assignments.filter((a) => a.measureId === node.id);
  const roleAfter = new Map(after.map((a) => [a.departmentId, a.role]));
  const roleBefore = new Map(own.map((a) => [a.departmentId, a.role]));
  const ending = own.filter((a) => roleAfter.get(a.departmentId) !== a.role);
  const starting = after.filter((a) => roleBefore.get(a.departmentId) !== a.role);
  const base = Math.max(-1, ...content.assignments.map((a) => a.position)) + 1;
  await changeAssignments(
    tx,
    content.plan.id,
    node.id,
    ending.map((a) => a.departmentId),
    starting.map((a, i) => ({
      departmentId: a.departmentId,
      role: a.role,
      position: base + i,
      since: rev.effectiveOn,
    })),
  );
  const until = dayBefore(rev.effectiveOn);
  // A node that inherited its units (各工程下的措施随工程) and now gets its own: the units it inherited answered for
  // it until the effective date, so their duty on this node ends as an own duty would (past periods stay theirs).
  const inherited =
    own.length === 0 && after.length > 0 && !rev.added.has(node.id) ? inheritedAssignments(ctx, node) : [];
  const endingHere = [...ending, ...inherited.map((a) => ({ ...a, measureId: node.id }))];
  // A duty that began on the effective date itself (an earlier revision that day) was never in force: no span.
  for (const a of endingHere) {
    if (a.since !== null && a.since > until) continue;
    rev.ended.push({
      planId: a.planId,
      measureId: a.measureId,
      departmentId: a.departmentId,
      role: a.role,
      since: a.since,
      until,
    });
  }
  const inheritedBefore = inherited.map((a) => ({
    departmentId: a.departmentId,
    departmentCode: ctx.register.find((d) => d.id === a.departmentId)?.code ?? '',
    role: a.role,
  }));
  return {
    kind: 'ASSIGNMENTS_SET',
    measureCode: node.code,
    before,
    after,
    ...(inheritedBefore.length > 0 ? { inheritedBefore } : {}),
  };
}

/** The units a node without its own answers through: those of its nearest ancestor that has some. */
function inheritedAssignments(ctx: DraftContext, node: MeasureRow): AssignmentRow[] {
  const byId = new Map(ctx.content.measures.map((m) => [m.id, m]));
  for (let at = node.parentId === null ? undefined : byId.get(node.parentId); at; ) {
    const units = ctx.content.assignments.filter((a) => a.measureId === at?.id);
    if (units.length > 0) return units;
    at = at.parentId === null ? undefined : byId.get(at.parentId);
  }
  return [];
}

/** Applies one change of the revision to the plan's content as the transaction sees it; its typed changes. */
async function applyStep(ctx: DraftContext, step: Step, rev: Revising): Promise<PlanChange[]> {
  const { tx, content } = ctx;
  switch (step.key) {
    case 'addGoal':
      return [(await applyGoal(ctx, { ...step.value, goalCode: null })).change];
    case 'updateGoal':
      return [(await applyGoal(ctx, step.value)).change];
    case 'addMeasure': {
      const { leadCode, participantCodes, parentCode, ...fields } = step.value;
      if (parentCode != null) liveMeasure(ctx, parentCode, 'input.parentCode');
      const added = await applyMeasure(ctx, { ...fields, parentCode, measureCode: null });
      rev.added.add(added.result.id);
      if (leadCode == null && (participantCodes ?? []).length === 0) return [added.change];
      const withIt = { ...ctx, content: { ...content, measures: [...content.measures, added.result] } };
      const duties = await setDuties(
        withIt,
        { measureCode: added.result.code, leadCode, participantCodes: participantCodes ?? [] },
        rev,
      );
      return [added.change, duties];
    }
    case 'updateMeasure':
      liveMeasure(ctx, step.value.measureCode, 'input.measureCode');
      return [(await applyMeasure(ctx, step.value)).change];
    case 'moveMeasure':
      liveMeasure(ctx, step.value.measureCode, 'input.measureCode');
      if (step.value.parentCode != null) liveMeasure(ctx, step.value.parentCode, 'input.parentCode');
      return [(await applyMove(ctx, step.value)).change];
    case 'withdrawMeasure': {
      const node = liveMeasure(ctx, step.value.measureCode, 'input.measureCode');
      const reason = requireText(step.value.reason, 'input.reason', REASON_MAX, '撤销理由');
      const below = subtree(content.measures, node.id);
      const rows = await withdrawMeasures(
        tx,
        below.map((m) => m.id),
        rev.effectiveOn,
        reason,
      );
      const withdrawn = new Set(rows.map((m) => m.id));
      const after = rows.find((m) => m.id === node.id) ?? {
        ...node,
        withdrawnOn: rev.effectiveOn,
        withdrawnReason: reason,
      };
      return [
        {
          kind: 'MEASURE_WITHDRAWN',
          before: node,
          after,
          withdrawnCodes: below.filter((m) => withdrawn.has(m.id)).map((m) => m.code),
        },
      ];
    }
    case 'removeMeasure': {
      const node = measureNamed(ctx, step.value.measureCode, 'input.measureCode');
      const below = subtree(content.measures, node.id);
      if (
        await measuresHaveRecords(
          tx,
          below.map((m) => m.id),
        )
      ) {
        throw refuse(
          'CONFLICT',
          'MEASURE_HAS_REPORTS',
          'input.measureCode',
          `措施「${node.code}」或其下级已有进度报告或督办记录，不能删除；请改为撤销（撤销后报告仍保留）`,
        );
      }
      return [(await applyRemoveMeasure(ctx, node.code, 'input.measureCode')).change];
    }
    case 'setAssignments':
      liveMeasure(ctx, step.value.measureCode, 'input.measureCode');
      return [await setDuties(ctx, step.value, rev)];
    case 'addIndicator':
      if (step.value.indicatorCode != null) {
        throw refuse(
          'BAD_USER_INPUT',
          'ADD_WITH_CODE',
          'input.indicatorCode',
          '新增指标不填 indicatorCode（修改已有指标请用 updateIndicator）',
        );
      }
      return [(await applyIndicator(ctx, { ...step.value, indicatorCode: null })).change];
    case 'updateIndicator':
      if (step.value.indicatorCode == null) {
        throw refuse('BAD_USER_INPUT', 'REQUIRED', 'input.indicatorCode', '修改指标须给出其编号 indicatorCode');
      }
      return [
        (
          await applyIndicator(ctx, step.value, {
            until: dayBefore(rev.effectiveOn),
            revisionNumber: rev.number,
          })
        ).change,
      ];
  }
}

/** How lines name things: departments from the register, goals and measures by their codes now or in `changes`. */
function namesOf(
  register: readonly DepartmentRow[],
  items: {
    goals: readonly { id: number; code: string }[];
    measures: readonly { id: number; code: string; title: string }[];
  },
  changes: readonly PlanChange[],
): Names {
  const goalCodes = new Map<number, string>();
  const measureCodes = new Map<number, string>();
  for (const change of changes) {
    if (change.kind.startsWith('GOAL_')) {
      for (const row of [change.before, change.after] as ({ id: number; code: string } | null)[]) {
        if (row) goalCodes.set(row.id, row.code);
      }
    }
    if (change.kind.startsWith('MEASURE_')) {
      for (const row of [change.before, change.after] as ({ id: number; code: string } | null)[]) {
        if (row) measureCodes.set(row.id, row.code);
      }
    }
  }
  for (const g of items.goals) goalCodes.set(g.id, g.code);
  for (const m of items.measures) measureCodes.set(m.id, m.code);
  const departmentNames = new Map(register.map((d) => [d.id, d.name]));
  const measureTitles = new Map(items.measures.map((m) => [m.code, m.title]));
  return {
    measureTitle: (code) => measureTitles.get(code) ?? null,
    department: (id) => departmentNames.get(id) ?? `#${id}`,
    goal: (id) => (id === null ? null : (goalCodes.get(id) ?? `#${id}`)),
    measure: (id) => (id === null ? null : (measureCodes.get(id) ?? `#${id}`)),
  };
}

/** A plan's revision as the API shows it. */
async function revisionView(
  scope: RequestScope,
  row: RevisionRow,
  publisher: { displayName: string; departmentId: number | null },
  lines: ChangeLine[],
): Promise<PlanRevision> {
  const register = await getDepartments(scope);
  return {
    id: row.id,
    number: row.number,
    reason: row.reason,
    docNumber: row.docNumber,
    effectiveOn: row.effectiveOn,
    publishedAt: row.publishedAt,
    publishedBy: {
      displayName: publisher.displayName,
      departmentName: register.find((d) => d.id === publisher.departmentId)?.name ?? null,
    },
    changes: lines,
  };
}

/** Refuses a plan that does not take a revision: a draft (edited directly), an archived or an ended plan. */
function checkRevisable(plan: PlanRow, now: string): void {
  // The plan write gate's rule first (an archived plan is read-only), then the revision's own.
  checkPlanWritable(plan, 'settings', 'input.planCode');
  if (plan.state === PlanState.DRAFT) {
    throw refuse(
      'CONFLICT',
      'PLAN_IS_DRAFT',
      'input.planCode',
      `方案「${plan.code}」还是草稿：草稿可直接修改，无需调整`,
    );
  }
  if (now > plan.endsOn) {
    throw refuse(
      'CONFLICT',
      'PLAN_ENDED',
      'input.planCode',
      `方案「${plan.code}」已于 ${plan.endsOn} 结束，不能再调整（可制定接续方案）`,
    );
  }
}

/** The measures withdrawn in the content. */
const withdrawnCodes = (content: DraftContent) =>
  new Set(content.measures.filter((m) => m.withdrawnOn !== null).map((m) => m.code));

/**
 * 方案调整: the changes applied in order to a plan in force, in one transaction that locks the plan; each later
 * change sees the earlier ones. Then the whole is checked (every live leaf measure has a lead, every indicator a
 * target), one plan_revisions row and one PLAN_REVISED event are written. Any refusal names its change and writes
 * nothing. A dry run does all of it, then rolls back, and returns the lines with no revision.
 */
export async function publishRevision(scope: RequestScope, input: PlanRevisionInput): Promise<PlanRevisionResult> {
  const viewer = await authorizePlanOffice(scope, input.planCode, 'plan.revise');
  // The plan write gate: a revision changes the plan's content, which only a plan in force takes (checked again,
  // with the rest of checkRevisable, once the plan is locked).
  await getWritablePlan(scope, input.planCode, 'input.planCode', 'settings');
  const reason = requireText(input.reason, 'input.reason', REASON_MAX, '调整理由');
  const docNumber = checkText(input.docNumber, 'input.docNumber', {
    max: DOC_NUMBER_MAX,
    required: false,
    label: '调整文件号',
  });
  const now = today(scope.clock);
  if (input.effectiveOn > now) {
    throw refuse(
      'BAD_USER_INPUT',
      'EFFECTIVE_IN_FUTURE',
      'input.effectiveOn',
      `生效日期 ${input.effectiveOn} 晚于今天（${now}）：调整须在生效之日或之后发布`,
    );
  }
  const steps = stepsOf(input.changes);
  const register = await getDepartments(scope);
  try {
    const done = await scope.db.transaction(async (tx) => {
      const plan = await lockPlan(tx, input.planCode);
      if (!plan)
        throw refuse('NOT_FOUND', 'PLAN_NOT_FOUND', 'input.planCode', `未找到编码为「${input.planCode}」的方案`);
      checkRevisable(plan, now);
      if (input.effectiveOn < plan.startsOn) {
        throw refuse(
          'BAD_USER_INPUT',
          'EFFECTIVE_BEFORE_START',
          'input.effectiveOn',
          `生效日期 ${input.effectiveOn} 早于方案开始日期 ${plan.startsOn}`,
        );
      }
      const rev: Revising = {
        effectiveOn: input.effectiveOn,
        number: await nextRevisionNumber(tx, plan.id),
        ended: [],
        added: new Set(),
      };
      const first = await readContent(tx, plan);
      const applied: PlanChange[] = [];
      let content = first;
      for (const [n, step] of steps.entries()) {
        // Each change sees the ones before it: the content is read again after each write.
        if (n > 0) content = await readContent(tx, plan);
        const ctx: DraftContext = { tx, content, register, viewer };
        applied.push(...(await naming(`input.changes[${step.index}].${step.key}`, () => applyStep(ctx, step, rev))));
      }
      const changes = applied.filter(isEffective);
      if (changes.length === 0) {
        throw refuse('BAD_USER_INPUT', 'REVISION_EMPTY', 'input.changes', '这次调整没有改变任何内容');
      }
      const last = await readContent(tx, plan);
      const withdrawn = withdrawnCodes(last);
      const problems = (await problemsOf(tx, plan)).filter(
        (p) => !(p.item.kind === 'MEASURE' && withdrawn.has(p.item.code)),
      );
      if (problems.length > 0) {
        const error = refuse(
          'BAD_USER_INPUT',
          'REVISION_INCOMPLETE',
          'input.changes',
          `调整后方案还有 ${problems.length} 处问题：${problems.map((p) => p.message).join('；')}`,
        );
        (error.extensions as Record<string, unknown>).problems = problems;
        throw error;
      }
      const lines = changes.map((c) => changeLine(c, namesOf(register, last, changes)));
      const departmentIds = departmentsTouched(changes, first, last);
      const revision = await insertRevision(tx, {
        planId: plan.id,
        number: rev.number,
        reason,
        docNumber,
        effectiveOn: input.effectiveOn,
        publishedBy: viewer.userId,
        publishedAt: scope.clock.now(),
        changes,
      });
      const stillThere = new Set(last.measures.map((m) => m.id));
      await insertEndedAssignments(
        tx,
        rev.ended.filter((e) => stillThere.has(e.measureId)).map((e) => ({ ...e, revisionId: revision.id })),
      );
      await appendEvents(tx, [
        {
          type: EventType.PLAN_REVISED,
          planId: plan.id,
          actorUserId: viewer.userId,
          payload: {
            code: plan.code,
            revisionId: revision.id,
            number: revision.number,
            reason,
            docNumber,
            effectiveOn: input.effectiveOn,
            changes,
            departmentIds,
          },
        },
      ]);
      if (input.dryRun) throw new DryRun({ plan, revision: null, changes: lines });
      return { plan, revision, lines };
    });
    // Read outside the transaction: a read on the request's handle would wait for it (one connection on PGlite).
    const publisher = await publisherOf(scope, viewer);
    return {
      plan: done.plan,
      revision: await revisionView(scope, done.revision, publisher, done.lines),
      changes: done.lines,
    };
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

async function publisherOf(scope: RequestScope, viewer: Viewer) {
  const user = await getUserById(scope, viewer.userId);
  return { displayName: user?.displayName ?? viewer.username, departmentId: user?.departmentId ?? null };
}

/** 版本历史: the plan's revisions, newest first, readable. A constant number of statements however many there are. */
export async function getRevisions(scope: RequestScope, plan: PlanRow): Promise<PlanRevision[]> {
  const [rows, items, register] = await Promise.all([
    listRevisions(scope.db, plan.id),
    listItemCodes(scope.db, plan.id),
    getDepartments(scope),
  ]);
  const names = namesOf(
    register,
    items,
    rows.flatMap((r) => r.revision.changes),
  );
  return Promise.all(
    rows.map((r) =>
      revisionView(
        scope,
        r.revision,
        r,
        r.revision.changes.map((c) => changeLine(c, names)),
      ),
    ),
  );
}

/** The plan as it stood right after revision `number` (0: as published): NOT_FOUND for a number it never had. */
export async function getPlanVersion(scope: RequestScope, plan: PlanRow, number: number): Promise<PlanVersion> {
  const notFound = () =>
    refuse('NOT_FOUND', 'REVISION_NOT_FOUND', 'revision', `方案「${plan.code}」没有第 ${number} 次调整`);
  if (!Number.isInteger(number) || number < 0) throw notFound();
  const [fromIt, current, register] = await Promise.all([
    listRevisionsAfter(scope.db, plan.id, Math.max(0, number - 1)),
    readCurrent(scope.db, plan.id),
    getDepartments(scope),
  ]);
  const it = fromIt.find((r) => r.number === number);
  if (number > 0 && !it) throw notFound();
  const state = versionAt(
    current,
    fromIt.filter((r) => r.number > number),
  );
  const name = new Map(register.map((d) => [d.id, d.name]));
  const goalCode = new Map(state.goals.map((g) => [g.id, g.code]));
  const measureCode = new Map(state.measures.map((m) => [m.id, m.code]));
  return {
    revision: number,
    effectiveOn: it?.effectiveOn ?? null,
    goals: state.goals.map((g) => ({ code: g.code, title: g.title })),
    measures: state.measures.map((m) => {
      const own = state.assignments.filter((a) => a.measureId === m.id);
      const lead = own.find((a) => a.role === 'LEAD');
      return {
        code: m.code,
        title: m.title,
        kind: m.kind,
        parentCode: m.parentId === null ? null : (measureCode.get(m.parentId) ?? null),
        goalCode: m.goalId === null ? null : (goalCode.get(m.goalId) ?? null),
        withdrawn: m.withdrawnOn !== null,
        leadName: lead ? (name.get(lead.departmentId) ?? null) : null,
        participantNames: own.filter((a) => a.role === 'PARTICIPANT').map((a) => name.get(a.departmentId) ?? ''),
      };
    }),
    indicators: state.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      target: i.target,
      targetText: i.targetText,
      unit: i.unit,
      targetDate: i.targetDate,
    })),
  };
}
