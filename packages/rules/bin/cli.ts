#!/usr/bin/env -S node --import tsx
/**
 * Reads one fact as JSON on stdin and prints the decision as JSON.
 *   pnpm --filter @jining/rules exec tsx bin/cli.ts < fact.json
 * The input may also be an envelope { "fact": …, "trainingCatalogue": [...], "priorGrants": [...] }:
 * the catalogue feeds R6, and prior grants add the 从优、就高、不重复 resolution to the output.
 * Bad input prints { "error": { code, field, message, messageEn } } and exits with status 2.
 */
import { assess } from '../src/assess.ts';
import { RuleInputError } from '../src/errors.ts';
import type { Fact } from '../src/facts.ts';
import { defineTrainingCatalogue } from '../src/rules/r06-subsidised-training.ts';
import { resolveStacking, type PriorGrant } from '../src/stacking.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RuleInputError(
      'RULES_INVALID_JSON',
      '(stdin)',
      `输入不是有效的 JSON：${(e as Error).message}`,
      `Input is not valid JSON: ${(e as Error).message}`,
    );
  }
}

async function main(): Promise<number> {
  try {
    const input = parse(await readStdin());
    const envelope =
      typeof input === 'object' && input !== null && 'fact' in input
        ? (input as { fact: unknown; trainingCatalogue?: unknown; priorGrants?: unknown })
        : undefined;
    const fact = (envelope ? envelope.fact : input) as Fact;
    const trainingCatalogue =
      envelope?.trainingCatalogue === undefined ? undefined : defineTrainingCatalogue(envelope.trainingCatalogue);
    const decision = assess(fact, trainingCatalogue ? { trainingCatalogue } : undefined);
    const out =
      envelope?.priorGrants === undefined
        ? { decision }
        : { decision, stacking: resolveStacking(decision, envelope.priorGrants as PriorGrant[]) };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof RuleInputError) {
      process.stdout.write(`${JSON.stringify({ error: e.toJSON() }, null, 2)}\n`);
      return 2;
    }
    process.stdout.write(
      `${JSON.stringify({ error: { code: 'RULES_INTERNAL', message: '规则引擎内部错误', messageEn: String(e) } })}\n`,
    );
    return 1;
  }
}

process.exitCode = await main();
