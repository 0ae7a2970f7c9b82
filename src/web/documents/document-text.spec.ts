import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { DocumentText } from './document-text';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('DocumentText (the review page never parses a file)', () => {
  it('depends only on the document queries, not on the content store or a reader', () => {
    const params = Reflect.getMetadata('design:paramtypes', DocumentText) as unknown[];
    expect(params).toEqual([DocumentQueries]);
  });

  it('nothing under src/web imports the extraction readers or the document extractor', () => {
    const web = join(__dirname, '..');
    const offenders = sources(web)
      .filter((f) => !f.endsWith('.spec.ts'))
      .filter((f) => /extraction\/readers|extract-document|readDocument\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('gives the text stored with the document', async () => {
    const sourceText = jest.fn().mockResolvedValue('The Council should apologise.');
    const text = new DocumentText({ sourceText } as unknown as DocumentQueries);
    await expect(text.of({ id: 'd1' } as never)).resolves.toBe('The Council should apologise.');
    expect(sourceText).toHaveBeenCalledWith('d1');
  });
});
