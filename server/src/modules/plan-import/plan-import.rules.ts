/**
 * Blocks of a plan document → a proposed plan (the importer's parsing half; pure, no database). The concerns live
 * in their own files: the header (plan-import.header.rules.ts), the numbered hierarchy (…hierarchy.rules.ts), the
 * indicators in prose (…indicators.rules.ts) and the responsible units (…units.rules.ts).
 */
import { type DocumentBlock, type ExtractedDocument, ImportError } from './plan-import.document';
import { readHeader } from './plan-import.header.rules';
import {
  buildTree,
  firstHeading,
  isGenericPart,
  joinBrokenParagraphs,
  markerOf,
  type PartKind,
  partKind,
  type SourceNode,
  splitHeading,
} from './plan-import.hierarchy.rules';
import { readIndicators, readIndicatorTable } from './plan-import.indicators.rules';
import { DATE_PATTERN } from './plan-import.numerals';
import {
  flag,
  type ProposedGoal,
  type ProposedMeasure,
  type ProposedMeasureKind,
  type ProposedPlan,
} from './plan-import.proposed';
import {
  columnRole,
  deadlineIn,
  deadlineInProse,
  deadlineLine,
  markerlessTitle,
  namesUnits,
  parseUnits,
  splitUnits,
  trailingUnits,
  type UnitsFound,
  unitLine,
  unitsInProse,
} from './plan-import.units.rules';

export type { ProposedPlan } from './plan-import.proposed';

/** Lines a web page or a viewer adds around a document. */
const NOISE = /^(?:扫码|扫一扫|打印本页|关闭窗口|浏览次数|分享到|【打印】|【关闭】|来源：|发布时间：|字号：|附件下载)/;

const textOf = (blocks: DocumentBlock[]) =>
  blocks.filter((b): b is Extract<DocumentBlock, { kind: 'paragraph' }> => b.kind === 'paragraph').map((b) => b.text);

/** The line that opens an annex: 附件, 附件1：重点任务分工表. */
const ANNEX = /^附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]?\s*[^。；]{0,40}$/;

/** Parts that frame a plan without holding its goals or tasks. */
const FRAMING = /指导思想|基本原则|工作原则|总体要求|总体思路|编制依据|适用范围|背景|现状|形势/;

/** A line that is only a date: 2023年4月10日, 二〇二三年四月十日. */
const DATE_LINE = new RegExp(`^${DATE_PATTERN.source}$`);
/** The issuer signing under the text: a short name ending as offices do, no punctuation. */
const SIGNATURE =
  /^[\u4e00-\u9fa5（）()]{2,30}(?:政府|办公室|办公厅|委员会|领导小组|指挥部|局|厅|委|部|院|会|处|中心)$/;

/**
 * The blocks without the signature and date under the text (东山县人民政府办公室 / 2023年4月10日), which would
 * otherwise read as the last item's text. The header reads them from the document's end itself.
 */
function withoutSignature(blocks: DocumentBlock[]): DocumentBlock[] {
  let end = blocks.length;
  const text = (i: number) => {
    const b = blocks[i];
    return b?.kind === 'paragraph' ? b.text.trim().replace(/\s+/g, '') : null;
  };
  const isDate = (i: number) => {
    const t = text(i);
    return t !== null && DATE_LINE.test(t.replace(/^[（(]|[）)]$/g, ''));
  };
  if (end > 1 && isDate(end - 1)) {
    end--;
    while (end > 1 && SIGNATURE.test(text(end - 1) ?? '') && !markerOf(text(end - 1)!)) end--;
  }
  return blocks.slice(0, end);
}

/** Whether a node names its responsible units: a trailing parenthesis, or a unit line in its body. */
function assignsUnits(node: SourceNode): boolean {
  const trailing = trailingUnits(node.marker!.rest);
  if (trailing && namesUnits(trailing.statement)) return true;
  return node.body.some((b) => b.kind === 'paragraph' && unitLine(b.text) !== null);
}

interface Built {
  measure: ProposedMeasure;
  /** The units came from a line after the node's last child measure, not from the node's own text. */
  unitsFromTrailingLine: boolean;
}

function applyUnits(measure: ProposedMeasure, units: UnitsFound) {
  measure.lead = units.lead;
  measure.participating = units.participating;
  if (units.deadline) measure.deadline = units.deadline;
}

const hasUnits = (m: ProposedMeasure) => m.lead.length > 0 || m.participating.length > 0;

function newMeasure(kind: ProposedMeasureKind, number: string | null, text: string, source: string): ProposedMeasure {
  const { title, description } = splitHeading(text);
  return {
    number,
    title,
    description,
    kind,
    lead: [],
    participating: [],
    deadline: null,
    source,
    indicators: [],
    flags: [],
    children: [],
  };
}

