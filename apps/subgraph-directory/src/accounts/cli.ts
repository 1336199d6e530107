/**
 * Accounts for operators: `npm run account -- <command>` from the repository root (the directory's database: PGlite
 * by default, DATABASE_URL for PostgreSQL; stop the platform first when it runs on PGlite, which allows one process).
 *
 *   create  --username <name> --name <显示名> --department <HRSS|FINANCE|COUNTY_FINANCE|COUNTY_HRSS|UNION|EDUCATION|TAX|AUDIT>
 *           [--county <县区代码>]      a new account; the password is read from ACCOUNT_PASSWORD or stdin
 *   password --username <name>        set a new password (the holder forgot theirs), from ACCOUNT_PASSWORD or stdin
 *   disable  --username <name>        the account signs in no more; a token it holds stops within the gateway's cache
 *   enable   --username <name>
 *   list                              every account, without hashes
 *
 * Every change is written to the directory's audit trail, by `cli:<OS user>`.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { JINING_COUNTIES } from '@jining/reference-data';
import { applyMigrations, openDatabase } from '@jining/db';
import {
  COUNTY_DEPARTMENTS,
  DEPARTMENTS,
  type Department,
  type Principal,
  appendAudit,
  ensureAuditTrail,
  prismaPaths,
} from '@jining/subgraph-kit';
import { PrismaClient } from '../generated/prisma/client.ts';
import { directory } from '../subgraph.ts';
import { hashPassword } from './password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from './password-policy.ts';
import { normaliseUsername } from './store.ts';

const USAGE = `用法: npm run account -- create --username <用户名> --name <显示名> --department <${DEPARTMENTS.join('|')}> [--county <县区代码>]
      npm run account -- password --username <用户名>
      npm run account -- disable --username <用户名> | enable --username <用户名>
      npm run account -- list
密码从环境变量 ACCOUNT_PASSWORD 或标准输入读取。`;

class CliError extends Error {}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ACCOUNT_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stdout.write('新密码（输入后回车）: ');
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  throw new CliError('没有读到密码：请设置 ACCOUNT_PASSWORD 或从标准输入提供');
}

async function checkedHash(username: string): Promise<string> {
  const password = await readPassword();
  const problem = passwordProblem(password, username);
  if (problem) throw new CliError(`${PASSWORD_PROBLEM_MESSAGES[problem]}（${problem}）`);
  return hashPassword(password);
}

const operator = (): Principal => ({
  accountId: `cli:${userInfo().username}`,
  username: userInfo().username,
  displayName: '运维命令行',
  department: 'HRSS',
  countyCode: null,
  permissions: [],
});

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      department: { type: 'string' },
      county: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    if (!command && !values.help) process.exitCode = 1;
    return;
  }
  // Everything that needs no database is checked first: a mistyped command answers at once and opens nothing.
  const input = await checkInput(command, values);
  const db = await openDatabase({ name: directory.name });
  try {
    await applyMigrations(db, { ...prismaPaths(directory.packageDir), log: () => {} });
    await ensureAuditTrail(db);
    const prisma = new PrismaClient({ adapter: db.adapter });
    try {
      await run(prisma, command, input);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await db.close();
  }
}

type Values = { username?: string; name?: string; department?: string; county?: string };

interface Input {
  username: string;
  displayName?: string;
  department?: Department;
  county?: string | null;
  passwordHash?: string;
}

const COMMANDS = ['create', 'password', 'disable', 'enable', 'list'];

async function checkInput(command: string, values: Values): Promise<Input> {
  if (!COMMANDS.includes(command)) throw new CliError(`未知命令：${command}\n${USAGE}`);
  if (command === 'list') return { username: '' };
  const username = normaliseUsername(values.username ?? '');
  if (!username) throw new CliError('缺少 --username');
  if (command === 'create') {
    const department = values.department as Department;
    if (!(DEPARTMENTS as readonly string[]).includes(department)) {
      throw new CliError(`--department 须为 ${DEPARTMENTS.join('、')} 之一`);
    }
    const county = values.county ?? null;
    if (COUNTY_DEPARTMENTS.includes(department) !== (county !== null)) {
      throw new CliError('县（市、区）财政局、人社局账号须给出 --county，其他账号不能给出');
    }
    if (county && !JINING_COUNTIES.some((c) => c.code === county)) throw new CliError(`未知的县区代码：${county}`);
    const displayName = values.name?.trim();
    if (!displayName) throw new CliError('缺少 --name（显示名）');
    return { username, displayName, department, county, passwordHash: await checkedHash(username) };
  }
  if (command === 'password') return { username, passwordHash: await checkedHash(username) };
  return { username };
}

async function run(prisma: PrismaClient, command: string, input: Input): Promise<void> {
  if (command === 'list') {
    const accounts = await prisma.account.findMany({ orderBy: { username: 'asc' } });
    for (const a of accounts) {
      const flags = [a.disabledAt ? '已停用' : '', a.demo ? '演示账号' : ''].filter(Boolean).join(' ');
      console.log([a.username, a.displayName, a.department, a.countyCode ?? '-', flags].join('\t'));
    }
    return;
  }
  const { username } = input;
  const actor = operator();
  const existing = await prisma.account.findUnique({ where: { username } });
  if (command === 'create') {
    if (existing) throw new CliError(`用户名 ${username} 已存在`);
    const id = `acc-${randomUUID()}`;
    const after = {
      username,
      displayName: input.displayName!,
      department: input.department!,
      countyCode: input.county ?? null,
    };
    await prisma.$transaction(async (tx) => {
      await tx.account.create({ data: { id, ...after, passwordHash: input.passwordHash! } });
      await appendAudit(tx, actor, { action: 'CREATE_ACCOUNT', entityType: 'Account', entityId: id, after });
    });
    console.log(`已创建账号 ${username}（${id}）`);
    return;
  }
  if (!existing) throw new CliError(`没有用户名为 ${username} 的账号`);
  if (command === 'password') {
    const passwordHash = input.passwordHash!;
    await prisma.$transaction(async (tx) => {
      await tx.account.update({
        where: { id: existing.id },
        data: { passwordHash, passwordChangedAt: new Date(), demo: false },
      });
      await appendAudit(tx, actor, { action: 'RESET_PASSWORD', entityType: 'Account', entityId: existing.id });
    });
    console.log(`已重设 ${username} 的密码`);
    return;
  }
  if (command === 'disable' || command === 'enable') {
    const disabledAt = command === 'disable' ? new Date() : null;
    await prisma.$transaction(async (tx) => {
      await tx.account.update({ where: { id: existing.id }, data: { disabledAt } });
      await appendAudit(tx, actor, {
        action: command === 'disable' ? 'DISABLE_ACCOUNT' : 'ENABLE_ACCOUNT',
        entityType: 'Account',
        entityId: existing.id,
        before: { disabled: existing.disabledAt !== null },
        after: { disabled: disabledAt !== null },
      });
    });
    console.log(`${username} 已${command === 'disable' ? '停用' : '启用'}`);
    return;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  throw error;
});
