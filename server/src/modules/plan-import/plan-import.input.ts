import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { DepartmentKind } from '../department';

@InputType('ImportedDepartmentInput', { description: 'A unit a document names that the register lacks: added as new.' })
export class ImportedDepartmentInput {
  @Field(() => String, { description: 'Its register code: 2–63 lower-case letters, digits or hyphens.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Its name; the name as the document writes it when left out.' })
  name?: string | null;

  @Field(() => DepartmentKind, { description: 'What sort of unit it is.' })
  kind!: DepartmentKind;
}

@InputType('ImportUnitChoiceInput', {
  description:
    'How the office resolves one unit name of the document: an existing unit (optionally recording the name as its ' +
    'alias, 别名), or a new unit. Exactly one of departmentCode and newDepartment.',
})
export class ImportUnitChoiceInput {
  @Field(() => String, { description: 'The name as the document writes it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The existing unit the name means.' })
  departmentCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Record the name as an alias of that unit (别名).' })
  asAlias?: boolean | null;

  @Field(() => ImportedDepartmentInput, { nullable: true, description: 'A new unit for the name.' })
  newDepartment?: ImportedDepartmentInput | null;
}

@InputType('CreatePlanFromDocumentInput', {
  description: '由文件生成草稿: a draft plan from an uploaded document, with the header as the office confirmed it.',
})
export class CreatePlanFromDocumentInput {
  @Field(() => Int, { description: 'The uploaded document (POST /api/plan-documents).' })
  documentId!: number;

  @Field(() => String, { description: 'The new plan’s code: 2–63 lower-case letters, digits or hyphens.' })
  code!: string;

  @Field(() => String, { description: 'The leading group (a LEADING_GROUP unit) whose office keeps the plan.' })
  leadingGroupCode!: string;

  @Field(() => String, { nullable: true, description: 'The title; the document’s when left out.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '印发机关; the document’s when left out.' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: '文号; the document’s when left out, null clears it.' })
  docNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '印发日期; the document’s when left out.' })
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The term’s first day; the document’s when left out.',
  })
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The term’s last day; the document’s when left out.' })
  endsOn?: string | null;

  @Field(() => [ImportUnitChoiceInput], {
    nullable: true,
    description: 'A choice for every unit name the register does not know (and any to override).',
  })
  units?: ImportUnitChoiceInput[] | null;
}
