import { schemaFileMain } from '@jining/subgraph-kit';
import { directory } from './subgraph.ts';

schemaFileMain(directory.schema, directory.packageDir);
