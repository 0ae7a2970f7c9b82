import { findRemediedBefore, REMEDIED_BEFORE_RULES } from './remedied-before';

/** Our own sentences in the shape of published decisions, one or more per rule. */
const FIXTURES: Record<string, string[]> = {
  'remedied-before.hos-53b': [
    "In accordance with paragraph 53.b of the Scheme, the landlord has offered redress to the resident prior to investigation which, in the Ombudsman's opinion, resolves the complaint satisfactorily.",
  ],
  'remedied-before.already-remedied': [
    'The Council has suitably remedied that injustice by apologising and refunding the fee.',
    'We will not investigate because the Council has already put things right.',
  ],
  'remedied-before.action-already-taken': [
    'The action already taken by the Council, which included an apology and a payment of £150, suitably put matters right.',
  ],
  'remedied-before.offer-satisfactory': [
    'The £200 the Council already offered is a suitable remedy for the delay.',
    'The apology the Council gave was satisfactory and we will not ask for more.',
    'It has already apologised for the missed visits, which is a suitable remedy for the frustration caused.',
  ],
};

describe('remediedBefore', () => {
  it.each(REMEDIED_BEFORE_RULES.map((r) => r.id))('rule %s reads its fixtures', (id) => {
    expect(FIXTURES[id]?.length).toBeGreaterThan(0);
    for (const text of FIXTURES[id]) {
      const r = findRemediedBefore(text);
      expect(r.value).toBe(true);
      expect(r.rule).toBe(id);
    }
  });

  it('is null for a remedy the Ombudsman asks for, or a complainant wanting one', () => {
    for (const text of [
      'To remedy the injustice, the Council has agreed to apologise and pay Mrs B £300.',
      'Mr C wants the Council to pay him the £150 it offered before.',
      'The Council should apologise. This is a suitable remedy.',
      'In addition to the action already taken, the Council has agreed to pay Mr W £100 to put matters right.',
    ])
      expect(findRemediedBefore(text).value).toBeNull();
  });
});
