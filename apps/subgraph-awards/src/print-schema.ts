import { schemaFileMain } from '@jining/subgraph-kit';
import { awards } from './subgraph.ts';

schemaFileMain(awards.schema, awards.packageDir);
