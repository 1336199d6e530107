export * from './principal.ts';
export * from './errors.ts';
export * from './http.ts';
export * from './dev-accounts.ts';
