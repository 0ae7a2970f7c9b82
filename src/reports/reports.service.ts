import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/access/auth-user';
import { serviceAreaFilter } from '../auth/access-scope';
import { redactPersonalData } from '../auth/personal-data';
import { LocalDate, todayInLondon } from '../calendar';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { buildComplianceReport, ComplianceYearRow } from './compliance-report';
import { buildOutstandingReport, OutstandingReport } from './outstanding-report';
import { buildPaymentsReport, PaymentsReport } from './payments-report';
import type { AreaLabel } from './report-rows';
import { ReportsRepository } from './reports.repository';
import { clusterThemes } from './theme-clustering';

export interface ThemeView {
  label: string;
  terms: string[];
  count: number;
  documentCount: number;
  documents: { id: string; reference: string | null }[];
  services: { id: string; name: string; count: number }[];
  /** Up to three of its actions' texts, with names removed. */
  examples: string[];
}

/**
 * The reports for officers, senior officers and scrutiny: outstanding actions, Ombudsman compliance,
 * payments, recurring themes. Service leads (and scoped senior officers) see their own areas only;
 * nothing here carries names (texts in themes are redacted for everyone).
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: ReportsRepository,
    private readonly areas: ServiceAreasService,
  ) {}

  async outstanding(user: AuthUser, today: LocalDate = todayInLondon()): Promise<OutstandingReport> {
    const [actions, label] = await Promise.all([
      this.repo.actions(serviceAreaFilter(user), { status: { $in: ['open', 'in_progress', 'completed'] } }),
      this.areaLabels(),
    ]);
    return buildOutstandingReport(actions, label, today);
  }

  async compliance(
    user: AuthUser,
    options: { ombudsmanOnly?: boolean } = {},
    today: LocalDate = todayInLondon(),
  ): Promise<{ asOf: string; ombudsmanOnly: boolean; years: ComplianceYearRow[] }> {
    const ombudsmanOnly = options.ombudsmanOnly ?? true;
    const actions = await this.repo.actions(
      serviceAreaFilter(user),
      ombudsmanOnly
        ? { ombudsmanRemedy: true, status: { $ne: 'cancelled' } }
        : { status: { $ne: 'cancelled' } },
    );
    return {
      asOf: today.toString(),
      ombudsmanOnly,
      years: buildComplianceReport(actions, today, { ombudsmanOnly }),
    };
  }

  async payments(user: AuthUser): Promise<PaymentsReport> {
    const [payments, label] = await Promise.all([
      this.repo.payments(serviceAreaFilter(user)),
      this.areaLabels(),
    ]);
    return buildPaymentsReport(payments, label);
  }

  async themes(
    user: AuthUser,
    options: { minCount?: number; threshold?: number } = {},
  ): Promise<{ themes: ThemeView[] }> {
    const minCount = options.minCount ?? 2;
    const [actions, label] = await Promise.all([
      this.repo.actions(
        serviceAreaFilter(user),
        { learning: true, status: { $ne: 'cancelled' } },
        { withText: true },
      ),
      this.areaLabels(),
    ]);
    const redacted = new Map(actions.map((a) => [a.id, redactPersonalData(a.text)]));
    const clusters = clusterThemes(
      actions.map((a) => ({ id: a.id, text: redacted.get(a.id) as string })),
      { threshold: options.threshold },
    );
    const byId = new Map(actions.map((a) => [a.id, a]));
    const themes = clusters
      .filter((c) => c.memberIds.length >= minCount)
      .map((c) => {
        const members = c.memberIds.map((id) => byId.get(id)).filter((a) => a !== undefined);
        const documents = new Map<string, string | null>();
        const services = new Map<string, number>();
        for (const a of members) {
          documents.set(a.documentId, a.documentReference);
          services.set(a.serviceAreaId, (services.get(a.serviceAreaId) ?? 0) + 1);
        }
        return {
          label: c.label,
          terms: c.terms,
          count: members.length,
          documentCount: documents.size,
          documents: [...documents.entries()].slice(0, 50).map(([id, reference]) => ({ id, reference })),
          services: [...services.entries()]
            .map(([id, count]) => ({ id, name: label(id).path, count }))
            .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
          examples: members.slice(0, 3).map((a) => redacted.get(a.id) as string),
        };
      })
      // A theme recurs when it comes back across documents.
      .filter((t) => t.documentCount >= Math.min(2, minCount));
    return { themes };
  }

  /** Changes whenever a report's figures could (see ReportsRepository.fingerprint). */
  fingerprint(): Promise<string> {
    return this.repo.fingerprint();
  }

  private async areaLabels(): Promise<(id: string) => AreaLabel> {
    const tree = await this.areas.tree();
    return (id: string) => {
      const area = tree.get(id);
      return {
        id,
        name: area?.name ?? 'Unknown service area',
        directorate: tree.directorateOf(id)?.name ?? '',
        path: area ? tree.pathName(id) : 'Unknown service area',
      };
    };
  }
}
