import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { InputRefusedError, refuseHostileInput } from './hostile-input';

/**
 * The input-validation layer, first half: runs on every request once the JSON and form bodies are
 * parsed and before any guard or handler. Refuses (400) a null byte or control character in the path,
 * the query string or the body, and an impossible date in the query string. Multipart bodies are
 * parsed later (by the upload interceptors): InputValidationPipe checks their fields.
 */
@Injectable()
export class InputValidationMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      throw new InputRefusedError('The web address is not valid: it has a broken % escape.');
    }
    refuseHostileInput(path, false, 'web address');
    refuseHostileInput(req.query, true);
    refuseHostileInput(req.body, false);
    next();
  }
}
