import type { AuthUser } from '../common/access/auth-user';
import {
  canChangeInServiceArea,
  canSeeServiceArea,
  expandWithDescendants,
  seesPersonalData,
  serviceAreaFilter,
} from './access-scope';

const user = (role: AuthUser['role'], serviceAreaIds: string[] = []): AuthUser => ({
  id: 'u',
  email: 'u@example.test',
  name: 'U',
  role,
  serviceAreaIds,
  via: 'token',
});

describe('access scope', () => {
  const tree = [
    { id: 'dir', parentId: null },
    { id: 'svc', parentId: 'dir' },
    { id: 'team1', parentId: 'svc' },
    { id: 'team2', parentId: 'svc' },
    { id: 'other', parentId: null },
  ];

  it('expands a service to its teams, and a directorate to everything below it', () => {
    expect(expandWithDescendants(['svc'], tree).sort()).toEqual(['svc', 'team1', 'team2']);
    expect(expandWithDescendants(['dir'], tree).sort()).toEqual(['dir', 'svc', 'team1', 'team2']);
    expect(expandWithDescendants([], tree)).toEqual([]);
  });

  it('limits a service lead to their areas, even with none', () => {
    const lead = user('service_lead', ['svc', 'team1']);
    expect(canSeeServiceArea(lead, 'team1')).toBe(true);
    expect(canSeeServiceArea(lead, 'other')).toBe(false);
    expect(canSeeServiceArea(user('service_lead'), 'svc')).toBe(false);
    expect(serviceAreaFilter(lead)).toEqual(['svc', 'team1']);
    expect(canChangeInServiceArea(lead, 'svc')).toBe(true);
    expect(canChangeInServiceArea(lead, 'other')).toBe(false);
  });

  it('lets admins and officers see and change everything; scrutiny sees all but changes nothing', () => {
    for (const role of ['admin', 'officer'] as const) {
      expect(serviceAreaFilter(user(role, ['svc']))).toBeNull();
      expect(canChangeInServiceArea(user(role), 'other')).toBe(true);
    }
    expect(canSeeServiceArea(user('scrutiny'), 'other')).toBe(true);
    expect(canChangeInServiceArea(user('scrutiny'), 'other')).toBe(false);
    expect(seesPersonalData(user('scrutiny'))).toBe(false);
    expect(seesPersonalData(user('officer'))).toBe(true);
  });

  it('limits a senior officer with a directorate to it, and leaves one without areas unscoped', () => {
    expect(canSeeServiceArea(user('senior_officer', ['dir', 'svc']), 'other')).toBe(false);
    expect(canSeeServiceArea(user('senior_officer'), 'other')).toBe(true);
  });
});
