export * from './dataset.ts';
export * from './random.ts';
export * from './types.ts';
export * from './college-majors.ts';
