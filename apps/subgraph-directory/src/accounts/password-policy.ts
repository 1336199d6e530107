/**
 * What a new password must be. Government systems here are assessed under 等级保护 2.0, whose identification
 * controls ask for complex passwords changed from their defaults; the common reading, used here, is a minimum length
 * and at least three of four character classes. Length is what matters most (NIST SP 800-63B), so the minimum is 10,
 * above the usual 8. A password containing the sign-in name, or the demo accounts' published one, is refused.
 */
export const PASSWORD_MIN_LENGTH = 10;
/** Long passphrases are welcome; past this it is a payload, not a password (scrypt reads all of it). */
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_SIMPLE' | 'CONTAINS_USERNAME' | 'PUBLISHED';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `新密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  TOO_LONG: `新密码至多 ${PASSWORD_MAX_LENGTH} 位`,
  TOO_SIMPLE: `新密码须包含大写字母、小写字母、数字、符号中的至少 ${PASSWORD_MIN_CLASSES} 类`,
  CONTAINS_USERNAME: '新密码不能包含用户名',
  PUBLISHED: '新密码不能是演示账号的公开密码',
};

const PUBLISHED = ['jining2025'];

export function passwordProblem(password: string, username: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  if (PUBLISHED.some((p) => lower.includes(p))) return 'PUBLISHED';
  if (username && lower.includes(username.toLowerCase())) return 'CONTAINS_USERNAME';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) return 'TOO_SIMPLE';
  return null;
}
