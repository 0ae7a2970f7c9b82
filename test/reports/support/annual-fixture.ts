import { EntityManager } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { ActionPayment } from '../../../src/actions/entities/action-payment.entity';
import { ProposedRecommendation } from '../../../src/documents/entities/recommendation.entity';
import { TrackedAction } from '../../../src/actions/entities/tracked-action.entity';
import { ComplaintCase } from '../../../src/documents/entities/complaint-case.entity';
import { StoredDocument } from '../../../src/documents/entities/document.entity';
import type {
  DocumentType,
  Finding,
  PaymentPurpose,
  RecommendationCategory,
} from '../../../src/extraction/types';
import { ServiceArea } from '../../../src/service-areas/entities/service-area.entity';

/**
 * A data set for the annual report with answers known in advance: plain specs (no code from src/reports
 * reads them) inserted straight into the database, and a reference that works the figures out from the
 * specs with ordinary loops, independently of the SQL under test.
 */
export interface ActionSpec {
  category: RecommendationCategory;
  learning?: boolean;
  ombudsmanRemedy?: boolean;
  status: 'open' | 'in_progress' | 'completed' | 'verified' | 'cancelled';
  startDate: string;
  originalDue: string | null;
  /** The due date after any extension (defaults to originalDue). */
  due?: string | null;
  /** An instant (ISO, UTC): when the service completed it. */
  completedAt?: string | null;
  serviceArea: string;
  text?: string;
  payments?: { pence: number; paidPence?: number; purpose: PaymentPurpose; payee?: string }[];
}

export interface DocSpec {
  key: string;
  type: DocumentType;
  reference: string;
  decisionDate: string;
  finding: Finding | null;
  remediedBefore?: boolean | null;
  /** The case's service (the decision's service); else its first action's. */
  caseService?: string;
  actions: ActionSpec[];
  /** Stage 2/3: the recommendations' review statuses (no action made for them here). */
  recommendationStatuses?: ('accepted' | 'not_accepted' | 'proposed' | 'rejected')[];
}

/** A small deterministic random generator (mulberry32), so the generated part is the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const noon = (iso: string) => `${iso}T12:00:00.000Z`;

export const SERVICES = ['Adult Social Care > Charging', "Children's Services > SEND", 'Housing > Repairs'];

/**
 * The hand-made cases (year boundaries, extensions, cancelled remedies, one late remedy among several,
 * a completion late in the evening in summer time) and generated ones, around the Ombudsman's years
 * 2023-24 and 2024-25.
 */
