/**
 * Importing a plan document, with the database: the upload (read at once, so a bad file is refused before anything
 * is kept), the proposal the office reviews (header, counts, and every unit name matched against the register),
 * and the draft made from it in one transaction: the units the office chose added to the register or recorded as
 * aliases, then the plan with its goals, tree, units and indicators, each item carrying its 原文 and 待核对 flags.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { DomainError, requireText } from '../../shared/errors';
import type { RequestScope } from '../../shared/request-scope';
import { AssignmentRole } from '../assignment';
import { DepartmentKind, type DepartmentRow, getDepartments } from '../department';
import { type ImportedUnitChange, registerImportedUnits } from '../department-admin';
import { appendEvents, EventType } from '../event';
import type { IndicatorDirection, TargetKind } from '../indicator';
import type { MeasureKind } from '../measure';
import type { PlanRow } from '../plan';
import {
  checkDates,
  checkPlanCode,
  header,
  insertAssignments,
  insertDraftPlan,
  insertGoals,
  insertIndicators,
  insertMeasures,
  lockPlan,
  refuse,
} from '../plan-editor';
import { authorize } from '../policy';
import { type DocumentBlock, type ExtractedDocument, ImportError } from './plan-import.document';
import { type DraftRows, draftRowsOf, isPlanDate } from './plan-import.draft.rules';
import { extractDocument } from './plan-import.extract';
import type { CreatePlanFromDocumentInput } from './plan-import.input';
import { type MatchableUnit, matchUnits, proposedCodeOf, type UnitMatch, unitKey } from './plan-import.matching.rules';
import type { ProposedMeasure, ProposedPlan } from './plan-import.proposed';
import { blocksOf, findPlanDocument, insertPlanDocument } from './plan-import.repository';
import { proposePlan } from './plan-import.rules';
import type { PlanDocumentRow } from './plan-import.table';
import { documentForParser } from './plan-import.text';
import type { ImportedUnitStatus } from './plan-import.type';

const LINE_MAX = 500;
const FILE_NAME_MAX = 255;

/** An ImportError as the API says it: BAD_USER_INPUT on the file, its code as the detail. */
export function importRefusal(error: ImportError, field = 'file'): DomainError {
  return new DomainError('BAD_USER_INPUT', { field, reason: error.reason, detail: error.code });
}

/** The plan a document proposes, read as the parser reads it (`documentForParser`). */
export function proposalOf(document: ExtractedDocument): ProposedPlan {
  return proposePlan(documentForParser(document));
}

/**
 * 上传方案文件: reads the document (a .docx, a text-layer PDF or plain text) and keeps what it read. A file that is
 * empty, too large, damaged, scanned without text, of another format, or no plan at all is refused, naming why,
 * and nothing is kept.
 */
export async function uploadPlanDocument(
  scope: RequestScope,
  bytes: Uint8Array,
  fileName: string,
): Promise<PlanDocumentRow> {
  const viewer = authorize(scope, 'plan.import');
  const name = fileName.trim().slice(0, FILE_NAME_MAX) || '未命名文件';
  let document: ExtractedDocument;
  try {
    document = await extractDocument(bytes, name);
    proposalOf(document);
  } catch (error) {
    if (error instanceof ImportError) throw importRefusal(error);
    throw error;
  }
  return insertPlanDocument(scope.db, {
    uploadedBy: viewer.userId,
    fileName: name,
    format: document.format,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blocks: document.blocks,
  });
}

/** An uploaded document the viewer may read: their own upload (an ADMIN: any). */
export async function getPlanDocument(scope: RequestScope, id: number, field = 'id'): Promise<PlanDocumentRow> {
  const viewer = authorize(scope, 'plan.import');
  const row = await findPlanDocument(scope.db, id);
  if (!row || (viewer.role !== 'ADMIN' && row.uploadedBy !== viewer.userId)) {
    throw refuse('NOT_FOUND', 'PLAN_DOCUMENT_NOT_FOUND', field, `未找到编号为 ${id} 的方案文件，请重新上传`);
  }
  return row;
}

/** The register as matching sees it. */
export function matchableOf(units: readonly DepartmentRow[]): MatchableUnit[] {
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    aliases: u.aliases,
    formerNames: u.formerNames.map((f) => f.name),
    retired: u.retiredOn !== null,
  }));
}

