import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';

/** What a transition table needs of a vocabulary: the Chinese word of a code (`defineVocabulary` of @jining/rules). */
interface Words<C extends string> {
  label(code: C): string;
}

/** A workflow step as plain data: the statuses it may start from (null: it creates the record) and the one it leaves. */
export interface Transition<S extends string> {
  readonly from: readonly (S | null)[];
  readonly to: S | 'SAME';
}

export interface Transitions<A extends string, S extends string> {
  readonly steps: Readonly<Record<A, Transition<S>>>;
  /** Null when `action` may start from `status`; otherwise the refusal in Chinese (naming the states) and English. */
  wrongStatus(action: A, status: S): { zh: string; en: string } | null;
  /** Throws the refusal as CONFLICT WRONG_STATUS (field `id`) when `action` may not start from `status`. */
  requireStatus(action: A, status: S): void;
  /** The status a step leaves. */
  statusAfter(action: A, status: S): S;
}

/**
 * A workflow's steps (the studios', the craftsman colleges' …) with the one wording of a wrong-state refusal that
 * every workflow answers: “工作室当前为“已申报”，不能命名（须为“公示中”）”. `noun` is what the record is called, in
 * Chinese and English.
 */
export function defineTransitions<A extends string, S extends string>(
  noun: { zh: string; en: string },
  words: { status: Words<S>; action: Words<A> },
  steps: Readonly<Record<A, Transition<S>>>,
): Transitions<A, S> {
  const wrongStatus = (action: A, status: S) => {
    if (steps[action].from.includes(status)) return null;
    const allowed = steps[action].from.filter((s): s is S => s !== null);
    return {
      zh: `${noun.zh}当前为“${words.status.label(status)}”，不能${words.action.label(action)}（须为${allowed
        .map((s) => `“${words.status.label(s)}”`)
        .join('或')}）`,
      en: `Cannot ${action} a ${noun.en} that is ${status} (must be ${allowed.join(' or ')})`,
    };
  };
  return {
    steps,
    wrongStatus,
    requireStatus(action, status) {
      const wrong = wrongStatus(action, status);
      if (wrong)
        throw new KitError(ErrorCode.CONFLICT, wrong.zh, { field: 'id', reason: 'WRONG_STATUS', messageEn: wrong.en });
    },
    statusAfter(action, status) {
      const to = steps[action].to;
      return to === 'SAME' ? status : to;
    },
  };
}
