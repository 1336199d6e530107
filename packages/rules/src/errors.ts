/**
 * Bad input is a typed error, never a silent zero: staff read `message` (Chinese),
 * developers and logs read `code`, `field` and `messageEn`.
 */
export const RULE_INPUT_ERROR_CODES = [
  'RULES_INVALID_JSON',
  'RULES_INVALID_FACT',
  'RULES_UNKNOWN_FACT_KIND',
  'RULES_INVALID_FIELD',
  'RULES_INVALID_AMOUNT',
  'RULES_INVALID_NUMBER',
  'RULES_INVALID_DATE',
  'RULES_RATE_OUT_OF_RANGE',
  'RULES_UNKNOWN_COUNTY',
  'RULES_INVALID_CATALOGUE',
  'RULES_INVALID_PARAMETER',
  'RULES_UNKNOWN_TARGET',
] as const;
export type RuleInputErrorCode = (typeof RULE_INPUT_ERROR_CODES)[number];

export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
  constructor(
    readonly code: RuleInputErrorCode,
    readonly field: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }

  toJSON(): { code: RuleInputErrorCode; field: string; message: string; messageEn: string } {
    return { code: this.code, field: this.field, message: this.message, messageEn: this.messageEn };
  }
}
