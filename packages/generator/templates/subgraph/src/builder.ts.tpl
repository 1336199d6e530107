import { createBuilder } from '@jining/subgraph-kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';

export const builder = createBuilder<PrismaTypes, PrismaClient>({ dmmf: getDatamodel() });
