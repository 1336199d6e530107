/** A setting in the environment that the process cannot start with; the message names the variable and its range. */
export class ConfigError extends Error {}

/** A whole number from `min` to `max` in `env[name]`, `fallback` when unset or empty; anything else throws. */
export function envInteger(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
