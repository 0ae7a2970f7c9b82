import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { ContentStore } from '../../storage/content-store';
import { DocumentReviewController } from './document-review.controller';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the review page never parses a file', () => {
  it('reads the document through the document queries, not the content store', () => {
    const params = Reflect.getMetadata('design:paramtypes', DocumentReviewController) as unknown[];
    expect(params).toContain(DocumentQueries);
    expect(params).not.toContain(ContentStore);
  });

  it('nothing under src/web imports the extraction readers or the document extractor', () => {
    const web = join(__dirname, '..');
    const offenders = sources(web)
      .filter((f) => !f.endsWith('.spec.ts'))
      .filter((f) => /extraction\/readers|extract-document|readDocument\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
