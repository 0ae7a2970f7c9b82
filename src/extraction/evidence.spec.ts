/**
 * Evidence requests and timing-only sentences (evidence.ts), on sentences of our own in the shape of
 * the real ones: neither is an action of its own, unless a task of its own comes before the copy.
 */
import { isEvidenceRequest, isPureEvidenceRequest, isTimingOnly } from './evidence';

describe('evidence requests', () => {
  it('reads "provide us with evidence it has complied" as evidence only', () => {
    expect(
      isPureEvidenceRequest(
        'The Council should provide us with evidence it has complied with the above actions.',
      ),
    ).toBe(true);
    expect(isPureEvidenceRequest('Please provide evidence of this.')).toBe(true);
  });

  it('keeps a task of its own before the copy sent to us, after the subject and modal ("The Council should amend ...")', () => {
    for (const s of [
      'The Council should amend its offer letters to explain the charges, and provide us with copies of the new letters.',
      'It will also update its website and send us a copy of the new page.',
    ]) {
      expect(isEvidenceRequest(s)).toBe(true);
      expect(isPureEvidenceRequest(s)).toBe(false);
    }
  });

  it('reads a request in other words around the evidence ("Share with us evidence that it has done so") as evidence only', () => {
    expect(isPureEvidenceRequest('The Council should share with us evidence that it has done so.')).toBe(
      true,
    );
    expect(isPureEvidenceRequest('Confirm to us that it has done this, with evidence of compliance.')).toBe(
      true,
    );
  });

  it('reads "provide documentary evidence of payment" as evidence, and an order written as the evidence of its doing as an order', () => {
    expect(
      isPureEvidenceRequest('The landlord must provide documentary evidence of payment by the due date.'),
    ).toBe(true);
    expect(
      isPureEvidenceRequest(
        'The landlord must provide documentary evidence it has paid directly to the resident £400 compensation for the distress caused by its failures.',
      ),
    ).toBe(false);
    // the evidence of a task ordered before it stays evidence
    expect(isPureEvidenceRequest('The landlord must provide evidence that it has done this.')).toBe(true);
  });

  it('reads a sentence that only restates when the previous action is due as timing only', () => {
    expect(isTimingOnly('The Council should make the payment within 4 weeks of my final decision.')).toBe(
      true,
    );
    expect(isTimingOnly('The Council should review its charging policy within three months.')).toBe(false);
  });
});
