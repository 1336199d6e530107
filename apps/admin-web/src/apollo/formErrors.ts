import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage } from './errors';

// Apart from errors.ts, which the login page's bundle carries (the Apollo client needs isUnauthenticated): only the
// pages with forms need this.
/** A failed mutation split for a form: messages per field of the form, and the rest (shown above the form). */
export interface FormErrors {
  fields: Record<string, string>;
  other: string[];
}

/**
 * Maps the subgraphs' coded errors onto a form: an error whose `extensions.field` names one of `fieldNames`
 * (after `prefix`, e.g. `input.occupation` → `occupation`) goes to that field, everything else to `other`, in the
 * server's Chinese either way.
 */
export function formErrors(error: unknown, fieldNames: readonly string[], prefix = ''): FormErrors {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  if (!CombinedGraphQLErrors.is(error)) return { fields, other: [errorMessage(error)] };
  for (const e of error.errors) {
    const field = e.extensions?.field;
    const name = typeof field === 'string' && field.startsWith(prefix) ? field.slice(prefix.length) : undefined;
    if (name !== undefined && fieldNames.includes(name) && !fields[name]) fields[name] = e.message;
    else if (e.message && !other.includes(e.message)) other.push(e.message);
  }
  return { fields, other };
}
