import { runSubgraphMain } from '@jining/subgraph-kit';
import { evaluation } from './subgraph.ts';

await runSubgraphMain(evaluation);
