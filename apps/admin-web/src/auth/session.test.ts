import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSession, currentToken, loadSession, saveSession, type Session } from './session';

const account = { username: 'hrss', displayName: '人社局', department: 'HRSS', countyCode: null, permissions: [] };
const session = (expiresInMs: number): Session => ({
  token: 't',
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  account,
});

afterEach(() => {
  clearSession();
  vi.useRealTimers();
});

describe('session', () => {
  it('keeps the token in sessionStorage, never in localStorage', () => {
    saveSession(session(60_000));
    expect(currentToken()).toBe('t');
    expect(sessionStorage.getItem('jining.admin.session')).toContain('"token":"t"');
    expect(localStorage.length).toBe(0);
    clearSession();
    expect(currentToken()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('forgets a session whose token has expired', () => {
    vi.useFakeTimers();
    saveSession(session(60_000));
    expect(loadSession()).not.toBeNull();
    vi.advanceTimersByTime(60_001);
    expect(loadSession()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });
});
