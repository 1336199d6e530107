/**
 * A bad Date or Fen reaches a real subgraph over HTTP: refused as BAD_USER_INPUT naming the field, with the scalar's
 * Chinese message and reason, and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.ts';
import { tiny, written } from './fixtures/tiny-subgraph.ts';

let sg: TestSubgraph<{ $disconnect(): Promise<void> }>;
beforeAll(async () => {
  sg = await startTestSubgraph(tiny);
});
afterAll(() => sg?.stop());

const PAY = 'mutation ($input: PaymentInput!) { pay(input: $input) }';

describe('bad scalar values', () => {
  it.each([
    [{ amount: 100, paidOn: '2025-13-45' }, 'input.paidOn', 'INVALID_DATE', '日期格式无效：2025-13-45'],
    [{ amount: '9999999999999999', paidOn: '2025-01-01' }, 'input.amount', 'AMOUNT_OUT_OF_RANGE', '金额超出允许范围'],
    [
      { amount: 1e16 /* JSON 9999999999999999 */, paidOn: '2025-01-01' },
      'input.amount',
      'AMOUNT_OUT_OF_RANGE',
      '金额超出允许范围',
    ],
    [{ amount: '1.5', paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT', '金额必须是以“分”为单位的整数'],
    [{ amount: 1.5, paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT', '金额必须是以“分”为单位的整数'],
    [{ amount: 'abc', paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT', '金额必须是以“分”为单位的整数'],
  ])('%j → %s %s', async (input, field, reason, message) => {
    const res = await sg.request(PAY, { input });
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    expect(res.errors![0]!.message).toContain(message);
    expect(res.errors![0]!.message).toContain(`（字段 ${field}）`);
    expect(res.errors![0]!.message).not.toContain('Variable "$input"');
    expect(written).toEqual([]);
  });

  it('names the field of a bad literal in the operation too', async () => {
    const res = await sg.request('mutation { pay(input: { amount: 100, paidOn: "2025-02-30" }) }');
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_DATE',
      field: 'input.paidOn',
    });
    expect(written).toEqual([]);
  });

  it('writes a good value', async () => {
    const res = await sg.request<{ pay: number }>(PAY, { input: { amount: '9007199254740991', paidOn: '2025-01-01' } });
    expect(res.errors).toBeUndefined();
    expect(written).toEqual([{ amount: 9007199254740991n, paidOn: '2025-01-01' }]);
  });
});
