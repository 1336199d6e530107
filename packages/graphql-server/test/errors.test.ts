import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, formatError, InvalidValue, KitError } from '../src/errors.ts';

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

  it("turns a variable a scalar refused into BAD_USER_INPUT naming the field, with the scalar's message", () => {
    const scalar = new InvalidValue('金额必须是以“分”为单位的整数：1.5', { reason: 'INVALID_AMOUNT', messageEn: 'x' });
    // What graphql-js and Apollo make of it: two wrappers, an English prefix with the path.
    const inner = new GraphQLError(`Expected type "Fen". ${scalar.message}`, { originalError: scalar });
    const message = `Variable "$input" got invalid value 1.5 at "input.shares[0].amount"; ${inner.message}`;
    const outer = new GraphQLError(message, { originalError: inner, extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, outer)).toEqual({
      message: '金额必须是以“分”为单位的整数：1.5（字段 input.shares[0].amount）',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_AMOUNT',
        field: 'input.shares[0].amount',
        messageEn: 'x',
      },
    });
  });

  it('names the variable of any other value GraphQL refused, keeping the English detail for programs', () => {
    const message = 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"';
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, error)).toEqual({
      message: '参数值无效（字段 first）',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLE', field: 'first', messageEn: message },
    });
  });

  it('KitError is a GraphQLError carrying its code', () => {
    expect(new KitError('NOT_FOUND', '未找到')).toBeInstanceOf(GraphQLError);
  });
});
