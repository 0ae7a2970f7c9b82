import {
  TransitionNotAllowedError,
  TransitionRequirementsError,
  UnknownStatusError,
} from './transition-errors';
import {
  isRequirementMet,
  REQUIREMENT_FIELD,
  type RequirementRule,
  type TransitionContext,
} from './transition-requirements';

/** One allowed status change, as data. */
export interface TransitionRule<S extends string> {
  from: S;
  to: S;
  /** A short code for the change, kept in the history: 'start', 'complete', 'send_back' ... */
  name: string;
  /** What a button or a history line says: 'Mark as completed'. */
  label: string;
  /** What must be in hand for the change to happen. */
  requires: readonly RequirementRule[];
}

export interface StatusMachineDefinition<S extends string> {
  /** The thing whose status it is, in lower case: 'action'. */
  entity: string;
  states: readonly S[];
  /** Each status in words: in_progress -> 'in progress'. */
  labels: Readonly<Record<S, string>>;
  transitions: readonly TransitionRule<S>[];
}

export interface StatusMachine<S extends string> {
  readonly entity: string;
  readonly states: readonly S[];
  readonly transitions: readonly TransitionRule<S>[];
  label(state: S): string;
  isStatus(value: unknown): value is S;
  /** The status, or an UnknownStatusError saying which values are allowed. */
  parseStatus(value: unknown): S;
  /** False for a change the table does not list, for staying put, and for values that are not statuses. */
  canTransition(from: S, to: S): boolean;
  /** The rule for the change, or a TransitionNotAllowedError in words a user understands. */
  assertTransition(from: S, to: S): TransitionRule<S>;
  allowedTargets(from: S): readonly S[];
  /** No change out of this status is allowed. */
  isFinal(state: S): boolean;
  /** The rule for an allowed change, undefined for a forbidden one. */
  rule(from: S, to: S): TransitionRule<S> | undefined;
  /** The messages for what is missing; empty when the change may go ahead. Throws if the change is forbidden. */
  missingRequirements(from: S, to: S, context: TransitionContext): string[];
  /** assertTransition, then a TransitionRequirementsError if anything the change needs is missing. */
  assertCanApply(from: S, to: S, context: TransitionContext): TransitionRule<S>;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkDefinition<S extends string>(definition: StatusMachineDefinition<S>): void {
  const known = new Set<string>(definition.states);
  const seen = new Set<string>();
  for (const t of definition.transitions) {
    const key = `${t.from}->${t.to}`;
    if (!known.has(t.from) || !known.has(t.to))
      throw new Error(`${definition.entity}: ${key} uses an unknown status`);
    if (t.from === t.to) throw new Error(`${definition.entity}: ${key} goes nowhere`);
    if (seen.has(key)) throw new Error(`${definition.entity}: ${key} is listed twice`);
    seen.add(key);
  }
}

/** Builds a status machine from its table, checking the table once. */
export function defineStatusMachine<S extends string>(
  definition: StatusMachineDefinition<S>,
): StatusMachine<S> {
  checkDefinition(definition);
  const { entity, labels } = definition;
  const states = Object.freeze([...definition.states]);
  const transitions = Object.freeze(definition.transitions.map((t) => Object.freeze({ ...t })));
  const rules = new Map(transitions.map((t) => [`${t.from}->${t.to}`, t]));
  const targets = new Map(
    states.map((from) => [from, Object.freeze(states.filter((to) => rules.has(`${from}->${to}`)))]),
  );
  const article = /^[aeiou]/i.test(entity) ? 'An' : 'A';

  const isStatus = (value: unknown): value is S => typeof value === 'string' && targets.has(value as S);
  const label = (state: S): string => labels[state] ?? String(state);
  const rule = (from: S, to: S) => (isStatus(from) && isStatus(to) ? rules.get(`${from}->${to}`) : undefined);
  const allowedTargets = (from: S): readonly S[] => targets.get(from) ?? [];

  const parseStatus = (value: unknown): S => {
    if (isStatus(value)) return value;
    throw new UnknownStatusError(
      `'${String(value)}' is not a status ${article.toLowerCase()} ${entity} can have: use ${listInWords(states)}.`,
      entity,
      value,
    );
  };

  const notAllowedMessage = (from: S, to: S): string => {
    if (from === to) return `This ${entity} is already ${label(from)}.`;
    const onwards = allowedTargets(from);
    const hint = onwards.length
      ? `From ${label(from)} it can be moved to ${listInWords(onwards.map(label))}.`
      : `${capitalise(label(from))} is a final status: it cannot change.`;
    return `${article} ${entity} that is ${label(from)} cannot be moved to ${label(to)}. ${hint}`;
  };

  const assertTransition = (from: S, to: S): TransitionRule<S> => {
    parseStatus(from);
    parseStatus(to);
    const found = rule(from, to);
    if (!found)
      throw new TransitionNotAllowedError(
        notAllowedMessage(from, to),
        entity,
        from,
        to,
        allowedTargets(from),
      );
    return found;
  };

  const missing = (from: S, to: S, context: TransitionContext): RequirementRule[] =>
    assertTransition(from, to).requires.filter((r) => !isRequirementMet(r.requirement, context));
  const missingRequirements = (from: S, to: S, context: TransitionContext): string[] =>
    missing(from, to, context).map((r) => r.message);

  return Object.freeze({
    entity,
    states,
    transitions,
    label,
    isStatus,
    parseStatus,
    canTransition: (from: S, to: S) => rule(from, to) !== undefined,
    assertTransition,
    allowedTargets,
    isFinal: (state: S) => allowedTargets(state).length === 0,
    rule,
    missingRequirements,
    assertCanApply: (from: S, to: S, context: TransitionContext) => {
      const problems = missing(from, to, context);
      if (problems.length) {
        const field = problems.map((r) => REQUIREMENT_FIELD[r.requirement]).find((f) => f !== undefined);
        throw new TransitionRequirementsError(
          entity,
          from,
          to,
          problems.map((r) => r.message),
          field,
        );
      }
      return assertTransition(from, to);
    },
  });
}
