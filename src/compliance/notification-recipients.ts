import type { ServiceAreaTree } from '../service-areas/service-area-tree';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: string;
  /** The service areas assigned to them (not expanded). */
  serviceAreaIds: string[];
}

/**
 * Who hears about an action: the owner for reminders and overdue notices (or, with no owner, the service
 * leads of the action's area or an area above it); for escalations, the senior officers whose areas cover
 * the action's area (their directorate); when none is, the senior officers with no areas (who read every
 * directorate), and when there are none of those either, the complaints officers. Never a senior officer
 * of another directorate: they cannot open the action, so the notice would only tell them it exists.
 */
export class NotificationRecipients {
  private readonly seniors: StaffMember[];
  private readonly unscopedSeniors: StaffMember[];
  private readonly officers: StaffMember[];
  private readonly leads: StaffMember[];
  private readonly byId: Map<string, StaffMember>;
  private readonly escalationCache = new Map<string, StaffMember[]>();
  private readonly leadCache = new Map<string, StaffMember[]>();

  constructor(
    staff: StaffMember[],
    private readonly tree: ServiceAreaTree,
  ) {
    this.byId = new Map(staff.map((s) => [s.id, s]));
    this.seniors = staff.filter((s) => s.role === 'senior_officer');
    this.unscopedSeniors = this.seniors.filter((s) => s.serviceAreaIds.length === 0);
    this.officers = staff.filter((s) => s.role === 'officer');
    this.leads = staff.filter((s) => s.role === 'service_lead');
  }

  owners(ownerId: string | null, serviceAreaId: string): StaffMember[] {
    const owner = ownerId ? this.byId.get(ownerId) : undefined;
    if (owner) return [owner];
    return this.leadsFor(serviceAreaId);
  }

  escalation(serviceAreaId: string): StaffMember[] {
    const cached = this.escalationCache.get(serviceAreaId);
    if (cached) return cached;
    const above = new Set(this.tree.ancestry(serviceAreaId).map((a) => a.id));
    const scoped = this.seniors.filter((s) => s.serviceAreaIds.some((id) => above.has(id)));
    const result = scoped.length
      ? scoped
      : this.unscopedSeniors.length
        ? this.unscopedSeniors
        : this.officers;
    this.escalationCache.set(serviceAreaId, result);
    return result;
  }

  private leadsFor(serviceAreaId: string): StaffMember[] {
    const cached = this.leadCache.get(serviceAreaId);
    if (cached) return cached;
    const above = new Set(this.tree.ancestry(serviceAreaId).map((a) => a.id));
    const result = this.leads.filter((s) => s.serviceAreaIds.some((id) => above.has(id)));
    this.leadCache.set(serviceAreaId, result);
    return result;
  }
}
