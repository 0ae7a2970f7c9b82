import { ServiceAreaTree } from '../service-areas/service-area-tree';
import { NotificationRecipients, StaffMember } from './notification-recipients';

const tree = new ServiceAreaTree([
  { id: 'adults', name: 'Adults', kind: 'directorate', parentId: null, active: true },
  { id: 'charging', name: 'Charging', kind: 'service', parentId: 'adults', active: true },
  { id: 'team', name: 'Team', kind: 'team', parentId: 'charging', active: true },
  { id: 'children', name: 'Children', kind: 'directorate', parentId: null, active: true },
]);
const person = (id: string, role: string, serviceAreaIds: string[] = []): StaffMember => ({
  id,
  email: `${id}@x.test`,
  name: id,
  role,
  serviceAreaIds,
});

describe('NotificationRecipients', () => {
  const staff = [
    person('owner', 'officer'),
    person('leadCharging', 'service_lead', ['charging']),
    person('leadChildren', 'service_lead', ['children']),
    person('adultsDirector', 'senior_officer', ['adults']),
    person('chief', 'senior_officer'),
  ];
  const r = new NotificationRecipients(staff, tree);

  it('sends reminders to the owner, or to the leads above the area when nobody owns it', () => {
    expect(r.owners('owner', 'team').map((s) => s.id)).toEqual(['owner']);
    expect(r.owners(null, 'team').map((s) => s.id)).toEqual(['leadCharging']);
    expect(r.owners('gone', 'children').map((s) => s.id)).toEqual(['leadChildren']);
  });

  it("escalates to the directorate's senior officers, else to those without areas, never to another directorate's", () => {
    expect(r.escalation('team').map((s) => s.id)).toEqual(['adultsDirector']);
    expect(r.escalation('children').map((s) => s.id)).toEqual(['chief']);
  });

  it('escalates to the complaints officers when no senior officer may read the directorate', () => {
    const noChief = new NotificationRecipients(
      staff.filter((s) => s.id !== 'chief'),
      tree,
    );
    expect(noChief.escalation('children').map((s) => s.id)).toEqual(['owner']);
    expect(noChief.escalation('charging').map((s) => s.id)).toEqual(['adultsDirector']);
  });
});