/** The measure a node of a task or safeguard part becomes, with its children. */
function buildMeasure(node: SourceNode, kind: ProposedMeasureKind, defaultYear: number | null, tables: Table[]): Built {
  const marker = node.marker!;
  let headingText = marker.rest;
  let ownUnits: UnitsFound | null = null;
  const statements: string[] = [];
  const trailing = trailingUnits(headingText);
  if (trailing) {
    headingText = trailing.rest;
    statements.push(trailing.statement);
    const units = parseUnits(trailing.statement);
    ownUnits = { ...units, deadline: units.deadline ?? trailing.deadline ?? null };
  }
  const measure = newMeasure(kind, marker.number, headingText, node.text);
  const body: string[] = measure.description ? [measure.description] : [];
  let unitsFromTrailingLine = false;
  for (const block of node.body) {
    if (block.kind === 'table') {
      tables.push({ rows: block.rows, owner: measure });
      continue;
    }
    const line = unitLine(block.text);
    if (line) {
      // 牵头单位：… and 配合单位：… (or 责任单位：…) may stand on lines of their own: read together, as one statement.
      statements.push(line);
      const units = parseUnits(statements.join('；'));
      ownUnits = { ...units, deadline: ownUnits?.deadline ?? units.deadline };
      measure.source += `\n${block.text}`;
      unitsFromTrailingLine = node.children.length > 0;
      continue;
    }
    const deadline = deadlineLine(block.text);
    if (deadline) {
      measure.deadline = deadline;
      continue;
    }
    const t = trailingUnits(block.text);
    if (t && !ownUnits) {
      const units = parseUnits(t.statement);
      ownUnits = { ...units, deadline: units.deadline ?? t.deadline ?? null };
      body.push(t.rest);
    } else {
      body.push(block.text);
    }
  }
  measure.description = body.length > 0 ? body.join('\n') : null;
  if (ownUnits) applyUnits(measure, ownUnits);
  else if (node.children.length === 0) {
    // No unit statement: X会同Y、Z / 由X牵头 in the text is a guess, flagged for review.
    const guessed = unitsInProse(measure.description ?? '');
    if (guessed) {
      applyUnits(measure, guessed);
      measure.flags.push(flag('UNITS_FROM_PROSE', `未写明责任单位，按正文“${guessed.phrase}”推定`));
    }
  }
  // A deadline in the text (…，2024年底前完成) when none is labelled: a guess, flagged.
  const written = measure.deadline ? null : deadlineInProse(`${measure.title}。${measure.description ?? ''}`);
  if (written) {
    measure.deadline = written;
    measure.flags.push(flag('DEADLINE_FROM_PROSE', `未单独写明完成时限，按正文“${written}”推定`));
  }
  // Numeric targets in a measure's title (新增集成服务事项20项) and text; no qualitative guesses from the title, and
  // from the text only outcomes (实现…): measures are full of 提升 and 加强.
  measure.indicators = [
    ...readIndicators(measure.title, { defaultYear }, { qualitative: 'none' }).indicators,
    ...readIndicators(measure.description ?? '', { defaultYear }, { qualitative: 'outcomes' }).indicators,
  ];

  const children = node.children.map((child) =>
    buildMeasure(child, kind === 'SAFEGUARD' ? 'MEASURE' : 'MEASURE', defaultYear, tables),
  );
  // A unit line after several child measures, none of which names its own: the line is the parent's
  // (（一）工程 → 1. 2. 3. → （责任部门：…）). Only the last child can have received it.
  const last = children[children.length - 1];
  if (
    last?.unitsFromTrailingLine === false &&
    children.length > 1 &&
    hasUnits(last.measure) &&
    !hasUnits(measure) &&
    children.slice(0, -1).every((c) => !hasUnits(c.measure)) &&
    last.measure.source.includes('\n')
  ) {
    const [heading, ...unitLines] = last.measure.source.split('\n');
    if (unitLines.length > 0 && unitLines.every((l) => unitLine(l))) {
      measure.lead = last.measure.lead;
      measure.participating = last.measure.participating;
      measure.deadline ??= last.measure.deadline;
      last.measure.lead = [];
      last.measure.participating = [];
      last.measure.deadline = null;
      last.measure.source = heading!;
      measure.source += `\n${unitLines.join('\n')}`;
    }
  }
  measure.children = children.map((c) => c.measure);
  return { measure, unitsFromTrailingLine };
}

