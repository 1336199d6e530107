import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, formatError, KitError } from '../src/errors.ts';

describe('formatError', () => {
  it('passes coded KitErrors with their Chinese message, reason and field, and no stack', () => {
    const error = badInput('身份证号码校验位错误', { field: 'input.idNumber', reason: 'INVALID_ID_NUMBER' });
    const out = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error);
    expect(out).toEqual({
      message: '身份证号码校验位错误',
      path: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_ID_NUMBER', field: 'input.idNumber' },
    });
  });

  it('hides unexpected errors behind a coded Chinese message, even when labelled INTERNAL_SERVER_ERROR', () => {
    const raw = new Error('connection to 10.0.0.3 refused: secret database detail');
    for (const formatted of [
      { message: raw.message },
      { message: raw.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } },
    ]) {
      const out = formatError(formatted, raw);
      expect(out.message).toBe('服务器内部错误，请稍后重试');
      expect(JSON.stringify(out)).not.toMatch(/secret|stacktrace/);
      expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('maps Prisma unique violations to CONFLICT', () => {
    const out = formatError(
      { message: 'Unique constraint failed' },
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }),
    );
    expect(out.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIQUE_VIOLATION' });
  });

  it('keeps GraphQL validation errors readable, without stack traces', () => {
    const error = new GraphQLError('Field "x" is not defined', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const out = formatError(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['…'] } },
      error,
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('KitError is a GraphQLError carrying its code', () => {
    expect(new KitError('NOT_FOUND', '未找到')).toBeInstanceOf(GraphQLError);
  });
});
