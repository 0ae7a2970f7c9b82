import { ArgumentsHost, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../../common/errors';
import { FlashStore } from './flash-store';
import { refusalError, returnToForm } from './form-submission';
import type { WebRequest } from './page-renderer';
import { WebErrorFilter } from './web-error.filter';

/**
 * A form refused before its handler ran (an upload interceptor's DomainError: a file past the size
 * limit, a form that is not one): back to the form's page as a GOV.UK error on its file input
 * (Post/Redirect/Get), as a refusal from the handler itself would be. Not found and forbidden stay
 * error pages; guards' refusals are not DomainErrors and go to the application's filters. A subclass
 * says which form, which input and which page; it is declared with @Catch(DomainError).
 */
@Injectable()
export abstract class FormRefusalFilter implements ExceptionFilter {
  protected abstract readonly formId: string;
  protected abstract readonly fileInput: string;
  protected abstract formUrl(req: WebRequest): string;

  constructor(private readonly flash: FlashStore) {}

  async catch(exception: DomainError, host: ArgumentsHost): Promise<void> {
    const refused = refusalError(exception, () => this.fileInput);
    if (refused === null) return new WebErrorFilter().catch(exception, host);
    const req = host.switchToHttp().getRequest<WebRequest>();
    const res = host.switchToHttp().getResponse<Response>();
    await returnToForm(
      { req, res, flash: this.flash, formId: this.formId, values: {} },
      [refused],
      this.formUrl(req),
    );
  }
}
