export * from './principal.ts';
export * from './signature.ts';
export * from './secrets.ts';
export * from './scalars.ts';
export * from './errors.ts';
export * from './http.ts';
export * from './dev-accounts.ts';
