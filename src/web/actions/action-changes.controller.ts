import {
  Body,
  Controller,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { EvidenceUploadInterceptor } from '../../actions/http/evidence-upload.interceptor';
import { EvidenceRefusalFilter } from './evidence-refusal.filter';
import type { Response } from 'express';
import { ActionWorkflowService } from '../../actions/action-workflow.service';
import { EvidenceService } from '../../actions/evidence.service';
import { dueDateFields, isPastDue, readDueDate } from '../support/due-date-field';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState, formValues } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { submitForm } from '../support/form-submission';
import { WebErrorFilter } from '../support/web-error.filter';

/**
 * The changes a service lead or officer makes on the action page, each a POST that redirects back
 * (Post/Redirect/Get): status, evidence, due-date extension. The rules are ActionWorkflowService's
 * and EvidenceService's; this only turns their refusals into GOV.UK error messages.
 */
@Controller('actions/:id')
@UseFilters(WebErrorFilter)
export class ActionChangesController {
  constructor(
    private readonly workflow: ActionWorkflowService,
    private readonly evidence: EvidenceService,
    private readonly flash: FlashStore,
  ) {}

  @Post('assign')
  @Roles('admin', 'officer')
  async assign(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['serviceAreaId', 'ownerId']);
    const errors: FieldError[] = values.serviceAreaId
      ? []
      : [{ field: 'assign-serviceAreaId', text: 'Choose the service area that will own this action' }];
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'assign',
      values,
      errors,
      successUrl: `/actions/${id}`,
      act: async () => {
        await this.workflow.assign(user, id, {
          serviceAreaId: values.serviceAreaId,
          ownerId: values.ownerId || null,
        });
        return 'The action was moved. Its history records the change, and the service was told.';
      },
      refusalField: (field) => (field === 'ownerId' ? 'assign-ownerId' : 'assign-serviceAreaId'),
    });
  }

  @Post('status')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  async status(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['to', 'note']);
    const errors: FieldError[] = [];
    if (!values.to) errors.push({ field: 'to', text: 'Choose the new status' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'status',
      values,
      errors,
      successUrl: `/actions/${id}`,
      act: async () => {
        await this.workflow.transition(user, id, { to: values.to, note: values.note || null });
        return 'Status updated.';
      },
      refusalField: (field) => (field === 'note' ? 'note' : 'to'),
    });
  }

  @Post('evidence')
  @Roles('admin', 'officer', 'service_lead')
  @UseInterceptors(EvidenceUploadInterceptor)
  @UseFilters(EvidenceRefusalFilter)
  async addEvidence(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<void> {
    const values = formValues(body, ['note']);
    const upload =
      file && file.size > 0
        ? { path: file.path, sizeBytes: file.size, originalName: file.originalname }
        : null;
    const errors: FieldError[] = [];
    if (!upload && !values.note)
      errors.push({ field: 'file', text: 'Choose a file or write a note as evidence' });
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'evidence',
      values,
      errors,
      successUrl: `/actions/${id}`,
      act: async () => {
        await this.evidence.add(user, id, { file: upload, note: values.note || null });
        return 'Evidence added.';
      },
      refusalField: (field) => (field === 'note' ? 'evidence-note' : 'file'),
    });
  }

  @Post('extension')
  @Roles('admin', 'officer', 'senior_officer')
  async extend(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, [...dueDateFields('dueDate'), 'confirmPastDue', 'reason']);
    const errors: FieldError[] = [];
    const due = readDueDate(values, 'dueDate', 'dueDate', 'the new due date', true);
    if (due.error) errors.push(due.error);
    if (!values.reason) errors.push({ field: 'reason', text: 'Give a reason for the extension' });
    // A new due date already past is asked about once (the action would be overdue at once); the
    // confirmation names the date, so changing the date asks again.
    if (!errors.length && isPastDue(due.iso) && values.confirmPastDue !== due.iso) {
      await this.flash.form(req, res, 'extension', formState({ ...values, pastDue: due.iso! }));
      return res.redirect(303, `/actions/${id}#past-due`);
    }
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'extension',
      values,
      errors,
      successUrl: `/actions/${id}`,
      act: async () => {
        await this.workflow.changeDueDate(user, id, { dueDate: due.iso!, reason: values.reason });
        return 'Due date extended.';
      },
      refusalField: (field) => (field === 'reason' ? 'reason' : 'dueDate-day'),
    });
  }
}
