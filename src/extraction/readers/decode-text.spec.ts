import { decodeText, looksBinary, sniffTextEncoding } from './decode-text';

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Pay £250\r\nnow')]);
    expect(decodeText(bytes)).toEqual({ text: 'Pay £250\nnow', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mrs X – £5', 'utf16le')]);
    expect(decodeText(le).text).toBe('Mrs X – £5');
    const be = Buffer.from(le);
    be.swap16();
    expect(sniffTextEncoding(be).encoding).toBe('utf-16be');
    expect(decodeText(be).text).toBe('Mrs X – £5');
  });

  it('recognises UTF-16 without a BOM from its zero bytes', () => {
    const le = Buffer.from('The Council agreed to apologise.', 'utf16le');
    expect(decodeText(le)).toEqual({ text: 'The Council agreed to apologise.', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    const bytes = Buffer.from('pay \xa3120 for \x93distress\x94', 'latin1');
    expect(decodeText(bytes)).toEqual({ text: 'pay £120 for “distress”', encoding: 'windows-1252' });
  });

  it('turns every kind of line ending into \\n', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\fd')).text).toBe('a\nb\nc\nd');
  });
});

describe('looksBinary', () => {
  it('tells control-character soup from text', () => {
    expect(looksBinary('\u0000\u0001\u0002abc\u0003\u0004')).toBe(true);
    expect(looksBinary('Ordinary text\twith a tab\nand lines.')).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});
