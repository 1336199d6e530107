import { schemaFileMain } from '@jining/subgraph-kit';
import { evaluation } from './subgraph.ts';

schemaFileMain(evaluation.schema, evaluation.packageDir);
