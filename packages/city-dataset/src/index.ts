export * from './plan.ts';
export * from './generate.ts';
export * from './load.ts';
export * from './tables.ts';
