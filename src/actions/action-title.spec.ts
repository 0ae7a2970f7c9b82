import { actionTitle } from './action-title';

describe('actionTitle', () => {
  const org = 'Fenbury District Council';

  it('says who acts when the sentence leans on the one before with "It"', () => {
    expect(actionTitle('It will also issue staff reminders about recording visits.', org)).toBe(
      'Fenbury District Council will issue staff reminders about recording visits.',
    );
    expect(
      actionTitle('It will also remind its waste contractor of the requirements within two months.', org),
    ).toBe(
      'Fenbury District Council will remind its waste contractor of the requirements within two months.',
    );
    expect(actionTitle('It has agreed to review its charging policy.', org)).toBe(
      'Fenbury District Council has agreed to review its charging policy.',
    );
    expect(actionTitle('It should further share this decision with staff.', org)).toBe(
      'Fenbury District Council should share this decision with staff.',
    );
  });

  it('leaves the dummy "it" and "They" alone', () => {
    expect(actionTitle('It is important that staff record every visit.', org)).toBe(
      'It is important that staff record every visit.',
    );
    expect(actionTitle('It will be necessary to train staff on the new form.', org)).toBe(
      'It will be necessary to train staff on the new form.',
    );
    expect(actionTitle('It has been agreed that staff will be reminded.', org)).toBe(
      'It has been agreed that staff will be reminded.',
    );
    expect(actionTitle('They will receive training on the policy.', org)).toBe(
      'They will receive training on the policy.',
    );
  });

  it('keeps "It" when the document did not name the organisation', () => {
    expect(actionTitle('It will also issue staff reminders.', null)).toBe(
      'It will also issue staff reminders.',
    );
  });

  it('starts a continued list item as a sentence', () => {
    expect(actionTitle('to apologise to Ms T for the delay;', org)).toBe('Apologise to Ms T for the delay;');
    expect(actionTitle('and review its procedure for assisted collections', org)).toBe(
      'Review its procedure for assisted collections',
    );
    expect(actionTitle('In addition, it will pay Mr B £150.', org)).toBe(
      'Fenbury District Council will pay Mr B £150.',
    );
    expect(actionTitle('  Remind   staff of the policy. ', org)).toBe('Remind staff of the policy.');
  });

  it('leaves a sentence that already stands alone as it is', () => {
    const s = 'The Council will apologise to Mr B within one month.';
    expect(actionTitle(s, org)).toBe(s);
    expect(actionTitle('', org)).toBe('');
    expect(actionTitle('Italy trip costs to be refunded.', org)).toBe('Italy trip costs to be refunded.');
  });
});