/** Every unit name the proposal writes, in document order. */
export function unitNamesOf(proposal: ProposedPlan): string[] {
  const names: string[] = [];
  const walk = (list: ProposedMeasure[]) => {
    for (const m of list) {
      names.push(...m.lead, ...m.participating);
      walk(m.children);
    }
  };
  walk(proposal.measures);
  return names;
}

/** What the office reviews before a draft is made: the proposal and its units matched against the register. */
export interface PlanDocumentReading {
  document: PlanDocumentRow;
  proposal: ProposedPlan;
  units: UnitMatch[];
  /** How many times the document names each unit, by name. */
  mentions: Map<string, number>;
  suggestedCode: string;
  /** Leading groups of the register, the one the document names first. */
  leadingGroups: DepartmentRow[];
  /** A new unit's proposed register code, by name. */
  newCodes: Map<string, string>;
}

/** 导入预览: the stored document read again into a proposal, its unit names matched against the register. */
export async function readPlanDocument(scope: RequestScope, id: number): Promise<PlanDocumentReading> {
  const document = await getPlanDocument(scope, id);
  const proposal = readStoredProposal(document, 'id');
  const register = await getDepartments(scope);
  const names = unitNamesOf(proposal);
  const units = matchUnits(names, matchableOf(register));
  const mentions = new Map<string, number>();
  for (const name of names) {
    const key = units.find((u) => unitKey(u.name) === unitKey(name))?.name ?? name;
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  }
  const taken = new Set(register.map((u) => u.code));
  const newCodes = new Map<string, string>();
  for (const unit of units) {
    if (unit.status !== 'UNKNOWN') continue;
    const code = proposedCodeOf(unit.name, taken);
    taken.add(code);
    newCodes.set(unit.name, code);
  }
  const text = [proposal.plan.title ?? '', proposal.plan.summary ?? '', ...document.blocks.map(blockText)].join('\n');
  const leadingGroups = register
    .filter((u) => u.kind === DepartmentKind.LEADING_GROUP && u.retiredOn === null)
    .map((u) => ({ unit: u, at: text.indexOf(u.name) }))
    .sort((a, b) => (a.at < 0 ? 1 : 0) - (b.at < 0 ? 1 : 0) || a.at - b.at)
    .map((g) => g.unit);
  return {
    document,
    proposal,
    units,
    mentions,
    suggestedCode: suggestedCodeOf(proposal, document.id),
    leadingGroups,
    newCodes,
  };
}

const blockText = (b: unknown) => {
  const block = b as DocumentBlock;
  return block.kind === 'paragraph' ? block.text : block.rows.map((r) => r.join(' ')).join('\n');
};

/** A plan code to start from: plan-<start year>-<document id>, which the office may change. */
function suggestedCodeOf(proposal: ProposedPlan, documentId: number): string {
  const year = proposal.plan.startsOn?.slice(0, 4) ?? proposal.plan.issuedOn?.slice(0, 4);
  return year ? `plan-${year}-${documentId}` : `plan-${documentId}`;
}

/** The stored document read again into a proposal; a refusal names `field`. */
export function readStoredProposal(document: PlanDocumentRow, field: string): ProposedPlan {
  try {
    return proposalOf({ format: document.format as ExtractedDocument['format'], blocks: blocksOf(document) });
  } catch (error) {
    if (error instanceof ImportError) throw importRefusal(error, field);
    throw error;
  }
}

/** The header a document gives: a date it writes that is no calendar day (二月三十日) is taken as not given. */
function headerOf(proposal: ProposedPlan): ProposedPlan['plan'] {
  const { plan } = proposal;
  return {
    ...plan,
    issuedOn: isPlanDate(plan.issuedOn) ? plan.issuedOn : null,
    startsOn: isPlanDate(plan.startsOn) ? plan.startsOn : null,
    endsOn: isPlanDate(plan.endsOn) ? plan.endsOn : null,
  };
}

/**
 * The rows of the draft a document makes, the one computation behind the preview's counts and the draft itself:
 * each written unit name resolved through `codes` (by unitKey; a name not there gets no unit yet, which changes no
 * count or flag), `endsOn` as draftRowsOf takes it.
 */
