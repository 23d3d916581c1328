// `pnpm plan:import DOCUMENT --publish --code CODE`: a plan document imported and published as it was read, through
// the services the web uses (upload, preview, draft, confirm, publish), acting as an admin account of the database.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SecuritySettings } from '../config/env';
import type { Db } from '../db/client';
import { getPlanByCode } from '../modules/plan';
import {
  confirmImportedItem,
  DraftItemKind,
  importFlagProblems,
  publishPlan,
  readContent,
} from '../modules/plan-editor';
import { createPlanFromDocument, getPlanDocumentPreview, uploadPlanDocument } from '../modules/plan-import';
import { UserRole, users } from '../modules/user';
import { CatalogCache } from '../shared/catalog-cache';
import { RequestScope } from '../shared/request-scope';

export class CliRefusal extends Error {}

/** The admin the import acts as: `--as USERNAME`, else the first active ADMIN account. */
async function adminScope(db: Db, settings: SecuritySettings, username: string | undefined): Promise<RequestScope> {
  const [admin] = await db
    .select()
    .from(users)
    .where(
      and(
        eq(users.role, UserRole.ADMIN),
        isNull(users.disabledAt),
        ...(username ? [eq(users.username, username)] : []),
      ),
    )
    .orderBy(asc(users.id))
    .limit(1);
  if (!admin) {
    throw new CliRefusal(
      username
        ? `没有名为「${username}」的可用管理员账户`
        : '数据库中没有可用的管理员账户：请先用 pnpm user:create --role ADMIN 创建',
    );
  }
  const viewer = { userId: admin.id, username: admin.username, role: UserRole.ADMIN, departmentId: null, sessionId: 0 };
  return new RequestScope(db, new CatalogCache(), settings, viewer);
}

/**
 * Imports the document and publishes it. Every unit name must be in the register (by name, alias or former name):
 * otherwise nothing is written and the names are listed with the closest units, to add as aliases or as new units.
 * The importer's 待核对 flags are accepted as read (the summary says how many); the web is where they are checked.
 */
export async function importAndPublish(
  db: Db,
  settings: SecuritySettings,
  input: { bytes: Uint8Array; fileName: string; code: string; group?: string; as?: string },
): Promise<string> {
  const scope = await adminScope(db, settings, input.as);
  const uploaded = await uploadPlanDocument(scope, input.bytes, input.fileName);
  const preview = await getPlanDocumentPreview(scope, uploaded.id);
  const open = preview.units.filter((u) => u.status === 'UNKNOWN' || u.status === 'RETIRED');
  if (open.length > 0) {
    const lines = open.map((u) => {
      const near = u.suggestions[0];
      return `  「${u.name}」${near ? `：相近的部门「${near.department.name}」（${near.reason}），可为其添加别名` : '：名册中没有相近的部门'}`;
    });
    throw new CliRefusal(
      `文件中有 ${open.length} 个单位不在部门名册中，未导入：\n${lines.join('\n')}\n请在部门名册中添加这些单位或别名后重试，或在网页上导入并逐个选择。`,
    );
  }
  const group = input.group ?? preview.leadingGroups[0]?.code;
  if (!group) throw new CliRefusal('部门名册中没有领导小组：请用 --group 指定，或先在名册中添加');
  const draft = await createPlanFromDocument(scope, {
    documentId: uploaded.id,
    code: input.code,
    leadingGroupCode: group,
  });
  const content = await readContent(db, await getPlanByCode(scope, draft.code, 'code'));
  // The items publishing would refuse for open 待核对 flags, as the web's checklist lists them.
  const flagged = importFlagProblems(content).map((problem) => problem.item);
  for (const { kind, code } of flagged) await confirmImportedItem(scope, draft.code, DraftItemKind[kind], code);
  await publishPlan(scope, draft.code);
  const { counts } = preview;
  return (
    `已导入并发布方案「${draft.code}」${draft.title}：目标 ${counts.goals} 个，一级任务 ${counts.projects} 项，` +
    `措施 ${counts.measures} 项，保障措施 ${counts.safeguards} 项，指标 ${counts.indicators} 个；` +
    `${flagged.length} 项待核对按读取结果采用（各项的原文随方案保存）`
  );
}
