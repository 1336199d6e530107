import { runSubgraphMain } from '@jining/subgraph-kit';
import { finance } from './subgraph.ts';

await runSubgraphMain(finance);
