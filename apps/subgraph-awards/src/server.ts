import { runSubgraphMain } from '@jining/subgraph-kit';
import { awards } from './subgraph.ts';

await runSubgraphMain(awards);
