import { runSubgraphMain } from '@jining/subgraph-kit';
import { __CAMELNAME__ } from './subgraph.ts';

await runSubgraphMain(__CAMELNAME__);
