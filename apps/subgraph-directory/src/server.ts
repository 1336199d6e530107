import { runSubgraphMain } from '@jining/subgraph-kit';
import { directory } from './subgraph.ts';

await runSubgraphMain(directory);
