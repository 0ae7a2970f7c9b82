import type { DocumentType } from '../extraction/types';
import type { CaseStage } from '../documents/entities/complaint-case.entity';

export const STAGE_ORDER: CaseStage[] = ['stage1', 'stage2', 'stage3', 'ombudsman'];

export const STAGE_LABELS: Record<CaseStage, string> = {
  stage1: 'Stage 1',
  stage2: 'Stage 2',
  stage3: 'Stage 3',
  ombudsman: 'Ombudsman',
};

/** The complaint stage a document belongs to. */
export function stageOfDocument(type: DocumentType | null | undefined): CaseStage {
  switch (type) {
    case 'lgsco_decision':
    case 'housing_ombudsman_decision':
      return 'ombudsman';
    case 'stage3_panel':
      return 'stage3';
    case 'stage2_report':
      return 'stage2';
    default:
      return 'stage1';
  }
}

/** The later of two stages: a case only moves forward. */
export function laterStage(a: CaseStage, b: CaseStage): CaseStage {
  return STAGE_ORDER.indexOf(a) >= STAGE_ORDER.indexOf(b) ? a : b;
}

/** "22 010 680", "22010680", "22-010-680" all give the key "22010680"; null when it is not a reference. */
export function ombudsmanKey(reference: string | null | undefined): string | null {
  if (!reference) return null;
  const digits = reference.replace(/[\s-]/g, '');
  return /^\d{6,10}$/.test(digits) ? digits : null;
}
