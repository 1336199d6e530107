import { schemaFileMain } from '@jining/subgraph-kit';
import { competitions } from './subgraph.ts';

schemaFileMain(competitions.schema, competitions.packageDir);
