import { roleMayCall } from './access-rule';

describe('roleMayCall', () => {
  const readers = { kind: 'roles' as const, roles: ['officer' as const, 'scrutiny' as const] };

  it('lets a listed role in and keeps an unlisted one out', () => {
    expect(roleMayCall(readers, 'officer', 'GET')).toBe(true);
    expect(roleMayCall(readers, 'admin', 'GET')).toBe(false);
  });

  it('keeps scrutiny read-only even when a changing route lists it', () => {
    expect(roleMayCall(readers, 'scrutiny', 'GET')).toBe(true);
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(roleMayCall(readers, 'scrutiny', m)).toBe(false);
  });

  it('lets scrutiny call a listed route marked as not a change (signing out)', () => {
    expect(roleMayCall({ ...readers, notAChange: true }, 'scrutiny', 'POST')).toBe(true);
    expect(roleMayCall({ kind: 'roles', roles: ['officer'], notAChange: true }, 'scrutiny', 'POST')).toBe(
      false,
    );
  });

  it('lets anyone call a public route, and no one a route without a rule', () => {
    expect(roleMayCall({ kind: 'public' }, 'scrutiny', 'POST')).toBe(true);
    expect(roleMayCall({ kind: 'none' }, 'admin', 'GET')).toBe(false);
  });
});