function draftRowsOfDocument<E extends string | null>(
  proposal: ProposedPlan,
  codes: ReadonlyMap<string, string>,
  endsOn: E,
): DraftRows<string | E> {
  return draftRowsOf(proposal, (name) => codes.get(unitKey(name)) ?? null, endsOn);
}

/** How the office resolved each unit name: to a register code, with the register changes that takes. */
function resolveUnits(
  units: readonly UnitMatch[],
  input: CreatePlanFromDocumentInput,
): { codeOf: Map<string, string>; changes: ImportedUnitChange[] } {
  const codeOf = new Map<string, string>();
  for (const unit of units) if (unit.status === 'MATCHED') codeOf.set(unitKey(unit.name), unit.code);
  const changes: ImportedUnitChange[] = [];
  const known = new Set(units.map((u) => unitKey(u.name)));
  for (const [i, choice] of (input.units ?? []).entries()) {
    const field = `input.units[${i}]`;
    const key = unitKey(choice.name);
    if (!known.has(key)) {
      throw refuse('BAD_USER_INPUT', 'UNIT_NOT_IN_DOCUMENT', `${field}.name`, `文件中没有单位「${choice.name}」`);
    }
    const given = [choice.departmentCode, choice.newDepartment].filter((v) => v != null).length;
    if (given !== 1) {
      throw refuse(
        'BAD_USER_INPUT',
        'UNIT_CHOICE',
        field,
        `单位「${choice.name}」须选择一项：对应已有部门，或新建部门`,
      );
    }
    if (choice.newDepartment) {
      const code = choice.newDepartment.code.trim();
      changes.push({
        kind: 'create',
        field: `${field}.newDepartment`,
        code,
        name: choice.newDepartment.name ?? choice.name,
        unitKind: choice.newDepartment.kind,
      });
      codeOf.set(key, code);
    } else if (choice.departmentCode) {
      if (choice.asAlias) {
        changes.push({ kind: 'alias', field, code: choice.departmentCode, alias: choice.name.trim() });
      }
      codeOf.set(key, choice.departmentCode);
    }
  }
  const open = units.filter((u) => (u.status === 'UNKNOWN' || u.status === 'RETIRED') && !codeOf.has(unitKey(u.name)));
  if (open.length > 0) {
    throw refuse(
      'BAD_USER_INPUT',
      'UNITS_UNRESOLVED',
      'input.units',
      `还有 ${open.length} 个单位未对应到部门名册：${open.map((u) => `「${u.name}」`).join('、')}。请对应已有部门或新建部门`,
    );
  }
  return { codeOf, changes };
}

/**
 * 由文件生成草稿 (ADMIN): a draft plan from an uploaded document, with the header the office confirmed, the leading
 * group it chose and a register code for every unit name (matched, chosen, or new). One transaction: a refusal names
 * its field and writes nothing.
 */