export function annualSpecs(): DocSpec[] {
  const [charging, send, repairs] = SERVICES;
  const docs: DocSpec[] = [
    {
      key: 'boundary-31-march',
      type: 'lgsco_decision',
      reference: '23 000 331',
      decisionDate: '2024-03-31',
      finding: 'upheld',
      caseService: charging,
      actions: [
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2024-03-31',
          originalDue: '2024-04-30',
          completedAt: noon('2024-04-10'),
          serviceArea: charging,
        },
      ],
    },
    {
      key: 'boundary-1-april',
      type: 'lgsco_decision',
      reference: '23 000 401',
      decisionDate: '2024-04-01',
      finding: 'upheld',
      caseService: send,
      actions: [
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'verified',
          startDate: '2024-04-01',
          originalDue: '2024-05-01',
          completedAt: noon('2024-04-20'),
          serviceArea: send,
        },
      ],
    },
    {
      key: 'extension',
      type: 'lgsco_decision',
      reference: '24 001 002',
      decisionDate: '2024-05-10',
      finding: 'upheld',
      actions: [
        // extended to 30 June, done 20 June: on time for the extension, 10 days late against the ORIGINAL due date
        {
          category: 'reassessment',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2024-05-10',
          originalDue: '2024-06-10',
          due: '2024-06-30',
          completedAt: noon('2024-06-20'),
          serviceArea: charging,
        },
      ],
    },
    {
      key: 'cancelled-remedy',
      type: 'lgsco_decision',
      reference: '24 001 003',
      decisionDate: '2024-06-03',
      finding: 'partly_upheld',
      actions: [
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2024-06-03',
          originalDue: '2024-07-03',
          completedAt: noon('2024-06-20'),
          serviceArea: repairs,
        },
        // cancelled and long past due: left out, the case complied on time
        {
          category: 'provide_service',
          ombudsmanRemedy: true,
          status: 'cancelled',
          startDate: '2024-06-03',
          originalDue: '2024-07-03',
          serviceArea: repairs,
        },
      ],
    },
    {
      key: 'one-late-of-three',
      type: 'lgsco_decision',
      reference: '24 001 004',
      decisionDate: '2024-09-02',
      finding: 'upheld',
      remediedBefore: false,
      caseService: send,
      actions: [
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2024-09-02',
          originalDue: '2024-10-02',
          completedAt: noon('2024-09-15'),
          serviceArea: send,
        },
        {
          category: 'payment',
          ombudsmanRemedy: true,
          status: 'verified',
          startDate: '2024-09-02',
          originalDue: '2024-10-02',
          completedAt: noon('2024-10-12'),
          serviceArea: send,
          payments: [{ pence: 50000, paidPence: 50000, purpose: 'distress', payee: 'Mrs B' }],
        },
        {
          category: 'staff_training',
          ombudsmanRemedy: true,
          learning: true,
          status: 'completed',
          startDate: '2024-09-02',
          originalDue: '2024-12-02',
          completedAt: noon('2024-11-30'),
          serviceArea: send,
          text: 'Train SEND officers to review plans for Mrs B and others on time.',
        },
      ],
    },
    {
      key: 'late-evening-bst',
      type: 'lgsco_decision',
      reference: '24 001 005',
      decisionDate: '2024-06-01',
      finding: 'upheld',
      remediedBefore: true,
      actions: [
        // 23:30 UTC on 30 June is 00:30 on 1 July in England: one day late
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2024-06-01',
          originalDue: '2024-06-30',
          completedAt: '2024-06-30T23:30:00.000Z',
          serviceArea: repairs,
        },
      ],
    },
    {
      key: 'overdue',
      type: 'housing_ombudsman_decision',
      reference: '202400106',
      decisionDate: '2025-01-15',
      finding: 'upheld',
      remediedBefore: true,
      actions: [
        {
          category: 'provide_service',
          ombudsmanRemedy: true,
          status: 'in_progress',
          startDate: '2025-01-15',
          originalDue: '2025-02-15',
          serviceArea: repairs,
        },
        {
          category: 'apology',
          ombudsmanRemedy: true,
          status: 'completed',
          startDate: '2025-01-15',
          originalDue: '2025-02-15',
          completedAt: noon('2025-01-20'),
          serviceArea: repairs,
        },
      ],
    },
    {
      key: 'pending',
      type: 'lgsco_decision',
      reference: '24 001 007',
      decisionDate: '2025-03-31',
      finding: 'upheld',
      actions: [
        {
          category: 'procedure_review',
          ombudsmanRemedy: true,
          learning: true,
          status: 'open',
          startDate: '2025-03-31',
          originalDue: '2099-03-31',
          serviceArea: charging,
          text: 'Review how care charges are explained before care starts.',
        },
      ],
    },
    {
      key: 'not-upheld',
      type: 'lgsco_decision',
      reference: '24 001 008',
      decisionDate: '2024-07-07',
      finding: 'not_upheld',
      caseService: charging,
      actions: [],
    },
    {
      key: 'closed',
      type: 'lgsco_decision',
      reference: '24 001 009',
      decisionDate: '2024-08-08',
      finding: 'closed_after_initial_enquiries',
      caseService: send,
      actions: [],
    },
    {
      key: 'premature',
      type: 'lgsco_decision',
      reference: '24 001 010',
      decisionDate: '2024-10-10',
      finding: 'premature',
      caseService: repairs,
      actions: [],
    },
    {
      key: 'outside',
      type: 'lgsco_decision',
      reference: '24 001 011',
      decisionDate: '2024-11-11',
      finding: 'outside_jurisdiction',
      actions: [],
    },
    {
      key: 'no-finding',
      type: 'lgsco_decision',
      reference: '24 001 012',
      decisionDate: '2025-02-12',
      finding: null,
      caseService: charging,
      actions: [],
    },
    {
      key: 'stage2',
      type: 'stage2_report',
      reference: 'S2-2024-01',
      decisionDate: '2024-04-01',
      finding: 'partly_upheld',
      caseService: send,
      actions: [],
      recommendationStatuses: ['accepted', 'accepted', 'not_accepted', 'proposed', 'rejected'],
    },
    {
      key: 'stage3',
      type: 'stage3_panel',
      reference: 'S3-2024-01',
      decisionDate: '2025-03-31',
      finding: null,
      caseService: send,
      actions: [],
      recommendationStatuses: ['accepted', 'not_accepted', 'not_accepted'],
    },
    {
      key: 'stage2-previous',
      type: 'stage2_report',
      reference: 'S2-2023-09',
      decisionDate: '2024-03-31',
      finding: 'upheld',
      caseService: charging,
      actions: [],
      recommendationStatuses: ['accepted'],
    },
  ];

  // Generated decisions over both years.
  const rand = rng(20240401);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const findings: (Finding | null)[] = [
    'upheld',
    'upheld',
    'partly_upheld',
    'not_upheld',
    'closed_after_initial_enquiries',
    'premature',
    'outside_jurisdiction',
    null,
  ];
  const categories: RecommendationCategory[] = [
    'apology',
    'payment',
    'staff_training',
    'procedure_review',
    'staff_reminder',
    'policy_change',
  ];
  const statuses = ['open', 'in_progress', 'completed', 'verified', 'cancelled'] as const;
  const purposes: PaymentPurpose[] = ['distress', 'time_and_trouble', 'financial_loss', 'refund'];
  for (let i = 0; i < 40; i++) {
    const decisionDate = addDays('2023-04-01', Math.floor(rand() * 731)); // 1 Apr 2023 .. 31 Mar 2025
    const finding = pick(findings);
    const service = pick(SERVICES);
    const caseService = rand() < 0.6 ? service : undefined;
    const actions: ActionSpec[] = [];
    const upheld = finding === 'upheld' || finding === 'partly_upheld';
    const n = upheld ? 1 + Math.floor(rand() * 4) : 0;
    for (let j = 0; j < n; j++) {
      const category = pick(categories);
      const status = pick(statuses);
      const originalDue = addDays(decisionDate, 28 + Math.floor(rand() * 60));
      const done = status === 'completed' || status === 'verified';
      const completedOn = addDays(originalDue, Math.floor(rand() * 40) - 30);
      actions.push({
        category,
        ombudsmanRemedy: true,
        learning: category !== 'apology' && category !== 'payment',
        status,
        startDate: decisionDate,
        originalDue,
        due: rand() < 0.3 ? addDays(originalDue, 30) : originalDue,
        completedAt: done ? noon(completedOn < decisionDate ? decisionDate : completedOn) : null,
        serviceArea: caseService && rand() < 0.2 ? pick(SERVICES) : service,
        text: `Action ${i}-${j}: ${category.replace(/_/g, ' ')} for Mr X in the ${service} team.`,
        payments:
          category === 'payment'
            ? [
                {
                  pence: 10000 + Math.floor(rand() * 90) * 1000,
                  paidPence: rand() < 0.5 ? 10000 : 0,
                  purpose: pick(purposes),
                  payee: 'Mr X',
                },
              ]
            : [],
      });
    }
    docs.push({
      key: `gen-${i}`,
      type: rand() < 0.85 ? 'lgsco_decision' : 'housing_ombudsman_decision',
      reference: `2${3 + (i % 2)} 1${String(i).padStart(2, '0')} 000`,
      decisionDate,
      finding,
      remediedBefore: upheld ? (rand() < 0.3 ? true : rand() < 0.5 ? false : null) : null,
      caseService,
      actions: upheld && n ? actions : [],
    });
  }
  return docs;
}

