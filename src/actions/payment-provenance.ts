import type { ProposedPayment } from '../documents/entities/recommendation.entity';

/**
 * An officer's corrected payments keep what extraction said about an amount (where it was found and
 * why it counted) when the same amount is still there; a changed or new amount was the officer's,
 * so it has none. Each extracted amount lends its provenance once.
 */
export function keepProvenance(before: ProposedPayment[], after: ProposedPayment[]): ProposedPayment[] {
  const found = before.filter((p) => p.why || p.rule?.length || p.span);
  return after.map((p) => {
    const i = found.findIndex((f) => f.amountPence === p.amountPence);
    if (i < 0) return p;
    const [from] = found.splice(i, 1);
    return { ...p, span: from.span ?? null, rule: from.rule ?? null, why: from.why ?? null };
  });
}
