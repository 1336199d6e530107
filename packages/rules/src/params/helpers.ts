import type { PayerParts } from '../money.ts';
import type { Payer } from '../payers.ts';

/** Cost-sharing parts, typed (object literals inside parameter specs would widen to string). */
export function parts(...entries: [Payer, number][]): readonly PayerParts[] {
  return Object.freeze(entries.map(([payer, n]) => Object.freeze({ payer, parts: n })));
}

/** 元 → 分, so the figures below read like the text (２０００元 → yuan(2000)). */
export const yuan = (y: number): number => y * 100;
/** 万元 → 分 (５０万元 → wan(50)). */
export const wan = (w: number): number => w * 1_000_000;
