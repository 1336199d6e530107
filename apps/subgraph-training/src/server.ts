import { runSubgraphMain } from '@jining/subgraph-kit';
import { training } from './subgraph.ts';

await runSubgraphMain(training);
