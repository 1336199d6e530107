import { publicityWindowSettingsFor, type PublicityWindowSettings } from '@jining/subgraph-kit';

/**
 * 公示期 (the objection window of a publicity batch) is a platform setting, not a figure of the policy:
 * 济人社发〔2024〕9号 asks for nothing about publicity at all, so the window is the platform's practice and each
 * deployment may set it (environment variables, read when a batch is made):
 *
 * - FINANCE_PUBLICITY_DAYS (default 7): the window when a batch does not say. Calendar days, not working days:
 *   working days would need the State Council's yearly holiday calendar with its make-up working days (调休), which
 *   the platform does not hold; seven calendar days hold five working days in an ordinary week, the usual length of a
 *   公示期 for subsidies. Around the Spring Festival or National Day, staff choose a longer window.
 * - FINANCE_PUBLICITY_MIN_DAYS (default 5): a batch may not be shorter (a window no one can read is no publicity).
 * - FINANCE_PUBLICITY_MAX_DAYS (default 30): nor longer (the money should not wait for a month and more).
 *
 * The window runs from the day the batch is made through `startsOn + days − 1`; objections are taken on those days,
 * and the batch can be closed from the day after.
 */
export type { PublicityWindowSettings };

export const PUBLICITY_WINDOW_DEFAULTS: PublicityWindowSettings = { defaultDays: 7, minDays: 5, maxDays: 30 };

export function publicityWindowSettings(env: NodeJS.ProcessEnv = process.env): PublicityWindowSettings {
  return publicityWindowSettingsFor('FINANCE', PUBLICITY_WINDOW_DEFAULTS, env);
}
