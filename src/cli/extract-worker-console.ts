/**
 * Imported first by the extract worker: sends console output to stderr before any library loads,
 * because stdout carries only the JSON Lines results.
 */
import { format } from 'node:util';

const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`${format(...args)}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;
