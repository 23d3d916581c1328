import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context';
import { Goal, type GoalRow } from '../goal';
import { Indicator, type IndicatorRow } from '../indicator';
import { Measure, type MeasureRow } from '../measure';
import { Plan, type PlanRow } from '../plan';
import { CreatePlanFromDocumentInput } from './plan-import.input';
import { getPlanRevisionProposal } from './plan-import.revision.service';
import { createPlanFromDocument, getPlanDocumentPreview } from './plan-import.service';
import { ImportFlag, PlanDocument, PlanRevisionProposal } from './plan-import.type';

/** 导入方案文件: the preview of an uploaded document, and the draft made from it. */
@Resolver(() => PlanDocument)
export class PlanImportResolver {
  @Query(() => PlanDocument, {
    description:
      '导入预览: an uploaded document (POST /api/plan-documents) read into a proposed plan, every unit name matched ' +
      'against the register. The uploader (or an ADMIN) only.',
  })
  planDocument(@Arg('id', () => Int) id: number, @Ctx() ctx: Context) {
    return getPlanDocumentPreview(ctx.scope, id);
  }

  @Query(() => PlanRevisionProposal, {
    description:
      '从修订文件导入: an uploaded revised document (the viewer’s own upload) read against the plan in force, as ' +
      'the changes of a revision for the office to accept item by item and publish with publishRevision. The plan ' +
      'office only (plan.revise); CONFLICT PLAN_NOT_ACTIVE for a plan that is not in force. Writes nothing.',
  })
  planRevisionProposal(
    @Arg('planCode', () => String) planCode: string,
    @Arg('documentId', () => Int) documentId: number,
    @Ctx() ctx: Context,
  ): Promise<PlanRevisionProposal> {
    return getPlanRevisionProposal(ctx.scope, planCode, documentId);
  }

  @Mutation(() => Plan, {
    description:
      '由文件生成草稿 (ADMIN): a draft plan from an uploaded document, every item with its 原文 and 待核对 flags; ' +
      'units the office chose are added to the register or recorded as aliases. Refusals name their field and write ' +
      'nothing.',
  })
  createPlanFromDocument(
    @Arg('input', () => CreatePlanFromDocumentInput) input: CreatePlanFromDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<PlanRow> {
    return createPlanFromDocument(ctx.scope, input);
  }
}

@Resolver(() => Measure)
export class ImportedMeasureResolver {
  @FieldResolver(() => String, { nullable: true, description: '原文: the paragraph or row it was imported from.' })
  source(@Root() measure: MeasureRow): string | null {
    return measure.source;
  }

  @FieldResolver(() => [ImportFlag], { description: '待核对: the importer’s guesses the office has not yet checked.' })
  importFlags(@Root() measure: MeasureRow): ImportFlag[] {
    return measure.importFlags;
  }
}

@Resolver(() => Goal)
export class ImportedGoalResolver {
  @FieldResolver(() => String, { nullable: true, description: '原文: the sentence it was imported from.' })
  source(@Root() goal: GoalRow): string | null {
    return goal.source;
  }

  @FieldResolver(() => [ImportFlag], { description: '待核对: the importer’s guesses the office has not yet checked.' })
  importFlags(@Root() goal: GoalRow): ImportFlag[] {
    return goal.importFlags;
  }
}

@Resolver(() => Indicator)
export class ImportedIndicatorResolver {
  @FieldResolver(() => String, { nullable: true, description: '原文: the sentence it was imported from.' })
  source(@Root() indicator: IndicatorRow): string | null {
    return indicator.source;
  }

  @FieldResolver(() => [ImportFlag], { description: '待核对: the importer’s guesses the office has not yet checked.' })
  importFlags(@Root() indicator: IndicatorRow): ImportFlag[] {
    return indicator.importFlags;
  }
}

@Resolver(() => Plan)
export class ImportedPlanResolver {
  @FieldResolver(() => String, { nullable: true, description: '导入自: the file the draft was imported from.' })
  importedFrom(@Root() plan: PlanRow): string | null {
    return plan.importedFrom;
  }

  @FieldResolver(() => [ImportFlag], { description: '待核对: guesses about the document as a whole.' })
  importFlags(@Root() plan: PlanRow): ImportFlag[] {
    return plan.importFlags;
  }
}