/** Inserts the specs; returns document ids by key and service area ids by name. */
export async function insertAnnualSpecs(
  app: INestApplication,
  specs: DocSpec[],
): Promise<{ docIds: Map<string, string>; areaIds: Map<string, string>; actionIds: Map<string, string[]> }> {
  const em = app.get(EntityManager).fork();
  const areaIds = new Map<string, string>();
  const directorates = new Map<string, ServiceArea>();
  for (const path of SERVICES) {
    const [dir, svc] = path.split(' > ');
    let d = directorates.get(dir);
    if (!d)
      directorates.set(dir, (d = em.create(ServiceArea, { name: dir, kind: 'directorate', parent: null })));
    const s = em.create(ServiceArea, { name: svc, kind: 'service', parent: d });
    areaIds.set(path, s.id);
  }
  await em.flush();
  const docIds = new Map<string, string>();
  const actionIds = new Map<string, string[]>();
  for (const spec of specs) {
    const sha256 = createHash('sha256').update(randomBytes(16)).digest('hex');
    const complaintCase = spec.caseService
      ? em.create(ComplaintCase, {
          title: `Case ${spec.reference}`,
          stage: 'ombudsman',
          serviceArea: em.getReference(ServiceArea, areaIds.get(spec.caseService) as string),
        })
      : null;
    const doc = em.create(StoredDocument, {
      sha256,
      fileName: `${spec.key}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      storagePath: `${sha256.slice(0, 2)}/${sha256}.pdf`,
      status: 'processed',
      documentType: spec.type,
      reference: spec.reference,
      decisionDate: new Date(`${spec.decisionDate}T00:00:00Z`),
      finding: spec.finding,
      remediedBefore: spec.remediedBefore ?? null,
      complaintCase,
      processedAt: new Date(),
    });
    docIds.set(spec.key, doc.id);
    (spec.recommendationStatuses ?? []).forEach((status, i) =>
      em.create(ProposedRecommendation, {
        document: doc,
        ordinal: i,
        status,
        text: `Recommendation ${i + 1}`,
        extractedText: `Recommendation ${i + 1}`,
        category: 'procedure_review',
        learning: true,
        spanStart: 0,
        spanEnd: 10,
        confidence: 0.9,
      }),
    );
    const ids: string[] = [];
    spec.actions.forEach((a, i) => {
      const text = a.text ?? `${a.category.replace(/_/g, ' ')} for Mrs B`;
      const rec = em.create(ProposedRecommendation, {
        document: doc,
        ordinal: 100 + i,
        status: 'accepted',
        text,
        extractedText: text,
        category: a.category,
        learning: a.learning ?? false,
        spanStart: 0,
        spanEnd: 10,
        confidence: 0.9,
      });
      const action = em.create(TrackedAction, {
        recommendation: rec,
        document: doc,
        serviceArea: em.getReference(ServiceArea, areaIds.get(a.serviceArea) as string),
        text,
        category: a.category,
        learning: a.learning ?? false,
        ombudsmanRemedy: a.ombudsmanRemedy ?? false,
        status: a.status,
        startDate: new Date(`${a.startDate}T00:00:00Z`),
        originalDueDate: a.originalDue ? new Date(`${a.originalDue}T00:00:00Z`) : null,
        dueDate: (a.due ?? a.originalDue) ? new Date(`${a.due ?? a.originalDue}T00:00:00Z`) : null,
        completedAt: a.completedAt ? new Date(a.completedAt) : null,
        cancelledAt: a.status === 'cancelled' ? new Date() : null,
      });
      ids.push(action.id);
      for (const p of a.payments ?? [])
        em.create(ActionPayment, {
          action,
          payee: p.payee ?? null,
          purpose: p.purpose,
          agreedPence: p.pence,
          paidPence: p.paidPence ?? 0,
        });
    });
    actionIds.set(spec.key, ids);
  }
  await em.flush();
  return { docIds, areaIds, actionIds };
}

// ---- the reference: the same figures worked out from the specs with plain loops ----------------------

const DECISION = new Set(['lgsco_decision', 'housing_ombudsman_decision']);
const STAGES = new Set(['stage2_report', 'stage3_panel']);
/** The calendar day in England of an instant, by the platform's time-zone data (not the code under test). */
export const englandDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

export interface Reference {
  total: number;
  byFinding: Record<string, number>;
  investigated: number;
  upheld: number;
  upheldRate: number | null;
  byService: Record<string, number>;
  cases: number;
  onTime: number;
  compliedLate: number;
  overdue: number;
  pending: number;
  complianceRate: number | null;
  lateCases: Record<string, number>;
  remediedBefore: number;
  paymentsPence: number;
  paymentsCount: number;
  paymentsByService: Record<string, number>;
  paymentsByPurpose: Record<string, number>;
  learningTotal: number;
  learningByStatus: Record<string, number>;
  themes: Record<string, number>;
  stages: Record<string, { accepted: number; notAccepted: number; awaiting: number }>;
}

export function reference(specs: DocSpec[], from: string, to: string, today: string): Reference {
  const inPeriod = (d: string) => d >= from && d <= to;
  const r: Reference = {
    total: 0,
    byFinding: {},
    investigated: 0,
    upheld: 0,
    upheldRate: null,
    byService: {},
    cases: 0,
    onTime: 0,
    compliedLate: 0,
    overdue: 0,
    pending: 0,
    complianceRate: null,
    lateCases: {},
    remediedBefore: 0,
    paymentsPence: 0,
    paymentsCount: 0,
    paymentsByService: {},
    paymentsByPurpose: {},
    learningTotal: 0,
    learningByStatus: {},
    themes: {},
    stages: {
      stage2_report: { accepted: 0, notAccepted: 0, awaiting: 0 },
      stage3_panel: { accepted: 0, notAccepted: 0, awaiting: 0 },
    },
  };
  for (const d of specs) {
    const service = d.caseService ?? d.actions[0]?.serviceArea ?? 'none';
    if (DECISION.has(d.type) && inPeriod(d.decisionDate)) {
      r.total++;
      const f = d.finding ?? 'unknown';
      r.byFinding[f] = (r.byFinding[f] ?? 0) + 1;
      if (f === 'upheld' || f === 'partly_upheld' || f === 'not_upheld') r.investigated++;
      const upheld = f === 'upheld' || f === 'partly_upheld';
      if (upheld) r.upheld++;
      if (upheld && d.remediedBefore === true) r.remediedBefore++;
      r.byService[service] = (r.byService[service] ?? 0) + 1;
      const remedies = d.actions.filter((a) => a.ombudsmanRemedy && a.status !== 'cancelled');
      if (remedies.length) {
        r.cases++;
        let done = 0;
        let late = 0;
        let openLate = 0;
        let worst = 0;
        for (const a of remedies) {
          const isDone = a.status === 'completed' || a.status === 'verified';
          const due = a.originalDue ?? a.due ?? null;
          if (isDone) {
            done++;
            const day = englandDay(a.completedAt as string);
            if (due && day > due) {
              late++;
              worst = Math.max(worst, Math.round((Date.parse(day) - Date.parse(due)) / 86_400_000));
            }
          } else if (due && due < today) {
            openLate++;
            worst = Math.max(worst, Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000));
          }
        }
        if (done === remedies.length && late === 0) r.onTime++;
        else if (done === remedies.length) r.compliedLate++;
        else if (openLate > 0) r.overdue++;
        else r.pending++;
        if (late + openLate > 0) r.lateCases[d.reference] = worst;
      }
    }
    if (STAGES.has(d.type) && inPeriod(d.decisionDate)) {
      for (const s of d.recommendationStatuses ?? []) {
        const row = r.stages[d.type];
        if (s === 'accepted') row.accepted++;
        if (s === 'not_accepted') row.notAccepted++;
        if (s === 'proposed') row.awaiting++;
      }
    }
    for (const a of d.actions) {
      if (!inPeriod(a.startDate)) continue;
      if (a.status !== 'cancelled')
        for (const p of a.payments ?? []) {
          r.paymentsPence += p.pence;
          r.paymentsCount++;
          r.paymentsByService[a.serviceArea] = (r.paymentsByService[a.serviceArea] ?? 0) + p.pence;
          r.paymentsByPurpose[p.purpose] = (r.paymentsByPurpose[p.purpose] ?? 0) + p.pence;
        }
      if (a.learning) {
        r.learningTotal++;
        r.learningByStatus[a.status] = (r.learningByStatus[a.status] ?? 0) + 1;
        if (a.status !== 'cancelled') r.themes[a.category] = (r.themes[a.category] ?? 0) + 1;
      }
    }
  }
  r.upheldRate = r.investigated ? Math.round((r.upheld / r.investigated) * 1000) / 1000 : null;
  const due = r.cases - r.pending;
  r.complianceRate = due ? Math.round(((r.onTime + r.compliedLate) / due) * 1000) / 1000 : null;
  return r;
}
