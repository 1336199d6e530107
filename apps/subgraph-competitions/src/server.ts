import { runSubgraphMain } from '@jining/subgraph-kit';
import { competitions } from './subgraph.ts';

await runSubgraphMain(competitions);
