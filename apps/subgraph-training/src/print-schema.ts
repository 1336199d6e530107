import { schemaFileMain } from '@jining/subgraph-kit';
import { training } from './subgraph.ts';

schemaFileMain(training.schema, training.packageDir);
