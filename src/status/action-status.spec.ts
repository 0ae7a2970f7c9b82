import type { ActionStatus as StoredActionStatus } from '../actions/entities/tracked-action.entity';
import { ACTION_STATUSES, actionStatusMachine as actions, type ActionStatus } from './action-status';
import { TransitionNotAllowedError, TransitionRequirementsError } from './transition-errors';

// The entity's column type and this table must list the same statuses (checked by tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsEntity: Same<StoredActionStatus, ActionStatus> = true;

describe('action status machine', () => {
  it('lists the statuses in the order of the workflow', () => {
    expect(sameAsEntity).toBe(true);
    expect(ACTION_STATUSES).toEqual(['open', 'in_progress', 'completed', 'verified', 'cancelled']);
  });

  it('says in plain words why a change is refused', () => {
    expect(() => actions.assertTransition('verified', 'in_progress')).toThrow(
      'An action that is verified cannot be moved to in progress. Verified is a final status: it cannot change.',
    );
    expect(() => actions.assertTransition('open', 'verified')).toThrow(
      'An action that is open cannot be moved to verified. From open it can be moved to in progress, completed or cancelled.',
    );
    expect(() => actions.assertTransition('completed', 'cancelled')).toThrow(
      'An action that is completed cannot be moved to cancelled. From completed it can be moved to in progress or verified.',
    );
    expect(() => actions.assertTransition('in_progress', 'in_progress')).toThrow(
      'This action is already in progress.',
    );
  });

  it('carries the statuses and where it could go on the error', () => {
    const error = (() => {
      try {
        actions.assertTransition('cancelled', 'open');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TransitionNotAllowedError);
    expect(error).toMatchObject({ entity: 'action', from: 'cancelled', to: 'open', allowedTargets: [] });
  });

  it('names each change', () => {
    const names = actions.transitions.map((t) => `${t.from}->${t.to}:${t.name}`);
    expect(names).toEqual([
      'open->in_progress:start',
      'open->completed:complete',
      'in_progress->completed:complete',
      'completed->verified:verify',
      'completed->in_progress:send_back',
      'open->cancelled:cancel',
      'in_progress->cancelled:cancel',
    ]);
  });

  describe('requirements', () => {
    it('cancelling needs a reason', () => {
      expect(actions.rule('open', 'cancelled')?.requires.map((r) => r.requirement)).toEqual(['note']);
      expect(actions.missingRequirements('in_progress', 'cancelled', {})).toEqual([
        'Give a reason for cancelling this action.',
      ]);
      expect(actions.missingRequirements('open', 'cancelled', { note: '   ' })).toHaveLength(1);
      expect(
        actions.missingRequirements('open', 'cancelled', { note: 'Duplicate of another remedy' }),
      ).toEqual([]);
    });

    it('completing needs evidence only when the recommendation asked for it', () => {
      for (const from of ['open', 'in_progress'] as const) {
        expect(actions.missingRequirements(from, 'completed', {})).toEqual([]);
        expect(actions.missingRequirements(from, 'completed', { evidenceRequired: false })).toEqual([]);
        expect(
          actions.missingRequirements(from, 'completed', { evidenceRequired: true, evidenceCount: 0 }),
        ).toEqual([
          'Add evidence before marking this action completed: the recommendation asks for evidence that it was done.',
        ]);
        expect(
          actions.missingRequirements(from, 'completed', { evidenceRequired: true, evidenceCount: 2 }),
        ).toEqual([]);
      }
    });

    it('sending back needs a note saying why', () => {
      expect(() => actions.assertCanApply('completed', 'in_progress', {})).toThrow(
        TransitionRequirementsError,
      );
      expect(() => actions.assertCanApply('completed', 'in_progress', {})).toThrow(
        'Say why the evidence was not accepted, so the service knows what to do.',
      );
      const rule = actions.assertCanApply('completed', 'in_progress', { note: 'The memo is not dated.' });
      expect(rule.name).toBe('send_back');
    });

    it('starting and verifying need nothing more', () => {
      expect(actions.missingRequirements('open', 'in_progress', {})).toEqual([]);
      expect(actions.missingRequirements('completed', 'verified', {})).toEqual([]);
    });

    it('refuses to check requirements of a forbidden change', () => {
      expect(() => actions.missingRequirements('verified', 'cancelled', { note: 'x' })).toThrow(
        TransitionNotAllowedError,
      );
    });
  });
});