interface Table {
  rows: string[][];
  /** The measure whose body held it (rows that match no measure become its children), or null at the top. */
  owner: ProposedMeasure | null;
  /** Already read in place. */
  read?: boolean;
}

type Role = NonNullable<ReturnType<typeof columnRole>>;

/** A task-split table's columns, from its header row, or null when it is not one. */
function tableColumns(rows: string[][]): { header: number; roles: (Role | null)[] } | null {
  for (let r = 0; r < Math.min(3, rows.length); r++) {
    const roles = rows[r]!.map((cell) => (cell.length <= 20 ? columnRole(cell) : null));
    const hasTask = roles.includes('task') || roles.includes('category');
    const hasUnits = roles.includes('lead') || roles.includes('units');
    if (hasTask && hasUnits) {
      // Two task columns (重点任务 | 具体措施): the first groups the rows.
      const tasks = roles.flatMap((role, i) => (role === 'task' ? [i] : []));
      if (tasks.length > 1 && !roles.includes('category')) roles[tasks[0]!] = 'category';
      // Without a task column, the category column holds the tasks.
      if (!roles.includes('task')) roles[roles.indexOf('category')] = 'task';
      // 牵头单位 | 责任单位: beside a lead column, the units column names those taking part.
      if (roles.includes('lead') && !roles.includes('participating') && roles.includes('units')) {
        roles[roles.indexOf('units')] = 'participating';
      }
      return { header: r, roles };
    }
  }
  return null;
}