export async function createPlanFromDocument(
  scope: RequestScope,
  input: CreatePlanFromDocumentInput,
): Promise<PlanRow> {
  const viewer = authorize(scope, 'plan.create');
  const document = await getPlanDocument(scope, input.documentId, 'input.documentId');
  const proposal = readStoredProposal(document, 'input.documentId');
  checkPlanCode(input.code);
  const given = headerOf(proposal);
  const startsOn = input.startsOn ?? given.startsOn;
  const endsOn = input.endsOn ?? given.endsOn;
  if (!startsOn) throw refuse('BAD_USER_INPUT', 'REQUIRED', 'input.startsOn', '文件中没有实施期限，请填写开始日期');
  if (!endsOn) throw refuse('BAD_USER_INPUT', 'REQUIRED', 'input.endsOn', '文件中没有实施期限，请填写结束日期');
  const values = {
    code: input.code,
    title: requireText(input.title ?? given.title ?? '', 'input.title', LINE_MAX, '方案名称'),
    issuer: requireText(input.issuer ?? given.issuer ?? '', 'input.issuer', LINE_MAX, '印发机关'),
    docNumber: (input.docNumber === undefined ? given.docNumber : input.docNumber)?.trim() || null,
    issuedOn: input.issuedOn === undefined ? given.issuedOn : input.issuedOn,
    startsOn,
    endsOn,
    summary: given.summary,
  };
  checkDates(values);
  const register = await getDepartments(scope);
  const group = register.find((d) => d.code === input.leadingGroupCode);
  if (!group) {
    throw refuse(
      'NOT_FOUND',
      'DEPARTMENT_NOT_FOUND',
      'input.leadingGroupCode',
      `未找到编码为「${input.leadingGroupCode}」的部门`,
    );
  }
  if (group.kind !== DepartmentKind.LEADING_GROUP) {
    throw refuse('BAD_USER_INPUT', 'NOT_A_LEADING_GROUP', 'input.leadingGroupCode', `「${group.name}」不是领导小组`);
  }
  const units = matchUnits(unitNamesOf(proposal), matchableOf(register));
  const { codeOf, changes } = resolveUnits(units, input);
  // Fields the office confirmed are no longer guesses.
  const planFlags = proposal.flags.filter(
    (f) =>
      !(f.code === 'NO_TITLE' && input.title) &&
      !(f.code === 'NO_ISSUER' && input.issuer) &&
      !(f.code === 'NO_PERIOD' && input.startsOn && input.endsOn),
  );
  const rows = draftRowsOfDocument(proposal, codeOf, endsOn);

  return scope.db.transaction(async (tx) => {
    if (await lockPlan(tx, input.code)) {
      throw refuse('CONFLICT', 'PLAN_CODE_TAKEN', 'input.code', `方案编码「${input.code}」已被使用`);
    }
    const units = changes.length > 0 ? await registerImportedUnits(tx, scope, changes) : register;
    const { after: draft } = await insertDraftPlan(tx, {
      ...values,
      leadingGroupId: group.id,
      importedFrom: document.fileName,
      importFlags: planFlags,
    });
    await insertRows(tx, draft, rows, units, group.officeDepartmentId);
    await appendEvents(tx, [
      {
        type: EventType.PLAN_CREATED,
        planId: draft.id,
        actorUserId: viewer.userId,
        payload: { code: draft.code, before: null, after: header(draft) },
      },
      {
        type: EventType.PLAN_IMPORTED,
        planId: draft.id,
        actorUserId: viewer.userId,
        payload: {
          code: draft.code,
          document: document.fileName,
          goals: rows.goals.length,
          projects: rows.measures.filter((m) => m.kind === 'PROJECT').length,
          measures: rows.measures.filter((m) => m.kind === 'MEASURE').length,
          safeguards: rows.measures.filter((m) => m.kind === 'SAFEGUARD').length,
          indicators: rows.indicators.length,
        },
      },
    ]);
    return draft;
  });
}

const CHUNK = 500;

async function chunked<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

