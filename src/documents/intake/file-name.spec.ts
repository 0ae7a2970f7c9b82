import { attachmentDisposition, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\evil.pdf', 'evil.pdf'],
    ['  decision\u0000 final .pdf  ', 'decision final .pdf'],
    ['a<b>c:"d"|e?.pdf', 'a_b_c__d__e_.pdf'],
    ['...', 'document'],
    ['', 'document'],
    [undefined, 'document'],
    ['r\u202eevil\u202cfdp.exe', 'revilfdp.exe'],
    ['Décision Mrs X.pdf', 'Décision Mrs X.pdf'],
  ])('%j -> %j', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('shortens long names and keeps the extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(500)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('quotes an ASCII fallback and gives the UTF-8 name encoded', () => {
    expect(attachmentDisposition('Décision "final";.pdf')).toBe(
      `attachment; filename="D_cision _final__.pdf"; filename*=UTF-8''D%C3%A9cision%20_final_%3B.pdf`,
    );
    expect(attachmentDisposition('../../x\r\nSet-Cookie: a=b.pdf')).toBe(
      `attachment; filename="xSet-Cookie_ a=b.pdf"; filename*=UTF-8''xSet-Cookie_%20a%3Db.pdf`,
    );
  });
});
