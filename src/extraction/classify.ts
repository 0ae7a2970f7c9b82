/**
 * Category and learning flag for one action: rules first; when no rule matches, the trained
 * text classifier (natural) decides. Each result says which rule or model decided, and why.
 */
import { CATEGORY_LEARNING, CATEGORY_RULES } from './category-rules';
import { classifyWithModel } from './classifier-model';
import { RecommendationCategory } from './types';

export interface Classification {
  category: RecommendationCategory;
  learning: boolean;
  categoryReason: string;
  learningReason: string;
  confidence: number;
}

const PERSONAL_CONTEXT =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]\b|\b(?:her|his|their)\s+(?:son|daughter|child|mother|father|family|care|needs|assessment|appeal|application|request|complaint|plan)\b|\bthe\s+(?:complainant|family|resident|tenant)\b|\bdirect\s+payment\b|\bthe\s+(?:family|child|young\s+person)\b|\b(?:personal|individual)\s+remed(?:y|ies)\b|\breferral\s+to\s+the\s+(?:[\w-]+\s+){0,3}(?:panel|tribunal)\b/i;
const LEARNING_CONTEXT =
  /\b(?:staff|officers|workers|practitioners|teams?|managers|all\s+(?:parents|families|cases)|in\s+future|future\s+cases|procedures?|processes|policy|policies|practice|guidance|service\s+users|parents|families|residents|tenants|applicants|carers|people\s+who|across\s+the|the\s+workforce|systems?|oversight|learning|lessons|timescales|effectiveness|to\s+prevent|recurrence)\b/i;

/** Words that open a purpose or condition clause after the action itself. */
const SUBORDINATE =
  /\s(?:so\s+that|in\s+order\s+to|to\s+ensure|to\s+make\s+sure|until|unless|while|whilst|when|where|which|because)\s/i;

/** The action's main clause: the core up to a purpose or condition clause (at least three words). */
export function mainClause(core: string): string {
  const m = SUBORDINATE.exec(core);
  if (!m || core.slice(0, m.index).trim().split(/\s+/).length < 3) return core;
  return core.slice(0, m.index);
}

/** Classify the action whose core text (from its verb on) is `core`; `full` is the whole sentence. */
export function classifyAction(core: string, full: string): Classification {
  let category: RecommendationCategory = 'other';
  let categoryReason = 'no rule matched';
  let confidence = 0.6;
  // The main clause decides ("review its guidance so that any change is followed by a full
  // reassessment" is a procedure review); the whole core when the main clause matches no rule.
  const head = mainClause(core);
  for (const text of head === core ? [core] : [head, core]) {
    const rule = CATEGORY_RULES.find((r) => r.test.test(text));
    if (rule) {
      category = rule.category;
      categoryReason = `rule: ${rule.name}${text === head && head !== core ? ' (main clause)' : ''}`;
      confidence = 0.85;
      break;
    }
  }
  if (category === 'other') {
    const model = classifyWithModel(core);
    if (model && model.confidence >= 0.45) {
      category = model.category;
      categoryReason = `classifier (natural Bayes) ${model.confidence.toFixed(2)}`;
      confidence = 0.5 + model.confidence * 0.3;
    }
  }

  let learning: boolean;
  let learningReason: string;
  const implied = CATEGORY_LEARNING[category];
  if (category === 'report_back' && PERSONAL_CONTEXT.test(core) && !LEARNING_CONTEXT.test(core)) {
    learning = false;
    learningReason = 'reporting back on a remedy for this complainant';
  } else if (category === 'provide_service' && !PERSONAL_CONTEXT.test(full) && LEARNING_CONTEXT.test(core)) {
    learning = true;
    learningReason = 'a service-wide change, not a remedy for one person';
  } else if (implied !== null) {
    learning = implied;
    learningReason = `category ${category}`;
  } else {
    const personal = PERSONAL_CONTEXT.test(core);
    const general = LEARNING_CONTEXT.test(core);
    if (personal && !general) {
      learning = false;
      learningReason = 'names the complainant: a personal remedy';
    } else if (general) {
      learning = true;
      learningReason = 'about staff, procedures or future cases: learning';
    } else {
      const model = classifyWithModel(core);
      learning = model ? (CATEGORY_LEARNING[model.category] ?? model.learning) : false;
      learningReason = model
        ? `classifier (natural Bayes) suggests ${model.category}`
        : 'default: personal remedy';
    }
  }
  return { category, learning, categoryReason, learningReason, confidence };
}
