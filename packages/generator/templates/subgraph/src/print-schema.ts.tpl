import { schemaFileMain } from '@jining/subgraph-kit';
import { __CAMELNAME__ } from './subgraph.ts';

schemaFileMain(__CAMELNAME__.schema, __CAMELNAME__.packageDir);
