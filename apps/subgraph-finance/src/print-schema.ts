import { schemaFileMain } from '@jining/subgraph-kit';
import { finance } from './subgraph.ts';

schemaFileMain(finance.schema, finance.packageDir);
