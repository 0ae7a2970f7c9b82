import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

/** Thrown for a web page without a signed-in session: the filter sends the browser to /sign-in. */
export class SignInRequiredException extends HttpException {
  constructor(readonly next: string) {
    super({ message: 'Sign in to continue.' }, HttpStatus.UNAUTHORIZED);
  }
}

@Catch(SignInRequiredException)
export class SignInRequiredFilter implements ExceptionFilter {
  catch(exception: SignInRequiredException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const next =
      exception.next && exception.next !== '/' ? `?next=${encodeURIComponent(exception.next)}` : '';
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `/sign-in${next}`);
  }
}
