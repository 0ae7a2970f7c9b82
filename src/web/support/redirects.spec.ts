import { safeNext } from './redirects';

describe('safeNext', () => {
  it('keeps local paths and refuses anything that could leave the site', () => {
    expect(safeNext('/actions?status=open')).toBe('/actions?status=open');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(undefined, '/documents')).toBe('/documents');
  });
});
