import { redactPersonalData as r } from './personal-data';

describe('redactPersonalData', () => {
  it('removes Ombudsman pseudonyms after titles', () => {
    expect(r('Mrs B complained that the Council delayed.')).toBe(
      '[name removed] complained that the Council delayed.',
    );
    expect(r('We found fault. Mr X and Ms C were caused distress; Miss Q too.')).toBe(
      'We found fault. [name removed] and [name removed] were caused distress; [name removed] too.',
    );
    expect(r("Mrs B's son")).toBe("[name removed]'s son");
    expect(r('pay Mr. Y £300')).toBe('pay [name removed] £300');
    expect(r('apologise to Mr and Mrs X and pay them')).toBe('apologise to [name removed] and pay them');
  });

  it('removes children and relatives named by a letter', () => {
    expect(r('The Council did not assess child Y for six months.')).toBe(
      'The Council did not assess child [name removed] for six months.',
    );
    expect(r('Her daughter, Z, was not in school.')).toBe('Her daughter, [name removed], was not in school.');
  });

  it('removes real names after titles, up to three words', () => {
    expect(r('Mrs Jane Smith-Jones met Dr Patel on 3 May.')).toBe(
      '[name removed] met [name removed] on 3 May.',
    );
    expect(r('Mr John Paul Evans')).toBe('[name removed]');
    expect(r("Mrs O'Brien's letter")).toBe("[name removed]'s letter");
  });

  it('removes a bare pseudonym used on its own, but not section letters or the words A and I', () => {
    expect(r('X said the letter was late. B’s request was ignored.')).toBe(
      '[name removed] said the letter was late. [name removed]’s request was ignored.',
    );
    expect(r('See Appendix B and Section C. I think A is fine.')).toBe(
      'See Appendix B and Section C. I think A is fine.',
    );
  });

  it('removes email addresses, phone numbers, postcodes and NI numbers', () => {
    expect(r('Write to jane.smith@example.org.uk today')).toBe('Write to [email removed] today');
    expect(r('Call 01632 960123 or 07700 900 123 or +44 (0)20 7946 0958.')).toBe(
      'Call [phone removed] or [phone removed] or [phone removed].',
    );
    expect(r('She lives at 1 High Street, Leeds LS1 4AP; another at sw1a1aa?')).toBe(
      'She lives at 1 High Street, Leeds [postcode removed]; another at sw1a1aa?',
    );
    expect(r('NI number AB 12 34 56 C')).toBe('NI number [NI number removed]');
  });

  it('leaves Ombudsman references, money, dates and ordinary prose alone', () => {
    const text =
      'Wirral Metropolitan Borough Council (22 010 680). Within one month, pay £250 and review the policy by 14 March 2025.';
    expect(r(text)).toBe(text);
    expect(r('')).toBe('');
  });
});
