import { parseExtractArgs, UsageError } from './extract-args';

describe('parseExtractArgs', () => {
  it('takes files in order with default limits', () => {
    expect(parseExtractArgs(['b.pdf', 'a.txt'])).toEqual({
      files: ['b.pdf', 'a.txt'],
      timeoutMs: 60_000,
      maxPages: undefined,
      jobs: 2,
    });
  });

  it('reads options in both spellings and files after --', () => {
    expect(
      parseExtractArgs(['--timeout-seconds', '2.5', '--max-pages=10', '--jobs', '1', '--', '-odd.txt']),
    ).toEqual({
      files: ['-odd.txt'],
      timeoutMs: 2500,
      maxPages: 10,
      jobs: 1,
    });
  });

  it('returns null for help', () => {
    expect(parseExtractArgs(['--help'])).toBeNull();
  });

  it('rejects no files, unknown options and bad numbers', () => {
    expect(() => parseExtractArgs([])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--fast', 'a.pdf'])).toThrow('unknown option --fast');
    expect(() => parseExtractArgs(['--jobs', 'x', 'a.pdf'])).toThrow('--jobs needs a positive number');
  });
});
