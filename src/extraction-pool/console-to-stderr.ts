import { format } from 'node:util';

/**
 * Sends what libraries print through `console` (pdf.js warnings, for one) to stderr, so stdout carries
 * only what its process means to write there: the service's JSON logs, the `extract` command's JSON
 * Lines. Called before those libraries are loaded.
 */
export function consoleToStderr(): void {
  const toStderr = (...args: unknown[]): void => {
    process.stderr.write(`${format(...args)}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.warn = toStderr;
  console.debug = toStderr;
}
