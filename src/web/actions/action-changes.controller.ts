import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ActionWorkflowService } from '../../actions/action-workflow.service';
import { EvidenceService } from '../../actions/evidence.service';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser, Roles } from '../../auth/decorators';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState, formValues } from '../support/form-state';
import type { WebRequest } from '../support/page-renderer';
import { refusalMessage } from '../support/refusals';
import { WebErrorFilter } from '../support/web-error.filter';

/** A refused change goes back to the action page with the reason next to the right field. */
function fieldFor(message: string, fields: Record<string, RegExp>, fallback: string): string {
  for (const [field, pattern] of Object.entries(fields)) if (pattern.test(message)) return field;
  return fallback;
}

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
    if (!errors.length) {
      try {
        await this.workflow.transition(user, id, { to: values.to, note: values.note || null });
        await this.flash.message(req, res, 'Status updated.');
        return res.redirect(303, `/actions/${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: fieldFor(message, { note: /reason|say why|note/i }, 'to'), text: message });
      }
    }
    await this.flash.form(req, res, 'status', formState(values, errors));
    res.redirect(303, `/actions/${id}`);
  }

  @Post('evidence')
  @Roles('admin', 'officer', 'service_lead')
  @UseInterceptors(FileInterceptor('file'))
  async addEvidence(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<void> {
    const values = formValues(body, ['note']);
    const upload = file && file.size > 0 ? { bytes: file.buffer, originalName: file.originalname } : null;
    const errors: FieldError[] = [];
    if (!upload && !values.note)
      errors.push({ field: 'file', text: 'Choose a file or write a note as evidence' });
    if (!errors.length) {
      try {
        await this.evidence.add(user, id, { file: upload, note: values.note || null });
        await this.flash.message(req, res, 'Evidence added.');
        return res.redirect(303, `/actions/${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: fieldFor(message, { 'evidence-note': /note/i }, 'file'), text: message });
      }
    }
    await this.flash.form(req, res, 'evidence', formState(values, errors));
    res.redirect(303, `/actions/${id}`);
  }

  @Get('evidence/:evidenceId/file')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  async download(
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('evidenceId', new ParseUUIDPipe()) evidenceId: string,
  ): Promise<void> {
    const file = await this.evidence.open(user, evidenceId);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Cache-Control', 'private, no-store');
    res.attachment(file.fileName);
    file.stream.pipe(res);
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
    const values = formValues(body, ['dueDate', 'reason']);
    const errors: FieldError[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate ?? '')) {
      errors.push({ field: 'dueDate', text: 'Enter the new due date, for example 2025-03-31' });
    }
    if (!values.reason) errors.push({ field: 'reason', text: 'Give a reason for the extension' });
    if (!errors.length) {
      try {
        await this.workflow.changeDueDate(user, id, { dueDate: values.dueDate, reason: values.reason });
        await this.flash.message(req, res, 'Due date extended.');
        return res.redirect(303, `/actions/${id}`);
      } catch (e) {
        const message = refusalMessage(e);
        if (message === null) throw e;
        errors.push({ field: fieldFor(message, { reason: /reason/i }, 'dueDate'), text: message });
      }
    }
    await this.flash.form(req, res, 'extension', formState(values, errors));
    res.redirect(303, `/actions/${id}`);
  }
}
