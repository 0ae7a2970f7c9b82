import { defineStatusMachine } from './status-machine';
import { TransitionNotAllowedError, UnknownStatusError } from './transition-errors';

type Light = 'red' | 'amber' | 'green';

const light = () =>
  defineStatusMachine<Light>({
    entity: 'signal',
    states: ['red', 'amber', 'green'],
    labels: { red: 'red', amber: 'amber', green: 'green' },
    transitions: [
      { from: 'red', to: 'green', name: 'go', label: 'Go', requires: [] },
      { from: 'green', to: 'amber', name: 'slow', label: 'Slow', requires: [] },
      { from: 'amber', to: 'red', name: 'stop', label: 'Stop', requires: [] },
    ],
  });

describe('defineStatusMachine', () => {
  it('refuses a table that names an unknown status, loops on itself or repeats a change', () => {
    const base = {
      entity: 'signal',
      states: ['red', 'green'] as const,
      labels: { red: 'red', green: 'green' },
    };
    const t = (from: string, to: string) => ({ from, to, name: 'x', label: 'X', requires: [] });
    expect(() => defineStatusMachine<string>({ ...base, transitions: [t('red', 'blue')] })).toThrow(
      'unknown status',
    );
    expect(() => defineStatusMachine<string>({ ...base, transitions: [t('red', 'red')] })).toThrow(
      'goes nowhere',
    );
    expect(() =>
      defineStatusMachine<string>({ ...base, transitions: [t('red', 'green'), t('red', 'green')] }),
    ).toThrow('listed twice');
  });

  it('uses "A" or "An" to suit the name', () => {
    expect(() => light().assertTransition('red', 'amber')).toThrow(
      /^A signal that is red cannot be moved to amber\./,
    );
  });

  it('tells apart a value that is not a status', () => {
    const machine = light();
    expect(machine.isStatus('red')).toBe(true);
    expect(machine.isStatus('blue')).toBe(false);
    expect(machine.isStatus(3)).toBe(false);
    expect(machine.parseStatus('amber')).toBe('amber');
    expect(() => machine.parseStatus('blue')).toThrow(UnknownStatusError);
    expect(() => machine.parseStatus('blue')).toThrow(
      "'blue' is not a status a signal can have: use red, amber or green.",
    );
    expect(machine.canTransition('blue' as Light, 'green')).toBe(false);
    expect(() => machine.assertTransition('red', 'blue' as Light)).toThrow(UnknownStatusError);
    expect(() => machine.assertTransition('red', 'blue' as Light)).not.toThrow(TransitionNotAllowedError);
  });

  it('does not treat object property names as statuses', () => {
    const machine = light();
    expect(machine.isStatus('constructor')).toBe(false);
    expect(machine.isStatus('__proto__')).toBe(false);
    expect(machine.allowedTargets('toString' as Light)).toEqual([]);
  });

  it('gives a frozen table that callers cannot change', () => {
    const machine = light();
    expect(Object.isFrozen(machine)).toBe(true);
    expect(Object.isFrozen(machine.transitions)).toBe(true);
    expect(Object.isFrozen(machine.transitions[0])).toBe(true);
    expect(Object.isFrozen(machine.allowedTargets('red'))).toBe(true);
  });

  it('works when its functions are taken off the machine', () => {
    const { canTransition, assertTransition } = light();
    expect(canTransition('red', 'green')).toBe(true);
    expect(assertTransition('red', 'green').name).toBe('go');
  });
});
