import { canSeeServiceArea, expandWithDescendants } from '../auth/access-scope';
import type { AuthUser } from '../auth/auth-user';
import { LocalDate } from '../calendar';
import { ServiceAreaTree } from '../service-areas/service-area-tree';
import { NotificationRecipients, StaffMember } from './notification-recipients';
import { isImmediate, NOTICE_KINDS, NOTICE_RULES, type NoticeKind } from './notice-rules';
import { actionNoticeText, overdueSummaryText } from './notice-text';

/**
 * The table test: every kind of notice against every kind of person. Who is told, exactly once, who of
 * them by an email at once, and that each can open what the notice links to (checked with the same
 * access rule the action pages use, not the recipients' own).
 */
const areas = [
  { id: 'place', name: 'Place', kind: 'directorate' as const, parentId: null, active: true },
  { id: 'waste', name: 'Waste', kind: 'service' as const, parentId: 'place', active: true },
  { id: 'bins', name: 'Bin collections', kind: 'team' as const, parentId: 'waste', active: true },
  { id: 'resources', name: 'Resources', kind: 'directorate' as const, parentId: null, active: true },
  { id: 'finance', name: 'Finance', kind: 'service' as const, parentId: 'resources', active: true },
];
const tree = new ServiceAreaTree(areas);

const PEOPLE = {
  owner: { role: 'service_lead', areas: ['bins'] },
  serviceLead: { role: 'service_lead', areas: ['waste'] },
  otherServiceLead: { role: 'service_lead', areas: ['finance'] },
  acceptingOfficer: { role: 'officer', areas: [] },
  otherOfficer: { role: 'officer', areas: [] },
  directorateSenior: { role: 'senior_officer', areas: ['place'] },
  otherDirectorateSenior: { role: 'senior_officer', areas: ['resources'] },
  councilWideSenior: { role: 'senior_officer', areas: [] },
  admin: { role: 'admin', areas: [] },
  scrutiny: { role: 'scrutiny', areas: [] },
} as const;
type Person = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Person[];

const staffOf = (people: Person[]): StaffMember[] =>
  people.map((id) => ({
    id,
    email: `${id}@council.test`,
    name: id,
    role: PEOPLE[id].role,
    serviceAreaIds: [...PEOPLE[id].areas],
  }));

/** As the sign-in guard builds it: areas expanded to those below them. */
const authUser = (id: Person): AuthUser =>
  ({
    id,
    email: `${id}@council.test`,
    name: id,
    role: PEOPLE[id].role,
    serviceAreaIds: expandWithDescendants([...PEOPLE[id].areas], areas),
  }) as unknown as AuthUser;

const ACTION = { serviceAreaId: 'bins', ownerId: 'owner', acceptedById: 'acceptingOfficer' };

/** Who is told, with everyone in post (a senior officer covers the directorate). */
const TOLD: Record<NoticeKind, Person[]> = {
  assigned: ['owner', 'serviceLead'],
  due_soon: ['owner', 'serviceLead'],
  at_risk: ['owner', 'serviceLead', 'directorateSenior'],
  overdue: ['owner', 'serviceLead', 'acceptingOfficer', 'directorateSenior'],
  overdue_summary: ['acceptingOfficer'],
  awaiting_verification: ['acceptingOfficer'],
  evidence_refused: ['owner', 'serviceLead'],
  extension_granted: ['owner', 'serviceLead'],
};
/** Who of them is emailed at once (the rest get it in their digest). */
const AT_ONCE: Record<NoticeKind, Person[]> = {
  assigned: ['owner', 'serviceLead'],
  due_soon: [],
  at_risk: ['directorateSenior'],
  overdue: ['directorateSenior'],
  overdue_summary: [],
  awaiting_verification: [],
  evidence_refused: [],
  extension_granted: [],
};

function told(staff: Person[], kind: NoticeKind, about = ACTION) {
  return new NotificationRecipients(staffOf(staff), tree).forNotice(kind, about);
}

function linkOf(kind: NoticeKind): string {
  const today = LocalDate.parse('2026-12-05');
  if (kind === 'overdue_summary') {
    return overdueSummaryText([{ text: 'Pay Mrs B £500.', serviceAreaName: 'Waste', dueDate: today }], today).link;
  }
  return actionNoticeText(kind, {
    actionId: 'a1',
    text: 'Pay Mrs B £500.',
    serviceAreaName: 'Bin collections',
    dueDate: today,
    today,
  }).link;
}

