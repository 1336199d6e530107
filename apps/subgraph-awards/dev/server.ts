import { runSubgraphMain } from '@jining/subgraph-kit';
import { awards } from '../src/subgraph.ts';
import { seedDemo } from './seed.ts';

/** Development entry (`pnpm dev`, `npm start`): the subgraph with its demo data, loaded on first start. */
await runSubgraphMain(awards, { demo: seedDemo });
