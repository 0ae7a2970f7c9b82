import { passwordProblem } from '../users/passwords';

const who = { email: 'jane.smith@council.gov.uk', name: 'Jane Smith' };

describe('passwordProblem', () => {
  it.each([
    'password12',
    'qwertyuiop1',
    'letmein12345',
    'iloveyou123',
    'P@ssw0rd123',
    '1234567890',
    'abcdefghij',
  ])('refuses the common or guessable password %s, saying why', (password) => {
    expect(passwordProblem(password, who)).toMatch(/common|guess/i);
  });

  it('refuses the email address itself, in any case, and passwords built from it or the name', () => {
    expect(passwordProblem('jane.smith@council.gov.uk', who)).toMatch(/email|name/i);
    expect(passwordProblem('JANE.SMITH@COUNCIL.GOV.UK', who)).toMatch(/email|name/i);
    expect(passwordProblem('jane.smith2025', who)).toMatch(/email|name|guess/i);
    expect(passwordProblem('JaneSmith123', who)).toMatch(/email|name|guess/i);
  });

  it('keeps the length rules', () => {
    expect(passwordProblem('Xq9#', who)).toMatch(/at least 10/);
    expect(passwordProblem('x'.repeat(201), who)).toMatch(/at most 200/);
  });

  it.each(['correct-horse-battery', 'a completely new passphrase 7', 'pw-abcDEF123xyz', 'Redress-2026-pass'])(
    'accepts the hard-to-guess password %s',
    (password) => {
      expect(passwordProblem(password, who)).toBeNull();
    },
  );
});
