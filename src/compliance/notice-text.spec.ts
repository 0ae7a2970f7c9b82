import { EMAIL_NOTICE_LIMIT, emailText } from './notice-text';
import { pooledSmtpUrl } from './mail/mailer';

const notice = (i: number, actionId = `a${i}`) => ({
  actionId,
  subject: `Subject ${i}`,
  body: `Body ${i}`,
});

describe('emailText', () => {
  it('sends a single notice as it is', () => {
    expect(emailText([notice(1)], 'https://redress.test')).toEqual({ subject: 'Subject 1', text: 'Body 1' });
  });

  it('gathers several notices under one subject counting distinct actions', () => {
    const mail = emailText([notice(1, 'x'), notice(2, 'x'), notice(3, 'y')], null);
    expect(mail.subject).toBe('Redress: 2 actions need your attention');
    expect(mail.text.split('----------')).toHaveLength(3);
    expect(mail.text).toContain('Subject 3\nBody 3');
  });

  it('lists at most the limit and points to the notifications page for the rest', () => {
    const many = Array.from({ length: EMAIL_NOTICE_LIMIT + 7 }, (_, i) => notice(i));
    const mail = emailText(many, 'https://redress.test');
    expect(mail.text).toContain(`Subject ${EMAIL_NOTICE_LIMIT - 1}\n`);
    expect(mail.text).not.toContain(`Subject ${EMAIL_NOTICE_LIMIT}\n`);
    expect(mail.text).toContain('… and 7 more notices. See them all: https://redress.test/notifications');
  });
});

describe('pooledSmtpUrl', () => {
  it('pools connections unless the URL says otherwise', () => {
    expect(pooledSmtpUrl('smtp://mail.test:25')).toBe('smtp://mail.test:25?pool=true&maxConnections=3');
    expect(pooledSmtpUrl('smtp://mail.test:25?pool=false&maxConnections=1')).toBe(
      'smtp://mail.test:25?pool=false&maxConnections=1',
    );
  });
});