const normaliseTitle = (t: string) => t.replace(/[\s。；;，,、“”"]/g, '');

/** Finds a measure whose title is the row's task (or starts it), in the whole tree. */
function findMeasure(measures: ProposedMeasure[], title: string): ProposedMeasure | null {
  const wanted = normaliseTitle(title);
  if (wanted.length < 4) return null;
  for (const m of measures) {
    const have = normaliseTitle(m.title);
    if (have.length >= 4 && (have === wanted || wanted.startsWith(have) || have.startsWith(wanted))) return m;
    const inChildren = findMeasure(m.children, title);
    if (inChildren) return inChildren;
  }
  return null;
}

/** The rows of a task-split table → measures (matched to those the prose gave, else new ones). */
function readTable(table: Table, measures: ProposedMeasure[], defaultYear: number | null): ProposedMeasure[] {
  const columns = tableColumns(table.rows);
  if (!columns) return [];
  const { roles } = columns;
  const at = (row: string[], role: Role) => {
    const i = roles.indexOf(role);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  const added: ProposedMeasure[] = [];
  let category: ProposedMeasure | null = null;
  for (const row of table.rows.slice(columns.header + 1)) {
    if (row.every((c) => c.trim() === '')) continue;
    const categoryCell = at(row, 'category');
    if (categoryCell && categoryCell !== category?.title) {
      category = newMeasure('PROJECT', null, categoryCell, row.join(' | '));
      added.push(category);
    }
    const taskCell = at(row, 'task');
    if (!taskCell) continue;
    const { marker, rest } = markerlessTitle(taskCell);
    const existing = findMeasure(measures, splitHeading(rest).title);
    const measure = existing ?? newMeasure('MEASURE', marker ?? (at(row, 'number') || null), rest, row.join(' | '));
    if (existing) existing.source += `\n${row.join(' | ')}`;
    const leadCell = at(row, 'lead');
    const unitsCell = at(row, 'units');
    const participatingCell = at(row, 'participating');
    if (!participatingCell && namesUnits(leadCell || unitsCell)) {
      // One cell for all units, labelled inside: 牵头单位：X 配合单位：Y, or X牵头，Y配合.
      applyUnits(measure, parseUnits(leadCell || unitsCell));
    } else if (!leadCell && !participatingCell) {
      // 责任单位 alone: X（牵头）、Y, else the first named leads.
      applyUnits(measure, parseUnits(`责任单位：${unitsCell}`));
    } else {
      measure.lead = splitUnits(leadCell || unitsCell);
      measure.participating = splitUnits(participatingCell);
    }
    const deadlineCell = at(row, 'deadline');
    if (deadlineCell) measure.deadline = deadlineIn(deadlineCell) ?? deadlineCell;
    if (!existing) {
      measure.indicators = readIndicators(
        measure.description ?? '',
        { defaultYear },
        { qualitative: 'none' },
      ).indicators;
      if (category) {
        category.children.push(measure);
      } else {
        added.push(measure);
      }
    }
  }
  return added;
}

function goalsOf(part: SourceNode, defaultYear: number | null): ProposedGoal[] {
  const goals: ProposedGoal[] = [];
  const make = (number: string | null, title: string, description: string | null, source: string) => {
    // A heading's numbers are read too (创新能力显著增强，研发投入强度达到3%), but not its words: a heading
    // promising change (能力明显增强) names the goal, not an indicator.
    const fromTitle = description ? readIndicators(title, { defaultYear }, { qualitative: 'none' }) : null;
    const { indicators, flags } = readIndicators(description ?? title, { defaultYear });
    if (fromTitle) {
      indicators.unshift(...fromTitle.indicators);
      flags.unshift(...fromTitle.flags);
    }
    goals.push({ number, title, description, source, indicators, flags });
  };
  const intro = textOf(part.body).join('\n');
  const { title: partTitle } = splitHeading(part.marker!.rest);
  const collect = (node: SourceNode): string[] => [
    ...textOf(node.body),
    ...node.children.flatMap((c) => [c.text, ...collect(c)]),
  ];
  if (part.children.length === 0) {
    const { description } = splitHeading(part.marker!.rest);
    const text = [description, intro].filter(Boolean).join('\n') || null;
    make(null, partTitle, text, [part.text, ...textOf(part.body)].join('\n'));
    return goals;
  }
  // Numbers in the part's introduction make a goal of their own.
  if (intro && readIndicators(intro, { defaultYear }, { qualitative: 'none' }).indicators.length > 0) {
    make(null, partTitle, intro, intro);
  }
  for (const child of part.children) {
    const { title, description } = splitHeading(child.marker!.rest);
    const text = [description, ...collect(child)].filter(Boolean).join('\n') || null;
    make(child.marker!.number, title, text, [child.text, ...collect(child)].join('\n'));
  }
  return goals;
}

/** Every leaf measure has a lead, its own or its ancestors'; flags those that do not. */
function flagMissingLeads(measures: ProposedMeasure[], inherited: boolean) {
  for (const m of measures) {
    const has = inherited || m.lead.length > 0;
    if (m.kind !== 'SAFEGUARD' && m.children.length === 0 && !has) {
      m.flags.push(flag('NO_LEAD', '未找到牵头单位，请指定'));
    }
    if (m.lead.length === 0 && m.participating.length > 0) {
      m.flags.push(flag('NO_LEAD_NAMED', '只写了配合单位，未写牵头单位'));
    }
    flagMissingLeads(m.children, has);
  }
}

/** The proposed plan a document holds. Throws ImportError when there is nothing to read or it is not a plan. */
export function proposePlan(doc: ExtractedDocument): ProposedPlan {
  const read = doc.blocks.filter((b) =>
    b.kind === 'paragraph' ? b.text.trim() !== '' && !NOISE.test(b.text.trim()) : b.rows.length > 0,
  );
  const bodyStart = Math.max(firstHeading(read), 0);
  const blocks = [...read.slice(0, bodyStart), ...joinBrokenParagraphs(read.slice(bodyStart))];
  if (blocks.length === 0) throw new ImportError('EMPTY_DOCUMENT', '文档是空的：没有可读的文字');

  // An annex (附件：重点任务分工表) after the plan is not part of its tree: its tables are read against the tree.
  const annexAt = blocks.findIndex((b, i) => i > bodyStart && b.kind === 'paragraph' && ANNEX.test(b.text));
  const annex = annexAt >= 0 ? blocks.slice(annexAt) : [];
  const { front, roots } = buildTree(withoutSignature(annexAt >= 0 ? blocks.slice(0, annexAt) : blocks));
  const { header, flags } = readHeader(
    textOf(front),
    textOf((annexAt >= 0 ? blocks.slice(0, annexAt) : blocks).slice(-8)),
  );
  const defaultYear = header.endsOn ? Number(header.endsOn.slice(0, 4)) : null;

  // Which part holds what: a part by its title; a framing part (总体要求) by its children's titles.
  const parts: { node: SourceNode; kind: PartKind | 'areas' }[] = [];
  for (const root of roots) {
    const kind = partKind(splitHeading(root.marker!.rest).title);
    if (kind !== 'other') {
      parts.push({ node: root, kind });
      continue;
    }
    for (const child of root.children) {
      const childKind = partKind(splitHeading(child.marker!.rest).title);
      if (childKind === 'goals') parts.push({ node: child, kind: childKind });
    }
  }
  // A part named for neither goals, tasks nor safeguards, with items, and not framing the plan (指导思想, 基本原则),
  // is itself a task area (工作要点: 一、加强… （一）…): a project with its measures.
  for (const root of roots) {
    const title = splitHeading(root.marker!.rest).title;
    if (partKind(title) === 'other' && !FRAMING.test(title) && root.children.length > 0) {
      parts.push({ node: root, kind: 'areas' });
    }
  }
  parts.sort((a, b) => a.node.index - b.node.index);

  const goals: ProposedGoal[] = [];
  const measures: ProposedMeasure[] = [];
  const tables: Table[] = [];
  for (const part of parts) {
    if (part.kind === 'goals') {
      goals.push(...goalsOf(part.node, defaultYear));
      // Goals the document assigns to units (1.地区生产总值增长6.2%左右。牵头单位：…) are also tasks to track.
      for (const child of part.node.children) {
        if (assignsUnits(child)) measures.push(buildMeasure(child, 'MEASURE', defaultYear, tables).measure);
      }
      continue;
    }
    if (part.kind === 'areas') {
      const { measure } = buildMeasure(part.node, 'PROJECT', defaultYear, tables);
      measures.push(measure);
      continue;
    }
    const kind: ProposedMeasureKind = part.kind === 'safeguards' ? 'SAFEGUARD' : 'MEASURE';
    if (!isGenericPart(splitHeading(part.node.marker!.rest).title)) {
      // A part with a theme (二、实施六大人才行动计划, 五、加强组织领导。…) is a measure itself, its items under it.
      const { measure } = buildMeasure(part.node, kind === 'SAFEGUARD' ? 'SAFEGUARD' : 'PROJECT', defaultYear, tables);
      measures.push(measure);
      continue;
    }
    for (const child of part.node.children) {
      const { measure } = buildMeasure(child, kind, defaultYear, tables);
      // A first-level task with measures under it is a project (重点工程).
      if (kind === 'MEASURE' && measure.children.length > 0) measure.kind = 'PROJECT';
      measures.push(measure);
    }
    // A task-split table in the part itself: its rows are the part's tasks, in place.
    for (const block of part.node.body) {
      if (block.kind !== 'table') continue;
      measures.push(...readTable({ rows: block.rows, owner: null }, measures, defaultYear));
      tables.push({ rows: block.rows, owner: null, read: true });
    }
  }
  // Task-split tables: in a part, or anywhere else (an annex after the plan).
  const claimed = new Set(tables.map((t) => t.rows));
  const walk = (nodes: SourceNode[]) => {
    for (const n of nodes) {
      for (const b of n.body)
        if (b.kind === 'table' && !claimed.has(b.rows)) tables.push({ rows: b.rows, owner: null });
      walk(n.children);
    }
  };
  walk(roots);
  for (const b of [...front, ...annex]) if (b.kind === 'table') tables.push({ rows: b.rows, owner: null });
  for (const table of tables) {
    if (table.read) continue;
    // An indicator table (指标 | 单位 | 2020年 | 2025年目标): the plan's indicators, a goal of their own.
    const fromTable = readIndicatorTable(table.rows);
    if (fromTable) {
      const source = table.rows.map((row) => row.join(' | ')).join('\n');
      goals.push({ number: null, title: '主要指标', description: null, source, indicators: fromTable, flags: [] });
      continue;
    }
    // Rows a safeguard's or an annex's table adds are tasks of the plan, not of the safeguard.
    if (table.owner?.kind === 'SAFEGUARD') table.owner = null;
    const hadMeasures = measures.some((m) => m.kind !== 'SAFEGUARD');
    const added = readTable(table, measures, defaultYear);
    if (hadMeasures && !table.owner) {
      for (const m of added) {
        m.flags.push(flag('TABLE_ROW_UNMATCHED', '分工表中的这项任务未能对应到正文中的措施，已作为新措施列出'));
      }
    }
    if (table.owner) table.owner.children.push(...added);
    else measures.push(...added);
  }

  if (roots.length === 0 && measures.length === 0) {
    throw new ImportError('NOT_A_PLAN', '这不像一份方案：没有“一、”“（一）”之类的编号层次，也没有任务分工表');
  }
  if (!measures.some((m) => m.kind !== 'SAFEGUARD')) {
    // A titled document whose numbered goals state targets is a plan whose tasks are elsewhere (an excerpt, or a
    // plan of goals): the office adds its measures. Without either, it is not a plan.
    const targets = goals.some((g) => g.indicators.some((i) => i.targetKind === 'NUMERIC'));
    if (!header.title || !targets) {
      throw new ImportError('NOT_A_PLAN', '这不像一份方案：没有找到“重点任务”“工作措施”之类的任务部分');
    }
    flags.push(flag('NO_MEASURES', '只找到了目标和指标，没有找到任务措施，请补充'));
  }
  if (goals.length === 0) flags.push(flag('NO_GOALS', '未找到目标部分（主要目标 / 工作目标）'));
  flagMissingLeads(measures, false);
  return { plan: header, goals, measures, flags };
}
