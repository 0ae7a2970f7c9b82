import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';

/** OWASP's argon2id settings: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummy: Promise<string> | null = null;

/** Verifies; with no hash (unknown email) still spends the same time, so timing reveals nothing. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummy ??= argon2.hash('not-a-real-password-0000', OPTIONS);
    await argon2.verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * zxcvbn's score from 0 to 4; 3 means about 10^10 guesses, "safely unguessable" against an offline
 * attack on a slow hash such as argon2id. Below it the password is refused.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Built on first use: ranking the common-password and word lists takes a few hundred milliseconds. */
let estimator: ZxcvbnFactory | null = null;
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return estimator;
}

/** Who the password is for: it must not be, or be built from, their own email address or name. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

const COMMON_WARNINGS = new Set([
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'commonNames',
  'namesByThemselves',
]);

/** Why a password is not acceptable, in plain words; null when it is fine. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (password.length > 200) return 'The password must be at most 200 characters long.';
  const email = (owner.email ?? '').trim().toLowerCase();
  if (email && password.trim().toLowerCase() === email) {
    return 'The password must not be the email address. Choose something only the person knows.';
  }
  const personal = [email, email.split('@')[0], ...email.split('@')[0].split(/[._-]+/), owner.name ?? '']
    .map((x) => x.trim())
    .filter((x) => x.length >= 3);
  const result = strength().check(password, [...personal, 'redress', 'council', 'complaints']);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning ?? '';
  if (warning === 'userInputs') {
    return 'The password is too close to the email address or name. Choose something only the person knows.';
  }
  if (COMMON_WARNINGS.has(warning)) {
    return 'That password is on lists of common passwords, so it would be guessed quickly. Use three or four unrelated words instead.';
  }
  return 'That password would be easy to guess (a keyboard pattern, a sequence, a date or a common word with small changes). Use three or four unrelated words instead.';
}
