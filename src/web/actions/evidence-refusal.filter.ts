import { Catch } from '@nestjs/common';
import { DomainError } from '../../common/errors';
import { FormRefusalFilter } from '../support/form-refusal.filter';
import type { WebRequest } from '../support/page-renderer';

/**
 * An evidence form refused by its upload interceptor (the file past the size limit, a form that is
 * not one): back to the action page with the error against the evidence file input, the same place
 * the handler's own refusals go (ActionChangesController.addEvidence).
 */
@Catch(DomainError)
export class EvidenceRefusalFilter extends FormRefusalFilter {
  protected readonly formId = 'evidence';
  protected readonly fileInput = 'file';
  protected formUrl(req: WebRequest): string {
    return `/actions/${encodeURIComponent(String(req.params.id))}`;
  }
}