/** Writes the draft's goals, tree (level by level), units and indicators. */
async function insertRows(
  tx: Db,
  draft: PlanRow,
  rows: DraftRows,
  register: readonly DepartmentRow[],
  officeId: number | null,
): Promise<void> {
  const idOfUnit = new Map(register.map((u) => [u.code, u.id]));
  const unitId = (code: string | null) => (code === null ? null : (idOfUnit.get(code) ?? null));
  const goals = await chunked(
    rows.goals.map((g, position) => ({ planId: draft.id, position, ...g })),
    (chunk) => insertGoals(tx, chunk),
  );
  const goalId = new Map(goals.map((g) => [g.code, g.id]));
  const measureId = new Map<string, number>();
  const depth = (code: string) => code.split('.').length - 1;
  const deepest = Math.max(-1, ...rows.measures.map((m) => depth(m.code)));
  for (let level = 0; level <= deepest; level++) {
    const inserted = await chunked(
      rows.measures
        .map((m, position) => ({ m, position }))
        .filter(({ m }) => depth(m.code) === level)
        .map(({ m, position }) => ({
          planId: draft.id,
          parentId: m.parentCode === null ? null : (measureId.get(m.parentCode) ?? null),
          goalId: m.goalCode === null ? null : (goalId.get(m.goalCode) ?? null),
          code: m.code,
          kind: m.kind as MeasureKind,
          position,
          title: m.title,
          description: m.description,
          source: m.source,
          importFlags: m.importFlags,
        })),
      (chunk) => insertMeasures(tx, chunk),
    );
    for (const row of inserted) measureId.set(row.code, row.id);
  }
  const assignments = rows.measures.flatMap((m) => {
    const lead = unitId(m.leadCode);
    if (lead === null) return [];
    return [
      { departmentId: lead, role: AssignmentRole.LEAD },
      ...m.participantCodes
        .map(unitId)
        .filter((id): id is number => id !== null && id !== lead)
        .map((departmentId) => ({ departmentId, role: AssignmentRole.PARTICIPANT })),
    ].map((a) => ({ ...a, measureCode: m.code }));
  });
  await chunked(
    assignments.map((a, position) => ({
      planId: draft.id,
      measureId: measureId.get(a.measureCode)!,
      departmentId: a.departmentId,
      role: a.role,
      position,
      since: null,
    })),
    async (chunk) => {
      await insertAssignments(tx, chunk);
      return [];
    },
  );
  const fallback = officeId ?? unitId(rows.measures.find((m) => m.leadCode !== null)?.leadCode ?? null);
  const indicators = rows.indicators.flatMap((i, position) => {
    const departmentId = unitId(i.departmentCode) ?? fallback;
    const goal = goalId.get(i.goalCode);
    if (departmentId === null || goal === undefined) return [];
    return [
      {
        planId: draft.id,
        goalId: goal,
        measureId: i.measureCode === null ? null : (measureId.get(i.measureCode) ?? null),
        departmentId,
        code: i.code,
        position,
        name: i.name,
        unit: i.unit,
        baseline: i.baseline,
        baselineYear: i.baselineYear,
        target: i.target,
        targetDate: i.targetDate,
        direction: i.direction as IndicatorDirection,
        targetKind: i.targetKind as TargetKind,
        targetText: i.targetText,
        source: i.source,
        importFlags: i.importFlags,
      },
    ];
  });
  await chunked(indicators, (chunk) => insertIndicators(tx, chunk));
}

/** 导入预览 as the API shows it: header, counts, flags and every unit name with its match and suggestions. */
export async function getPlanDocumentPreview(scope: RequestScope, id: number) {
  const reading = await readPlanDocument(scope, id);
  const register = await getDepartments(scope);
  const byCode = new Map(register.map((u) => [u.code, u]));
  const { proposal } = reading;
  // Counted on the rows the draft would get, so that the preview and the editor's checklist name the same number
  // of items to check. Without a period in the document an indicator naming no year has no target date yet.
  const given = headerOf(proposal);
  const matched = new Map(reading.units.flatMap((u) => (u.status === 'MATCHED' ? [[unitKey(u.name), u.code]] : [])));
  const rows = draftRowsOfDocument(proposal, matched, given.endsOn);
  const flagged =
    rows.goals.filter((g) => g.importFlags.length > 0).length +
    rows.measures.filter((m) => m.importFlags.length > 0).length +
    rows.indicators.filter((i) => i.importFlags.length > 0).length;
  return {
    id: reading.document.id,
    fileName: reading.document.fileName,
    format: reading.document.format,
    byteSize: reading.document.byteSize,
    header: given,
    flags: proposal.flags,
    counts: {
      goals: rows.goals.length,
      indicators: rows.indicators.length,
      projects: rows.measures.filter((m) => m.kind === 'PROJECT').length,
      measures: rows.measures.filter((m) => m.kind === 'MEASURE').length,
      safeguards: rows.measures.filter((m) => m.kind === 'SAFEGUARD').length,
      flagged,
    },
    units: reading.units.map((u) => ({
      name: u.name,
      status: u.status as ImportedUnitStatus,
      department: 'code' in u ? (byCode.get(u.code) ?? null) : null,
      matchedBy: u.status === 'MATCHED' ? u.by : null,
      mentions: reading.mentions.get(u.name) ?? 1,
      suggestions:
        'suggestions' in u
          ? u.suggestions.flatMap((s) => {
              const department = byCode.get(s.code);
              return department ? [{ department, reason: s.reason, score: s.score }] : [];
            })
          : [],
      proposedKind: u.status === 'UNKNOWN' ? (u.proposedKind as DepartmentKind) : null,
      proposedCode: reading.newCodes.get(u.name) ?? null,
    })),
    suggestedCode: reading.suggestedCode,
    leadingGroups: reading.leadingGroups,
  };
}
