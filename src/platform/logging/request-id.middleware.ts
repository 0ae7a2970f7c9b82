import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';

const SAFE_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Gives each request an id (X-Request-Id, echoed back) and logs one line when it finishes. */
@Injectable()
export class RequestIdMiddleware implements NestMiddleware {
  private readonly logger = new Logger('http');

  use(req: Request, res: Response, next: NextFunction): void {
    const given = req.header('x-request-id');
    const requestId = given && SAFE_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    requestContext.run({ requestId }, () => {
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        requestContext.run({ requestId }, () =>
          this.logger.log({
            msg: 'request',
            method: req.method,
            path: req.originalUrl.split('?')[0],
            status: res.statusCode,
            ms: Math.round(ms * 10) / 10,
          }),
        );
      });
      next();
    });
  }
}
