import { DUTIES, PAYMENT_ACCOUNT_KIND } from '@jining/rules';
import { appendAudit, badInput, notFound, requireDuty, z } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { BY_IDS_LIMIT, requireIdList } from './by-ids.ts';
import { Organisation } from './organisation.ts';
import { Person } from './person.ts';

/**
 * 收款账户 (DESIGN.md "Cross-domain flow" 4): a person is paid to the financial account of their social security card
 * (社保卡金融账户), a unit to its basic deposit account (基本存款账户). Stored as the ID number is, on the record, and
 * served the same way: masked to everyone; in full only by revealPaymentAccount (pii:read, a reason, audited) and,
 * for a payment file, to finance's payment-file service (paymentAccounts, finance audits the export).
 */

/** The action the trail records for every full account shown. */
export const REVEAL_PAYMENT_ACCOUNT = 'REVEAL_PAYMENT_ACCOUNT';
export const SET_PAYMENT_ACCOUNT = 'SET_PAYMENT_ACCOUNT';

/** Digits only; 12–30 covers bank card numbers (16–19) and units' basic accounts of every bank. */
const ACCOUNT_NUMBER = /^\d{12,30}$/;

/** The last four digits, the rest hidden: ****1234. */
export const maskAccountNumber = (number: string) => `****${number.slice(-4)}`;

interface StoredAccount {
  bankName: string;
  accountNumber: string;
}

const accountOf = (bankName: string | null, accountNumber: string | null): StoredAccount | null =>
  bankName && accountNumber ? { bankName, accountNumber } : null;

/** What the trail keeps of an account: the bank and the masked number (the auditor does not hold pii:read). */
const accountSnapshot = (a: StoredAccount | null) =>
  a ? { bankName: a.bankName, accountNumber: maskAccountNumber(a.accountNumber) } : null;

// No `id`, and never the full number: the same object for a person's card account and a unit's basic account.
const MaskedPaymentAccount = builder.objectRef<StoredAccount>('MaskedPaymentAccount').implement({
  description: '收款账户（脱敏）：完整账号请用 revealPaymentAccount 查看（需填写理由，记入审计日志）',
  fields: (t) => ({
    bankName: t.exposeString('bankName', { description: '开户银行' }),
    accountNumber: t.string({
      description: '账号（脱敏，只显示末 4 位）',
      resolve: (a) => maskAccountNumber(a.accountNumber),
    }),
    text: t.string({
      description: '开户银行与脱敏账号，如“工商银行 ****1234”',
      resolve: (a) => `${a.bankName} ${maskAccountNumber(a.accountNumber)}`,
    }),
  }),
});

builder.prismaObjectFields(Person, (t) => ({
  socialSecurityCardAccount: t.field({
    type: MaskedPaymentAccount,
    nullable: true,
    description: `${PAYMENT_ACCOUNT_KIND.label('SOCIAL_SECURITY_CARD')}（补贴发放账户，脱敏）；未登记为空`,
    select: { cardBankName: true, cardAccountNumber: true },
    resolve: (p) => accountOf(p.cardBankName, p.cardAccountNumber),
  }),
}));

builder.prismaObjectFields(Organisation, (t) => ({
  basicAccount: t.field({
    type: MaskedPaymentAccount,
    nullable: true,
    description: `${PAYMENT_ACCOUNT_KIND.label('BASIC_DEPOSIT')}（补贴发放账户，脱敏）；未登记为空`,
    select: { basicBankName: true, basicAccountNumber: true },
    resolve: (o) => accountOf(o.basicBankName, o.basicAccountNumber),
  }),
}));

/** The bank's name and the number as stored (spaces a user typed between groups of digits dropped), or a refusal. */
function parseAccount(input: { bankName: string; accountNumber: string }): StoredAccount {
  const bankName = input.bankName.trim();
  const accountNumber = input.accountNumber.replace(/[\s-]/g, '');
  if (!ACCOUNT_NUMBER.test(accountNumber)) {
    throw badInput('账号应为 12–30 位数字', {
      field: 'input.accountNumber',
      reason: 'INVALID_ACCOUNT_NUMBER',
      messageEn: 'An account number is 12 to 30 digits',
    });
  }
  return { bankName, accountNumber };
}

const accountFields = {
  bankName: {
    required: true,
    description: '开户银行（如 中国工商银行济宁分行）',
    validate: z.string().trim().min(2, '请填写开户银行（至少 2 个字）').max(60, '开户银行不超过 60 个字'),
  },
  accountNumber: { required: true, description: '账号（12–30 位数字）' },
} as const;

const SetPersonPaymentAccountInput = builder.inputType('SetPersonPaymentAccountInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    bankName: t.string(accountFields.bankName),
    accountNumber: t.string(accountFields.accountNumber),
  }),
});

const SetOrganisationPaymentAccountInput = builder.inputType('SetOrganisationPaymentAccountInput', {
  fields: (t) => ({
    organisationId: t.id({ required: true }),
    bankName: t.string(accountFields.bankName),
    accountNumber: t.string(accountFields.accountNumber),
  }),
});

