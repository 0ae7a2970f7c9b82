import { detectEvidenceType, safeFileName } from './evidence-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectEvidenceType', () => {
  it('recognises files from their bytes', () => {
    expect(detectEvidenceType(bytes('%PDF-1.7\n...'))?.extension).toBe('pdf');
    expect(
      detectEvidenceType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'))?.extension,
    ).toBe('png');
    expect(detectEvidenceType(bytes([0xff, 0xd8, 0xff, 0xe0], 'jfif'))?.extension).toBe('jpg');
    expect(detectEvidenceType(bytes('PK\u0003\u0004', 'word/document.xml'))?.extension).toBe('docx');
    expect(detectEvidenceType(bytes('PK\u0003\u0004', 'xl/workbook.xml'))?.extension).toBe('xlsx');
    expect(
      detectEvidenceType(Buffer.from('Training record: 12 staff attended on 3 March. £250 paid.', 'utf8'))
        ?.extension,
    ).toBe('txt');
  });

  it('refuses executables, unknown zips, binary data and empty files', () => {
    expect(detectEvidenceType(bytes('MZ', [0x90, 0x00, 0x03]))).toBeNull();
    expect(detectEvidenceType(bytes('PK\u0003\u0004', 'payload.exe'))).toBeNull();
    expect(detectEvidenceType(bytes([0x00, 0x01, 0x02, 0x03]))).toBeNull();
    expect(detectEvidenceType(bytes('text with a bell \u0007'))).toBeNull();
    expect(detectEvidenceType(new Uint8Array())).toBeNull();
    expect(detectEvidenceType(bytes([0xc3, 0x28]))).toBeNull();
  });

  it('does not trust a PDF name on HTML bytes', () => {
    expect(detectEvidenceType(bytes('<html><script>alert(1)</script>'))?.extension).toBe('txt');
  });
});

describe('safeFileName', () => {
  it('keeps the base name and drops path parts and header-breaking characters', () => {
    expect(safeFileName('../../etc/passwd', 'evidence')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\memo "final".pdf', 'evidence')).toBe('memo _final_.pdf');
    expect(safeFileName('line\r\nbreak.txt', 'evidence')).toBe('line__break.txt');
    expect(safeFileName('', 'evidence')).toBe('evidence');
    expect(safeFileName('...', 'evidence')).toBe('evidence');
  });
});
