export * from './dataset.ts';
export * from './random.ts';
export * from './types.ts';
export * from './programmes.ts';
export * from './names.ts';
export * from './college-majors.ts';
