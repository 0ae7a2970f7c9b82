/**
 * Every (from, to) pair of every status machine, self-transitions included, against a matrix written out here.
 * Rows are the status an item is in; columns the status asked for, in the order of the column header.
 * Y = allowed, . = forbidden.
 */
import { ACTION_STATUSES, actionStatusMachine } from './action-status';
import { DOCUMENT_STATUSES, documentStatusMachine } from './document-status';
import { RECOMMENDATION_STATUSES, recommendationStatusMachine } from './recommendation-status';
import type { StatusMachine } from './status-machine';
import { TransitionNotAllowedError } from './transition-errors';

const ACTION_MATRIX = `
               open  in_progress  completed  verified  cancelled
  open          .        Y            Y         .          Y
  in_progress   .        .            Y         .          Y
  completed     .        Y            .         Y          .
  verified      .        .            .         .          .
  cancelled     .        .            .         .          .
`;

const RECOMMENDATION_MATRIX = `
                proposed  accepted  rejected  not_accepted
  proposed         .         Y         Y           Y
  accepted         .         .         .           .
  rejected         Y         .         .           .
  not_accepted     Y         .         .           .
`;

const DOCUMENT_MATRIX = `
              queued  processing  processed  failed
  queued        .         Y           .         .
  processing    Y         .           Y         Y
  processed     Y         .           .         .
  failed        Y         .           .         .
`;

interface Expectation {
  from: string;
  to: string;
  allowed: boolean;
}

function readMatrix(matrix: string, states: readonly string[]): Expectation[] {
  const [header, ...rows] = matrix
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  expect(header).toEqual([...states]);
  expect(rows.map((r) => r[0])).toEqual([...states]);
  return rows.flatMap(([from, ...cells]) => {
    expect(cells.every((c) => c === 'Y' || c === '.')).toBe(true);
    expect(cells).toHaveLength(states.length);
    return cells.map((cell, i) => ({ from, to: header[i], allowed: cell === 'Y' }));
  });
}

function checkEveryPair<S extends string>(
  machine: StatusMachine<S>,
  states: readonly S[],
  matrix: string,
): void {
  const expectations = readMatrix(matrix, states);

  it(`covers all ${states.length * states.length} pairs`, () => {
    expect(expectations).toHaveLength(states.length * states.length);
    expect(machine.states).toEqual(states);
    expect(machine.transitions).toHaveLength(expectations.filter((e) => e.allowed).length);
  });

  it.each(expectations)('$from -> $to: allowed $allowed', ({ from, to, allowed }) => {
    const f = from as S;
    const t = to as S;
    expect(machine.canTransition(f, t)).toBe(allowed);
    expect(machine.allowedTargets(f).includes(t)).toBe(allowed);
    if (allowed) {
      const rule = machine.assertTransition(f, t);
      expect([rule.from, rule.to]).toEqual([f, t]);
      expect(machine.rule(f, t)).toBe(rule);
    } else {
      expect(() => machine.assertTransition(f, t)).toThrow(TransitionNotAllowedError);
      expect(machine.rule(f, t)).toBeUndefined();
    }
  });

  it('lists allowed targets in the order of the states list', () => {
    for (const from of states) {
      const expected = expectations.filter((e) => e.from === from && e.allowed).map((e) => e.to);
      expect(machine.allowedTargets(from)).toEqual(expected);
      expect(machine.isFinal(from)).toBe(expected.length === 0);
    }
  });
}

describe('action transitions', () => checkEveryPair(actionStatusMachine, ACTION_STATUSES, ACTION_MATRIX));
describe('recommendation transitions', () =>
  checkEveryPair(recommendationStatusMachine, RECOMMENDATION_STATUSES, RECOMMENDATION_MATRIX));
describe('document transitions', () =>
  checkEveryPair(documentStatusMachine, DOCUMENT_STATUSES, DOCUMENT_MATRIX));
