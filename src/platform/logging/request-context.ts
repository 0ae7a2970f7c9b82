import { AsyncLocalStorage } from 'node:async_hooks';

/** The request id of the HTTP request (or job) being handled, for log lines. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
