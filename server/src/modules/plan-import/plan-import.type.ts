import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department, DepartmentKind, type DepartmentRow } from '../department';

/** How a unit name of a document stands against the register. */
export enum ImportedUnitStatus {
  MATCHED = 'MATCHED',
  RETIRED = 'RETIRED',
  OTHER_ITEMS_LEADS = 'OTHER_ITEMS_LEADS',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(ImportedUnitStatus, {
  name: 'ImportedUnitStatus',
  description: 'A unit name of a document against the register.',
  valuesConfig: {
    MATCHED: { description: '已对应: a unit of the register by its name, an alias or a former name.' },
    RETIRED: { description: '已撤销: the name of a retired unit; choose the unit that does the work now.' },
    OTHER_ITEMS_LEADS: { description: '各项目牵头单位: the leads of the plan’s other items, expanded in the draft.' },
    UNKNOWN: { description: '未知: no unit bears the name; choose a close unit (and record an alias) or add one.' },
  },
});

@ObjectType('ImportFlag', { description: '待核对: a guess of the importer, with its reason.' })
export class ImportFlag {
  @Field(() => String, { description: 'A stable code, e.g. NO_LEAD, TARGET_DATE_GUESSED.' })
  code!: string;

  @Field(() => String, { description: 'Why the item needs a look, in Chinese.' })
  reason!: string;
}

@ObjectType('ImportedUnitSuggestion', { description: 'A unit of the register close to a name the document writes.' })
export class ImportedUnitSuggestion {
  @Field(() => Department)
  department!: DepartmentRow;

  @Field(() => String, { description: 'Why it is offered: 疑为简称, 仅标点不同….' })
  reason!: string;

  @Field(() => Float, { description: '0–1, best first.' })
  score!: number;
}

@ObjectType('ImportedUnit', { description: 'A unit name the document writes, matched against the register.' })
export class ImportedUnit {
  @Field(() => String, { description: 'As the document writes it.' })
  name!: string;

  @Field(() => ImportedUnitStatus)
  status!: ImportedUnitStatus;

  @Field(() => Department, { nullable: true, description: 'The unit it matched (MATCHED, RETIRED).' })
  department!: DepartmentRow | null;

  @Field(() => String, { nullable: true, description: 'NAME, ALIAS or FORMER_NAME, for a match.' })
  matchedBy!: string | null;

  @Field(() => Int, { description: 'How many times the document names it.' })
  mentions!: number;

  @Field(() => [ImportedUnitSuggestion], { description: 'Close units of the register, best first.' })
  suggestions!: ImportedUnitSuggestion[];

  @Field(() => DepartmentKind, { nullable: true, description: 'The kind a new unit of this name would have.' })
  proposedKind!: DepartmentKind | null;

  @Field(() => String, { nullable: true, description: 'A free register code for a new unit of this name.' })
  proposedCode!: string | null;
}

@ObjectType('ImportedPlanHeader', { description: 'The header the document gives; null where it gives none.' })
export class ImportedPlanHeader {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '印发机关.' })
  issuer!: string | null;

  @Field(() => String, { nullable: true, description: '文号.' })
  docNumber!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '印发日期.' })
  issuedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn!: string | null;
}

@ObjectType('ImportedPlanCounts', { description: 'What the document proposes, counted.' })
export class ImportedPlanCounts {
  @Field(() => Int)
  goals!: number;

  @Field(() => Int)
  indicators!: number;

  @Field(() => Int, { description: 'First-level tasks (工程 / 任务).' })
  projects!: number;

  @Field(() => Int, { description: 'Measures below them.' })
  measures!: number;

  @Field(() => Int, { description: '保障措施.' })
  safeguards!: number;

  @Field(() => Int, { description: 'Items with 待核对 flags.' })
  flagged!: number;
}

@ObjectType('PlanDocument', { description: 'An uploaded plan document, and the plan it proposes (导入预览).' })
export class PlanDocument {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'docx, pdf or text.' })
  format!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field(() => ImportedPlanHeader)
  header!: ImportedPlanHeader;

  @Field(() => [ImportFlag], { description: 'Guesses about the document as a whole.' })
  flags!: ImportFlag[];

  @Field(() => ImportedPlanCounts)
  counts!: ImportedPlanCounts;

  @Field(() => [ImportedUnit], { description: 'Every unit name it writes, in document order, matched.' })
  units!: ImportedUnit[];

  @Field(() => String, { description: 'A free plan code to start from.' })
  suggestedCode!: string;

  @Field(() => [Department], { description: 'The register’s leading groups, the one the document names first.' })
  leadingGroups!: DepartmentRow[];
}

@ObjectType('PlanRevisionProposalItem', {
  description: 'One difference of a revised document against the plan in force, for the office to accept or not.',
})
export class PlanRevisionProposalItem {
  @Field(() => String, { description: 'What it changes, in one Chinese line.' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description: '原文: the document’s text for it (null for a measure withdrawn: the document no longer has it).',
  })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The change as JSON, exactly one RevisionChangeInput (e.g. {"updateMeasure":{"measureCode":"P1.2",' +
      '"title":"…"}}), to pass to publishRevision as it is. A JSON string rather than a union of ten input shapes. ' +
      'Null when held: it needs a unit the register does not know (unresolvedUnits), or an item held before it.',
  })
  changeJson!: string | null;

  @Field(() => [String], { description: 'The unit names this change waits for: the register has none of them.' })
  unresolvedUnits!: string[];
}

@ObjectType('PlanRevisionProposal', {
  description: '从修订文件导入: the revision a revised document proposes against the plan in force.',
})
export class PlanRevisionProposal {
  @Field(() => [PlanRevisionProposalItem], {
    description: 'The differences in the order to apply them: goals, the tree parents first, withdrawals, indicators.',
  })
  changes!: PlanRevisionProposalItem[];

  @Field(() => [String], {
    description: 'Every unit name of the document the register does not know (add it or record it as an alias).',
  })
  unresolvedUnits!: string[];
}
