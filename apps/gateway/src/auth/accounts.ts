import { createHash, timingSafeEqual } from 'node:crypto';
import { DEV_ACCOUNTS, type DevAccount } from '@jining/protocol/dev-accounts';
import type { Principal } from '@jining/protocol/principal';

/**
 * Who may log in, and what each account may do, kept on the server: the guard builds every request's principal from
 * here, never from the token. Today the only accounts are the seeded dev accounts (@jining/protocol), and only while
 * dev login is on; with it off there is no account, so no token is accepted. Real accounts replace this module.
 */
export interface Accounts {
  /** The account's principal (its department's permissions), or undefined for an unknown id. */
  byId(accountId: string): Principal | undefined;
  /** The account whose username and password these are; unknown user and wrong password answer alike. */
  check(username: string, password: string): Principal | undefined;
}

const principalOf = ({ password: _password, ...principal }: DevAccount): Principal => ({
  ...principal,
  permissions: [...principal.permissions],
});

export function devAccounts(enabled: boolean): Accounts {
  const accounts = enabled ? DEV_ACCOUNTS : [];
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return {
    byId: (accountId) => {
      const found = accounts.find((a) => a.accountId === accountId);
      return found && principalOf(found);
    },
    check: (username, password) => {
      const found = accounts.find((a) => a.username === username);
      // The comparison takes the same time whether or not the user exists.
      const matches = timingSafeEqual(digest(password), digest(found?.password ?? '\u0000no-account'));
      return found && matches ? principalOf(found) : undefined;
    },
  };
}