/** Can this person open the page a notice links to? Actions by the action pages' rule; the overdue list is for officers. */
function canOpen(person: Person, link: string): boolean {
  if (link.startsWith('/actions/')) return canSeeServiceArea(authUser(person), ACTION.serviceAreaId);
  if (link === '/actions?overdue=true') return PEOPLE[person].role === 'officer' || PEOPLE[person].role === 'admin';
  return false;
}

describe('the notification table: every kind x every person', () => {
  it('has a rule for every kind, and tells only people in its audiences', () => {
    expect(Object.keys(NOTICE_RULES).sort()).toEqual([...NOTICE_KINDS].sort());
    for (const kind of NOTICE_KINDS) {
      for (const a of NOTICE_RULES[kind].immediate) expect(NOTICE_RULES[kind].audiences).toContain(a);
    }
  });

  for (const kind of NOTICE_KINDS) {
    describe(kind, () => {
      const recipients = told(EVERYONE, kind);
      for (const person of EVERYONE) {
        const expected = TOLD[kind].includes(person);
        it(`${expected ? 'tells' : 'does not tell'} ${person}${AT_ONCE[kind].includes(person) ? ' (by email at once)' : ''}`, () => {
          const entries = recipients.filter((r) => r.person.id === person);
          expect(entries).toHaveLength(expected ? 1 : 0);
          if (!expected) return;
          expect(isImmediate(kind, entries[0].audiences)).toBe(AT_ONCE[kind].includes(person));
          expect(canOpen(person, linkOf(kind))).toBe(true);
        });
      }
    });
  }

  it('escalates to the council-wide senior officers when no senior officer covers the directorate', () => {
    const staff = EVERYONE.filter((p) => p !== 'directorateSenior');
    for (const kind of ['at_risk', 'overdue'] as const) {
      const r = told(staff, kind);
      const escalated = r.filter((x) => x.audiences.includes('escalation_recipients')).map((x) => x.person.id);
      expect(escalated).toEqual(['councilWideSenior']);
      expect(isImmediate(kind, r.find((x) => x.person.id === 'councilWideSenior')!.audiences)).toBe(true);
      expect(r.map((x) => x.person.id)).not.toContain('otherDirectorateSenior');
      for (const x of r) expect(canOpen(x.person.id as Person, linkOf(kind))).toBe(true);
    }
    // with a directorate senior in post, the council-wide one is not told
    expect(told(EVERYONE, 'at_risk').map((x) => x.person.id)).not.toContain('councilWideSenior');
  });

  it('escalates to the complaints officers when no senior officer can read the directorate at all', () => {
    const staff = EVERYONE.filter((p) => p !== 'directorateSenior' && p !== 'councilWideSenior');
    expect(told(staff, 'at_risk').map((x) => x.person.id).sort()).toEqual(
      ['acceptingOfficer', 'otherOfficer', 'owner', 'serviceLead'].sort(),
    );
    // the accepting officer is told of an overdue action once, though in two audiences
    const overdue = told(staff, 'overdue').filter((x) => x.person.id === 'acceptingOfficer');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].audiences.sort()).toEqual(['accepting_officer', 'escalation_recipients']);
  });

  it('never tells an owner who cannot open the action (an owner set outside the service): the leads are told', () => {
    for (const kind of NOTICE_KINDS) {
      const r = told(EVERYONE, kind, { ...ACTION, ownerId: 'otherServiceLead' }).map((x) => x.person.id);
      expect(r).not.toContain('otherServiceLead');
      if (TOLD[kind].includes('serviceLead')) expect(r).toContain('serviceLead');
    }
  });

  it('tells the leads when the owner has left, and every complaints officer when the accepting officer has', () => {
    const staff = EVERYONE.filter((p) => p !== 'owner' && p !== 'acceptingOfficer');
    expect(told(staff, 'assigned').map((x) => x.person.id)).toEqual(['serviceLead']);
    expect(told(staff, 'awaiting_verification').map((x) => x.person.id)).toEqual(['otherOfficer']);
    expect(told(staff, 'overdue_summary').map((x) => x.person.id)).toEqual(['otherOfficer']);
  });
});