interface Revealed {
  ownerId: string;
  name: string;
  kind: 'SOCIAL_SECURITY_CARD' | 'BASIC_DEPOSIT';
  bankName: string;
  accountNumber: string;
  auditEntryId: string;
}

const RevealedPaymentAccount = builder.objectRef<Revealed>('RevealedPaymentAccount').implement({
  description: '查看的完整收款账号（每次查看都记入审计日志）',
  fields: (t) => ({
    ownerId: t.exposeID('ownerId', { description: '人员或单位的编号' }),
    name: t.exposeString('name'),
    kindLabel: t.string({ description: '账户类型', resolve: (r) => PAYMENT_ACCOUNT_KIND.label(r.kind) }),
    bankName: t.exposeString('bankName', { description: '开户银行' }),
    accountNumber: t.exposeString('accountNumber', { description: '完整账号' }),
    auditEntryId: t.exposeID('auditEntryId', { description: '这次查看的审计日志条目' }),
  }),
});

/** One holder's account for a payment file: in the order asked, null where no such holder exists. */
interface PaymentAccountRow {
  id: string;
  name: string;
  bankName: string | null;
  accountNumber: string | null;
}

const PaymentAccountOfHolder = builder.objectRef<PaymentAccountRow>('PaymentAccountOfHolder').implement({
  description: '支付文件用的完整收款账户（只对财政的支付文件服务开放）',
  fields: (t) => ({
    id: t.exposeID('id', { description: '人员或单位的编号' }),
    name: t.exposeString('name'),
    bankName: t.exposeString('bankName', { nullable: true, description: '开户银行；未登记为空' }),
    accountNumber: t.exposeString('accountNumber', { nullable: true, description: '完整账号；未登记为空' }),
  }),
});

const PaymentAccounts = builder
  .objectRef<{ people: (PaymentAccountRow | null)[]; organisations: (PaymentAccountRow | null)[] }>('PaymentAccounts')
  .implement({
    description: '一批收款人的完整收款账户',
    fields: (t) => ({
      people: t.field({
        type: [PaymentAccountOfHolder],
        nullable: { list: false, items: true },
        description: '人员的社保卡金融账户，与 personIds 同序',
        resolve: (r) => r.people,
      }),
      organisations: t.field({
        type: [PaymentAccountOfHolder],
        nullable: { list: false, items: true },
        description: '单位的基本存款账户，与 organisationIds 同序',
        resolve: (r) => r.organisations,
      }),
    }),
  });

