import type { ServiceAreaTree } from '../service-areas/service-area-tree';
import { type Audience, type NoticeKind, NOTICE_RULES } from './notice-rules';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: string;
  /** The service areas assigned to them (not expanded). */
  serviceAreaIds: string[];
  /** Emails only in the daily digest, never at once. */
  digestOnly?: boolean;
}

/** What a notice is about: the action's service, its owner and the officer who accepted it. */
export interface NoticeAbout {
  serviceAreaId: string;
  ownerId: string | null;
  acceptedById: string | null;
}

export interface Recipient {
  person: StaffMember;
  /** Why they are told (one person can be owner and service lead at once: told once). */
  audiences: Audience[];
}

/**
 * Who hears about an action, by the rules in notice-rules.ts. Everyone told can open the action the
 * notice links to: a person who cannot (scrutiny, a service lead of another service, a senior officer
 * of another directorate, an owner set to someone outside the service) is left out, so a link never
 * leads to "Page not found".
 */
export class NotificationRecipients {
  private readonly seniors: StaffMember[];
  private readonly unscopedSeniors: StaffMember[];
  private readonly officers: StaffMember[];
  private readonly leads: StaffMember[];
  private readonly byId: Map<string, StaffMember>;
  private readonly ancestryCache = new Map<string, Set<string>>();
  private readonly audienceCache = new Map<string, StaffMember[]>();

  constructor(
    staff: StaffMember[],
    readonly tree: ServiceAreaTree,
  ) {
    this.byId = new Map(staff.map((s) => [s.id, s]));
    this.seniors = staff.filter((s) => s.role === 'senior_officer' && s.serviceAreaIds.length > 0);
    this.unscopedSeniors = staff.filter((s) => s.role === 'senior_officer' && s.serviceAreaIds.length === 0);
    this.officers = staff.filter((s) => s.role === 'officer');
    this.leads = staff.filter((s) => s.role === 'service_lead');
  }

  person(id: string): StaffMember | undefined {
    return this.byId.get(id);
  }

  /** The complaints officers: told of an overdue summary when the officer who accepted has gone. */
  fallbackOfficers(serviceAreaId: string): StaffMember[] {
    return this.officers.filter((o) => this.canOpen(o, serviceAreaId));
  }

  /** May this person open an action of this service area (the same rule as the action pages)? */
  canOpen(person: StaffMember, serviceAreaId: string): boolean {
    if (person.role === 'admin' || person.role === 'officer') return true;
    if (person.role === 'senior_officer' && person.serviceAreaIds.length === 0) return true;
    if (person.role !== 'service_lead' && person.role !== 'senior_officer') return false;
    const above = this.above(serviceAreaId);
    return person.serviceAreaIds.some((id) => above.has(id));
  }

  /** Everyone told of this kind of notice about this action, each once, with the audiences they are in. */
  forNotice(kind: NoticeKind, about: NoticeAbout): Recipient[] {
    const out = new Map<string, Recipient>();
    for (const audience of NOTICE_RULES[kind].audiences) {
      for (const person of this.audience(audience, about)) {
        if (!this.canOpen(person, about.serviceAreaId)) continue;
        const seen = out.get(person.id);
        if (seen) seen.audiences.push(audience);
        else out.set(person.id, { person, audiences: [audience] });
      }
    }
    return [...out.values()];
  }

  audience(audience: Audience, about: NoticeAbout): StaffMember[] {
    switch (audience) {
      case 'owner': {
        const owner = about.ownerId ? this.byId.get(about.ownerId) : undefined;
        return owner ? [owner] : [];
      }
      case 'accepting_officer': {
        // When the officer who accepted it has left (or cannot open it now), every complaints officer.
        const officer = about.acceptedById ? this.byId.get(about.acceptedById) : undefined;
        return officer && this.canOpen(officer, about.serviceAreaId)
          ? [officer]
          : this.fallbackOfficers(about.serviceAreaId);
      }
      case 'service_leads':
        return this.cached(`leads:${about.serviceAreaId}`, () => this.covering(this.leads, about.serviceAreaId));
      case 'directorate_seniors':
        return this.cached(`seniors:${about.serviceAreaId}`, () =>
          this.covering(this.seniors, about.serviceAreaId),
        );
      case 'escalation_recipients':
        return this.cached(`escalation:${about.serviceAreaId}`, () => {
          if (this.covering(this.seniors, about.serviceAreaId).length) return [];
          return this.unscopedSeniors.length ? this.unscopedSeniors : this.officers;
        });
    }
  }

  private covering(people: StaffMember[], serviceAreaId: string): StaffMember[] {
    const above = this.above(serviceAreaId);
    return people.filter((s) => s.serviceAreaIds.some((id) => above.has(id)));
  }

  private above(serviceAreaId: string): Set<string> {
    let set = this.ancestryCache.get(serviceAreaId);
    if (!set) {
      set = new Set(this.tree.ancestry(serviceAreaId).map((a) => a.id));
      this.ancestryCache.set(serviceAreaId, set);
    }
    return set;
  }

  private cached(key: string, make: () => StaffMember[]): StaffMember[] {
    let list = this.audienceCache.get(key);
    if (!list) {
      list = make();
      this.audienceCache.set(key, list);
    }
    return list;
  }
}
