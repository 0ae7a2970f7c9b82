import { textToDocx } from '../../../scripts/fixtures/lib/render-text';
import { writeZip } from '../../../scripts/fixtures/lib/zip-writer';
import { docxListLabels } from './docx-numbering';
import { readDocument } from './read-document';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function para(text: string, numId?: number, ilvl = 0, style?: string): string {
  const numPr =
    numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

function level(ilvl: number, format: string, text: string, start = 1): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
}

function docx(paragraphs: string[], numbering: string, styles = ''): Buffer {
  return writeZip([
    {
      name: 'word/document.xml',
      data: Buffer.from(`<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`),
    },
    { name: 'word/numbering.xml', data: Buffer.from(`<w:numbering ${W}>${numbering}</w:numbering>`) },
    { name: 'word/styles.xml', data: Buffer.from(`<w:styles ${W}>${styles}</w:styles>`) },
  ]);
}

describe('docxListLabels', () => {
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}${level(2, 'lowerRoman', '(%3)')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${level(0, 'upperLetter', '%1.', 3)}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';

  it('numbers paragraphs as Word does: continuing across headings, nesting, bullets, restarts', () => {
    const bytes = docx(
      [
        para('First', 1),
        para('Heading'),
        para('Second', 1),
        para('sub one', 1, 1),
        para('sub two', 1, 1),
        para('deeper', 1, 2),
        para('Third', 1),
        para('sub again', 1, 1),
        para('bullet', 2),
        para('restarted', 3),
        para('lettered from C', 4),
        para('not numbered', 0),
      ],
      numbering,
    );
    expect(docxListLabels(bytes, 100)).toEqual(['1.', '2.', 'a)', 'b)', '(i)', '3.', 'a)', '•', '1.', 'C.']);
  });

  it('follows numbering carried by a paragraph style, through basedOn', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Numbered"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="NumberedBold"><w:basedOn w:val="Numbered"/></w:style>';
    const bytes = docx(
      [para('one', undefined, 0, 'Numbered'), para('two', undefined, 0, 'NumberedBold')],
      numbering,
      styles,
    );
    expect(docxListLabels(bytes, 100)).toEqual(['1.', '2.']);
  });

  it('gives null without a numbering part', () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: Buffer.from(`<w:document ${W}/>`) }]);
    expect(docxListLabels(bytes, 100)).toBeNull();
  });

  it('lets the reader print Word’s numbers: a list continued after a heading and lettered sub-items', async () => {
    const bytes = await textToDocx(
      'Agreed action\n\n7. The landlord must, within four weeks:\na) apologise;\nb) pay £750.\n\nRecommendations\n\n9. The landlord should review its policy.',
      'Test',
    );
    expect((await readDocument(bytes)).text).toBe(
      'Agreed action\n\n7. The landlord must, within four weeks:\n  a) apologise;\n  b) pay £750.\n\nRecommendations\n\n9. The landlord should review its policy.',
    );
  });
});