builder.queryFields((t) => ({
  paymentAccounts: t.field({
    type: PaymentAccounts,
    description:
      `按编号批量取完整收款账户（每类至多 ${BY_IDS_LIMIT} 个）：只对财政的支付文件服务开放（没有用户账号持有此权限），` +
      '财政在导出支付文件时取用并记入其审计日志',
    authScopes: { permission: 'payment-accounts:read' },
    args: { personIds: t.arg.idList({ required: true }), organisationIds: t.arg.idList({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const personIds = requireIdList(args.personIds);
      const organisationIds = requireIdList(args.organisationIds);
      const [people, organisations] = await Promise.all([
        ctx.prisma.person.findMany({
          where: { id: { in: [...new Set(personIds)] } },
          select: { id: true, name: true, cardBankName: true, cardAccountNumber: true },
        }),
        ctx.prisma.organisation.findMany({
          where: { id: { in: [...new Set(organisationIds)] } },
          select: { id: true, name: true, basicBankName: true, basicAccountNumber: true },
        }),
      ]);
      const byPerson = new Map(
        people.map((p) => [
          p.id,
          { id: p.id, name: p.name, bankName: p.cardBankName, accountNumber: p.cardAccountNumber },
        ]),
      );
      const byOrganisation = new Map(
        organisations.map((o) => [
          o.id,
          { id: o.id, name: o.name, bankName: o.basicBankName, accountNumber: o.basicAccountNumber },
        ]),
      );
      return {
        people: personIds.map((id) => byPerson.get(id) ?? null),
        organisations: organisationIds.map((id) => byOrganisation.get(id) ?? null),
      };
    },
  }),
}));

/**
 * A changed account is written with its audit entry; the same account again writes nothing (the update's condition
 * re-checked under the row's lock, so 20 identical requests at once write once).
 */
const differs = <B extends string, N extends string>(bank: B, number: N, account: StoredAccount) => ({
  OR: [
    { [bank]: null },
    { [number]: null },
    { [bank]: { not: account.bankName } },
    { [number]: { not: account.accountNumber } },
  ],
});

builder.mutationFields((t) => ({
  setPersonPaymentAccount: t.prismaField({
    type: Person,
    description: `登记或变更人员的${PAYMENT_ACCOUNT_KIND.label('SOCIAL_SECURITY_CARD')}（补贴发放账户）：记入审计日志`,
    authScopes: { permission: 'directory:manage' },
    args: { input: t.arg({ type: SetPersonPaymentAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.DIRECTORY, 'PERSON');
      const account = parseAccount(input);
      const personId = String(input.personId);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.person.findUnique({ where: { id: personId } });
        if (!before) throw notFound('人员', personId);
        const { count } = await tx.person.updateMany({
          where: { id: personId, ...differs('cardBankName', 'cardAccountNumber', account) },
          data: { cardBankName: account.bankName, cardAccountNumber: account.accountNumber },
        });
        if (count > 0) {
          await appendAudit(tx, ctx, {
            action: SET_PAYMENT_ACCOUNT,
            entityType: 'Person',
            entityId: personId,
            before: {
              socialSecurityCardAccount: accountSnapshot(accountOf(before.cardBankName, before.cardAccountNumber)),
            },
            after: { socialSecurityCardAccount: accountSnapshot(account) },
          });
        }
        return tx.person.findUniqueOrThrow({ ...query, where: { id: personId } });
      });
    },
  }),
  setOrganisationPaymentAccount: t.prismaField({
    type: Organisation,
    description: `登记或变更单位的${PAYMENT_ACCOUNT_KIND.label('BASIC_DEPOSIT')}（补贴发放账户）：记入审计日志`,
    authScopes: { permission: 'directory:manage' },
    args: { input: t.arg({ type: SetOrganisationPaymentAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireDuty(ctx.principal, DUTIES.DIRECTORY, 'ORGANISATION');
      const account = parseAccount(input);
      const organisationId = String(input.organisationId);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.organisation.findUnique({ where: { id: organisationId } });
        if (!before) throw notFound('单位', organisationId);
        const { count } = await tx.organisation.updateMany({
          where: { id: organisationId, ...differs('basicBankName', 'basicAccountNumber', account) },
          data: { basicBankName: account.bankName, basicAccountNumber: account.accountNumber },
        });
        if (count > 0) {
          await appendAudit(tx, ctx, {
            action: SET_PAYMENT_ACCOUNT,
            entityType: 'Organisation',
            entityId: organisationId,
            before: { basicAccount: accountSnapshot(accountOf(before.basicBankName, before.basicAccountNumber)) },
            after: { basicAccount: accountSnapshot(account) },
          });
        }
        return tx.organisation.findUniqueOrThrow({ ...query, where: { id: organisationId } });
      });
    },
  }),
  /**
   * The full account, as revealIdNumber shows the full ID number: to pii:read, with a reason, one
   * REVEAL_PAYMENT_ACCOUNT entry per answer in the same transaction as the read (a refusal appends nothing).
   */
  revealPaymentAccount: t.field({
    type: RevealedPaymentAccount,
    description:
      '查看完整的收款账号（人员的社保卡金融账户或单位的基本存款账户，二者择一）：需要查看个人敏感信息的权限并填写理由，每次查看都记入审计日志',
    authScopes: { permission: 'pii:read' },
    args: {
      personId: t.arg.id({ required: false }),
      organisationId: t.arg.id({ required: false }),
      reason: t.arg.string({
        required: true,
        description: '查看理由（2–200 字）',
        validate: z.string().trim().min(2, '请填写查看理由（至少 2 个字）').max(200, '查看理由不超过 200 个字'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      requireDuty(ctx.principal, DUTIES.PII, 'PAYMENT_ACCOUNT');
      if (!args.personId === !args.organisationId) {
        throw badInput('请指定一个人员或一个单位', { field: 'personId', reason: 'ONE_HOLDER' });
      }
      const reason = args.reason.trim();
      return ctx.prisma.$transaction(async (tx) => {
        const holder = args.personId
          ? await tx.person.findUnique({ where: { id: String(args.personId) } }).then(
              (p) =>
                p && {
                  entityType: 'Person',
                  id: p.id,
                  name: p.name,
                  kind: 'SOCIAL_SECURITY_CARD' as const,
                  account: accountOf(p.cardBankName, p.cardAccountNumber),
                },
            )
          : await tx.organisation.findUnique({ where: { id: String(args.organisationId) } }).then(
              (o) =>
                o && {
                  entityType: 'Organisation',
                  id: o.id,
                  name: o.name,
                  kind: 'BASIC_DEPOSIT' as const,
                  account: accountOf(o.basicBankName, o.basicAccountNumber),
                },
            );
        if (!holder) throw notFound(args.personId ? '人员' : '单位', String(args.personId ?? args.organisationId));
        if (!holder.account) {
          throw notFound(`${holder.name}的${PAYMENT_ACCOUNT_KIND.label(holder.kind)}`, holder.id);
        }
        const auditEntryId = await appendAudit(tx, ctx, {
          action: REVEAL_PAYMENT_ACCOUNT,
          entityType: holder.entityType,
          entityId: holder.id,
          reason,
        });
        return {
          ownerId: holder.id,
          name: holder.name,
          kind: holder.kind,
          bankName: holder.account.bankName,
          accountNumber: holder.account.accountNumber,
          auditEntryId,
        };
      });
    },
  }),
}));
