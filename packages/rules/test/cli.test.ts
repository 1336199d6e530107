import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fx from './fixtures.ts';

const pkg = fileURLToPath(new URL('..', import.meta.url));

function cli(input: string): {
  status: number | null;
  out: {
    decision?: { eligible: boolean; grants: { amountFen: number }[] };
    stacking?: { payments: { payableFen: number }[] };
    error?: { code: string; field: string; message: string; messageEn: string };
  };
} {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/cli.ts'], { cwd: pkg, input, encoding: 'utf8' });
  return { status: r.status, out: JSON.parse(r.stdout) as never };
}

describe('CLI bin/cli.ts: a fact on stdin, the decision as JSON on stdout', () => {
  it('prints the decision of a fact', () => {
    const { status, out } = cli(JSON.stringify(fx.certificate));
    expect(status).toBe(0);
    expect(out.decision!.eligible).toBe(true);
    expect(out.decision!.grants[0]!.amountFen).toBe(200_000);
  });

  it('takes an envelope with a training catalogue and prior grants', () => {
    const { status, out } = cli(
      JSON.stringify({
        fact: fx.training,
        trainingCatalogue: fx.EXAMPLE_CATALOGUE_ITEMS,
        priorGrants: [
          { benefitKey: 'PERSON:P-0100|SUBSIDISED_TRAINING|EX-WELDER-L4', amountFen: 100_000, nature: 'CASH' },
        ],
      }),
    );
    expect(status).toBe(0);
    expect(out.decision!.grants[0]!.amountFen).toBe(150_000);
    expect(out.stacking!.payments[0]!.payableFen).toBe(50_000);
  });

  it.each([
    ['{ not json', 'RULES_INVALID_JSON'],
    ['{"kind":"PENSION"}', 'RULES_UNKNOWN_FACT_KIND'],
    [JSON.stringify({ ...fx.certificate, certificateDate: '2025-02-30' }), 'RULES_INVALID_DATE'],
    [JSON.stringify({ ...fx.educationInvestment, investmentFen: -1 }), 'RULES_INVALID_AMOUNT'],
    [JSON.stringify({ ...fx.apprenticeship, countyRateFen: 700_000 }), 'RULES_RATE_OUT_OF_RANGE'],
  ])('prints the coded error for %s and exits non-zero', (input, code) => {
    const { status, out } = cli(input);
    expect(status).toBe(2);
    expect(out.error!.code).toBe(code);
    expect(out.error!.message).toBeTruthy();
    expect(out.error!.messageEn).toBeTruthy();
  });
});
