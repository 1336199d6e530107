import { describe, expect, it } from 'vitest';
import { enableDevMode, isDevMode, MIN_SECRET_BYTES, readSecret, SecretsError } from '../src/secrets.ts';

const strong = 'x'.repeat(MIN_SECRET_BYTES);

describe('secrets', () => {
  it('has no default outside development mode, and says what to set', () => {
    expect(() => readSecret('JWT_SECRET', {})).toThrowError(SecretsError);
    expect(() => readSecret('GATEWAY_SIGNING_SECRET', { NODE_ENV: 'development' })).toThrow(
      /GATEWAY_SIGNING_SECRET is not set.*JINING_DEV_MODE=true/,
    );
  });

  it('refuses a short secret and the values once published in this repository', () => {
    expect(() => readSecret('JWT_SECRET', { JWT_SECRET: 'x'.repeat(MIN_SECRET_BYTES - 1) })).toThrow(/too short/);
    expect(() => readSecret('JWT_SECRET', { JWT_SECRET: 'x', JINING_DEV_MODE: 'true' })).toThrow(/too short/);
    expect(() =>
      readSecret('GATEWAY_SIGNING_SECRET', { GATEWAY_SIGNING_SECRET: 'jining-dev-gateway-signing-secret' }),
    ).toThrow(/published/);
    expect(readSecret('JWT_SECRET', { JWT_SECRET: strong })).toBe(strong);
  });

  it('makes up a random secret per run in development mode, shared through the environment', () => {
    const env: Record<string, string | undefined> = { JINING_DEV_MODE: 'true' };
    const first = readSecret('JWT_SECRET', env);
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(MIN_SECRET_BYTES);
    expect(readSecret('JWT_SECRET', env)).toBe(first);
    expect(readSecret('JWT_SECRET', { JINING_DEV_MODE: 'true' })).not.toBe(first);

    const child = enableDevMode({});
    expect(child).toMatchObject({ JINING_DEV_MODE: 'true' });
    expect(child.JWT_SECRET).not.toBe(child.GATEWAY_SIGNING_SECRET);
    expect(enableDevMode({ JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it('is development mode only when asked exactly, and never with NODE_ENV=production', () => {
    expect(isDevMode({})).toBe(false);
    expect(isDevMode({ NODE_ENV: 'development' })).toBe(false);
    expect(isDevMode({ JINING_DEV_MODE: 'true' })).toBe(true);
    expect(() => isDevMode({ JINING_DEV_MODE: 'yes' })).toThrow(SecretsError);
    expect(() => isDevMode({ JINING_DEV_MODE: 'true', NODE_ENV: 'production' })).toThrow(/cannot be combined/);
    expect(() => enableDevMode({ NODE_ENV: 'production' })).toThrow(/cannot be combined/);
  });
});
