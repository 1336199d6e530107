export * from './errors.ts';
export * from './http.ts';
export * from './limits.ts';
