import type { RecommendationStatus as StoredRecommendationStatus } from '../documents/entities/recommendation.entity';
import {
  RECOMMENDATION_STATUSES,
  recommendationStatusMachine as recommendations,
  type RecommendationStatus,
} from './recommendation-status';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsEntity: Same<StoredRecommendationStatus, RecommendationStatus> = true;

describe('recommendation status machine', () => {
  it('has one open status; accepted is final, a rejection (or not accepted) can be undone', () => {
    expect(sameAsEntity).toBe(true);
    expect(RECOMMENDATION_STATUSES).toEqual(['proposed', 'accepted', 'rejected', 'not_accepted']);
    expect(RECOMMENDATION_STATUSES.filter((s) => recommendations.isFinal(s))).toEqual(['accepted']);
    expect(recommendations.canTransition('rejected', 'proposed')).toBe(true);
    expect(recommendations.canTransition('not_accepted', 'proposed')).toBe(true);
    expect(recommendations.canTransition('accepted', 'proposed')).toBe(false);
  });

  it('says in plain words why a change is refused', () => {
    expect(() => recommendations.assertTransition('accepted', 'rejected')).toThrow(
      'A recommendation that is accepted cannot be moved to rejected. Accepted is a final status: it cannot change.',
    );
    expect(() => recommendations.assertTransition('not_accepted', 'accepted')).toThrow(
      'A recommendation that is not accepted cannot be moved to accepted.',
    );
  });

  it('accepting needs the service that will own the action', () => {
    expect(recommendations.missingRequirements('proposed', 'accepted', {})).toEqual([
      'Choose the service that will be responsible for this action.',
    ]);
    expect(recommendations.missingRequirements('proposed', 'accepted', { serviceAreaId: 'svc-1' })).toEqual(
      [],
    );
  });

  it('rejecting, or recording that the council did not accept it, needs a reason', () => {
    expect(recommendations.missingRequirements('proposed', 'rejected', { note: '' })).toEqual([
      'Give a reason for rejecting this recommendation.',
    ]);
    expect(recommendations.missingRequirements('proposed', 'not_accepted', {})).toEqual([
      "Give the council's reason for not accepting this recommendation.",
    ]);
    expect(
      recommendations.missingRequirements('proposed', 'not_accepted', {
        note: 'Already covered by the new policy',
      }),
    ).toEqual([]);
  });
});
