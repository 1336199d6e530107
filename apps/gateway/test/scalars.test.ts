/**
 * Bad Date and Fen values are refused at the gateway as BAD_USER_INPUT naming the field, before any subgraph is
 * called; a subgraph's own 400 for a value it refuses is passed on coded, never as "服务出错（HTTP 400）".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payments } from './fixtures/echo-subgraph.ts';
import { startEchoStack, tokenFor, type EchoStack } from './helpers.ts';

let stack: EchoStack;
let token: string;
beforeAll(async () => {
  stack = await startEchoStack();
  token = await tokenFor(stack.gateway.origin);
});
afterAll(() => stack?.stop());

async function pay(
  variables: Record<string, unknown>,
  query = 'mutation ($input: PaymentInput!) { pay(input: $input) }',
) {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    },
  };
}

describe('Date and Fen at the gateway', () => {
  it.each([
    [{ amount: 100, paidOn: '2025-13-45' }, 'input.paidOn', 'INVALID_DATE'],
    [{ amount: '9999999999999999', paidOn: '2025-01-01' }, 'input.amount', 'AMOUNT_OUT_OF_RANGE'],
    [{ amount: 1e16 /* JSON 9999999999999999 */, paidOn: '2025-01-01' }, 'input.amount', 'AMOUNT_OUT_OF_RANGE'],
    [{ amount: '1.5', paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT'],
    [{ amount: 1.5, paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT'],
    [{ amount: 'abc', paidOn: '2025-01-01' }, 'input.amount', 'INVALID_AMOUNT'],
  ])('refuses %j: %s %s, nothing sent to the subgraph', async (input, field, reason) => {
    const { status, body } = await pay({ input });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
    expect(body.errors![0]!.message).toMatch(new RegExp(`[\\u4e00-\\u9fa5].*（字段 ${field.replace('.', '\\.')}）$`));
    expect(JSON.stringify(body)).not.toContain('服务出错');
    expect(payments).toEqual([]);
  });

  it('refuses a bad literal in the operation the same way', async () => {
    const { status, body } = await pay({}, 'mutation { pay(input: { amount: 1.5, paidOn: "2025-01-01" }) }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_AMOUNT',
      field: 'input.amount',
    });
    expect(payments).toEqual([]);
  });

  it('passes good values on unchanged', async () => {
    const { body } = await pay({ input: { amount: '9007199254740991', paidOn: '2025-01-01' } });
    expect(body.errors).toBeUndefined();
    expect(payments).toEqual([{ amount: '9007199254740991', paidOn: '2025-01-01' }]);
  });

  it("passes a subgraph's own coded 400 on, not as 服务出错", async () => {
    // The echo subgraph refuses this one itself (its Code scalar); the gateway knows nothing about it.
    const { body } = await pay({ code: 'bad' }, 'query ($code: Code!) { checkCode(code: $code) }');
    expect(body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CODE',
      field: 'code',
    });
    expect(body.errors![0]!.message).toBe('编码无效：bad（字段 code）');
  });
});
