// Command line for plan files (docs/PLAN-FORMAT.md), to move a plan between installations:
//   pnpm -s plan:export CODE > file.plan.json      (-s: without it pnpm writes its own banner to stdout too)
//   pnpm plan:export CODE --out file.plan.json
//   pnpm plan:import file.plan.json
//   pnpm -s plan:import document.docx --json   (the plan a .docx, PDF or text proposes, as JSON; writes nothing)
//   pnpm -s plan:import document.docx --blocks (the document read into blocks, printed as JSON: no database)
//   pnpm plan:import document.docx --publish --code CODE [--group LEADING_GROUP] [--as ADMIN_USERNAME]
//     (the document imported and published as it was read, through the same services as the web, as an admin)
// Importing refuses a plan whose code exists. With the embedded database, stop the app first: only one process may
// open its data directory.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { ConfigError, readEnv, resolveFromRoot, securitySettings } from '../config/env';
import { DatabaseError, openDatabase } from '../db/client';
import { documentForParser, ImportError, proposalOf, readDocumentFile } from '../modules/plan-import';
import { exportPlanFile, formatPlanFile, importPlanFile, PlanFileError, readPlanFile } from '../seed';
import { CliRefusal, importAndPublish } from './plan-document.cli';

const USAGE = `用法:
  pnpm -s plan:export 方案编码 > 文件.plan.json
  pnpm plan:export 方案编码 --out 文件.plan.json
  pnpm plan:import 文件.plan.json
  pnpm -s plan:import 方案文件.docx|.pdf|.txt --json     (只读取文档，输出拟导入的方案 JSON，不写入)
  pnpm -s plan:import 方案文件.docx|.pdf|.txt --blocks   (只读取文档，输出段落和表格的 JSON)
  pnpm plan:import 方案文件.docx|.pdf|.txt --publish --code 方案编码 [--group 领导小组编码] [--as 管理员用户名]
      (按读取结果导入并发布；文件中的单位须都在部门名册中)`;

class UsageError extends Error {}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      blocks: { type: 'boolean' },
      json: { type: 'boolean' },
      publish: { type: 'boolean' },
      code: { type: 'string' },
      group: { type: 'string' },
      as: { type: 'string' },
    },
  });
  const [command, argument, ...extra] = positionals;
  if ((command !== 'export' && command !== 'import') || !argument || extra.length > 0) throw new UsageError(USAGE);

  const env = readEnv();
  // pnpm runs this in server/; a path on the command line means what it meant where pnpm was started.
  const fromCaller = (p: string) => path.resolve(env.INIT_CWD ?? process.cwd(), p);

  // A document (a .docx, PDF or text, not a plan file): read it, then print its blocks or the plan it proposes; no
  // database.
  if (command === 'import' && values.publish) {
    if (!values.code) throw new UsageError(`--publish 须同时给出 --code 方案编码\n${USAGE}`);
    const file = fromCaller(argument);
    const bytes = fs.readFileSync(file);
    const database = await openDatabase(
      env.DATABASE_URL
        ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: 1 }
        : { kind: 'pglite', dataDir: resolveFromRoot(env.DATA_DIR) },
    );
    try {
      const done = await importAndPublish(database.db, securitySettings(env), {
        bytes,
        fileName: path.basename(file),
        code: values.code,
        group: values.group,
        as: values.as,
      });
      console.error(done);
    } catch (error) {
      if (error instanceof GraphQLError) throw new UsageError(`无法导入: ${error.extensions.reason ?? error.message}`);
      throw error;
    } finally {
      await database.close();
    }
    return;
  }
  if (command === 'import' && (values.json || values.blocks || /\.(docx|doc|pdf|txt)$/i.test(argument))) {
    if (!values.json && !values.blocks) {
      throw new UsageError(
        `导入文档请加 --json（预览拟导入的方案）、--blocks（读取的段落和表格）或 --publish --code（导入并发布）\n${USAGE}`,
      );
    }
    const read = await readDocumentFile(fromCaller(argument));
    const output = values.blocks ? documentForParser(read) : proposalOf(read);
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return;
  }
  // Read and check the file before opening the database, so that a bad file is reported at once.
  const file = command === 'import' ? readPlanFile(fromCaller(argument)) : null;

  const database = await openDatabase(
    env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: 1 }
      : { kind: 'pglite', dataDir: resolveFromRoot(env.DATA_DIR) },
  );
  try {
    if (file) {
      if (!(await importPlanFile(database.db, file))) {
        throw new UsageError(`方案「${file.code}」已存在，未导入：导入不会覆盖已有的方案`);
      }
      const measures = (nodes: typeof file.measures): number =>
        nodes.reduce((n, m) => n + 1 + measures(m.children ?? []), 0);
      console.error(
        `已导入方案「${file.code}」${file.title}：目标 ${file.goals.length} 个，措施树 ${measures(file.measures)} 项，` +
          `指标 ${file.indicators.length} 个，部门 ${file.departments.length} 个`,
      );
    } else {
      const exported = await exportPlanFile(database.db, argument);
      if (!exported) throw new UsageError(`没有编码为「${argument}」的方案`);
      const text = formatPlanFile(exported);
      if (values.out) {
        fs.writeFileSync(fromCaller(values.out), text);
        console.error(`已导出方案「${exported.code}」到 ${values.out}`);
      } else {
        process.stdout.write(text);
      }
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    error instanceof CliRefusal ||
    error instanceof PlanFileError ||
    error instanceof ImportError ||
    error instanceof ConfigError ||
    error instanceof DatabaseError
  ) {
    console.error(error instanceof ImportError ? `无法导入: ${error.reason}` : error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`找不到文件: ${(error as NodeJS.ErrnoException).path}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
