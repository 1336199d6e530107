import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorMessage, isUnauthenticated } from './errors';
import { formErrors } from './formErrors';

const graphQLErrors = (...errors: { message: string; code: string }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map((e) => ({ message: e.message, extensions: { code: e.code } })) });

const serverError = (status: number, body: string) =>
  new ServerError('Response not successful', { response: new Response(body, { status }), bodyText: body });

describe('errorMessage', () => {
  it('shows the subgraphs’ Chinese messages, once each', () => {
    const error = graphQLErrors(
      { message: '无权查看该县数据', code: 'FORBIDDEN' },
      { message: '无权查看该县数据', code: 'FORBIDDEN' },
      { message: '人员不存在', code: 'NOT_FOUND' },
    );
    expect(errorMessage(error)).toBe('无权查看该县数据；人员不存在');
  });

  it('reads the message out of an HTTP error body', () => {
    expect(
      errorMessage(serverError(401, JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: '登录已过期' } }))),
    ).toBe('登录已过期');
    expect(errorMessage(serverError(500, 'oops'))).toBe('服务器错误（HTTP 500）');
  });
});

describe('isUnauthenticated', () => {
  it('recognises a 401 and the UNAUTHENTICATED code, nothing else', () => {
    expect(isUnauthenticated(serverError(401, ''))).toBe(true);
    expect(isUnauthenticated(graphQLErrors({ message: '请先登录', code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphQLErrors({ message: '无权操作', code: 'FORBIDDEN' }))).toBe(false);
    expect(isUnauthenticated(serverError(500, ''))).toBe(false);
  });
});

describe('formErrors', () => {
  const coded = (message: string, field?: string) =>
    new CombinedGraphQLErrors({
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } }],
    });

  it('puts an error on the form field its extensions name', () => {
    expect(formErrors(coded('职业（工种）不能为空', 'input.occupation'), ['occupation', 'level'], 'input.')).toEqual({
      fields: { occupation: '职业（工种）不能为空' },
      other: [],
    });
    expect(formErrors(coded('须写明退回理由（至少 2 个字）', 'reason'), ['reason'])).toEqual({
      fields: { reason: '须写明退回理由（至少 2 个字）' },
      other: [],
    });
  });

  it('keeps errors of fields the form does not have, and uncoded ones, for above the form', () => {
    expect(formErrors(coded('审核人不能审批自己审核的待遇', 'id'), ['note'])).toEqual({
      fields: {},
      other: ['审核人不能审批自己审核的待遇'],
    });
    expect(formErrors(new TypeError('Failed to fetch'), ['note'])).toEqual({
      fields: {},
      other: ['无法连接服务器，请检查网络'],
    });
  });
});
