import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DOCUMENT_TYPES, FINDINGS } from '../../actions/document-review-inputs';
import { DocumentReviewService } from '../../actions/document-review.service';
import { RecommendationReviewService } from '../../actions/recommendation-review.service';
import { isoDate } from '../../common/dates';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { LocalDate } from '../../calendar';
import { DocumentReprocessService } from '../../documents/intake/document-reprocess.service';
import { DocumentQueries } from '../../documents/queries/document-queries.service';
import { documentType, humanise } from '../setup/view-filters';
import { dateInputItems, dateInputValues, readDateInput } from '../support/date-input';
import { isPastDue } from '../support/due-date-field';
import { FlashStore } from '../support/flash-store';
import { FieldError, formState, formValues } from '../support/form-state';
import { refusalError, submitForm } from '../support/form-submission';
import { PageRenderer, WebRequest } from '../support/page-renderer';
import { byConfidence } from './review-order';
import { WebErrorFilter } from '../support/web-error.filter';

/** The common reasons offered when rejecting several at once. */
export const REJECT_REASONS: Record<string, string> = {
  not_an_action: 'Not an action for the council',
  complainants_wish: 'What the complainant asked for, not something agreed',
  duplicate: 'A duplicate of another recommendation',
  already_done: 'Already done before the decision',
};

const FACT_FIELDS = [
  'documentType',
  'reference',
  'organisation',
  'finding',
  'faultFound',
  'remediedBefore',
  'confirm',
];
const DATE = 'decisionDate';
/** The bulk decision form's field for each input a refused decision can name. */
const BULK_FIELDS: Record<string, string> = {
  ownerId: 'bulk-ownerId',
  dueDate: 'due-day',
  serviceAreaId: 'bulk-serviceAreaId',
};

/**
 * The officer's work on a whole decision, from the review page: decide several at once, add one (typed
 * or selected in the text), undo a rejection, split and merge, correct the facts (deadlines that move
 * shown before saving), answer "same case?", process again, delete.
 */
@Controller()
@Roles('officer', 'admin')
@UseFilters(WebErrorFilter)
export class DocumentWorkController {
  constructor(
    private readonly work: DocumentReviewService,
    private readonly review: RecommendationReviewService,
    private readonly documents: DocumentQueries,
    private readonly reprocessing: DocumentReprocessService,
    private readonly flash: FlashStore,
    private readonly pages: PageRenderer,
  ) {}

  private reviewUrl(id: string, fragment = ''): string {
    return `/documents/${id}/review${fragment}`;
  }

  @Post('documents/:id/decisions')
  async decide(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, [
      'decision',
      'serviceAreaId',
      'ownerId',
      'dueRule',
      'due-day',
      'due-month',
      'due-year',
      'reason',
      'reasonOther',
      'confirmPastDue',
    ]);
    const raw = body.ids;
    const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
      (v): v is string => typeof v === 'string',
    );
    const errors: FieldError[] = [];
    if (!ids.length) errors.push({ field: 'bulk-ids', text: 'Select the recommendations to decide' });
    if (values.decision !== 'accept' && values.decision !== 'reject')
      errors.push({ field: 'bulk-decision', text: 'Choose whether to accept or reject them' });
    let dueDate: string | null = null;
    let reason = '';
    if (values.decision === 'accept') {
      if (!values.serviceAreaId)
        errors.push({
          field: 'bulk-serviceAreaId',
          text: 'Choose the service area that will own these actions',
        });
      if (values.dueRule === 'date') {
        const due = readDateInput(values, 'due', 'the due date');
        if (due.kind === 'empty') errors.push({ field: 'due-day', text: 'Enter the due date' });
        else if (due.kind === 'error') errors.push({ field: `due-${due.part}`, text: due.text });
        else dueDate = due.iso;
      }
    }
    if (values.decision === 'reject') {
      reason =
        values.reason === 'other' ? (values.reasonOther ?? '') : (REJECT_REASONS[values.reason ?? ''] ?? '');
      if (!values.reason) errors.push({ field: 'bulk-reason', text: 'Choose why they are rejected' });
      else if (!reason)
        errors.push({ field: 'bulk-reasonOther', text: 'Give the reason for rejecting them' });
    }
    // As for one recommendation: a date already past is asked about once, not accepted silently (every
    // action would be overdue the day it is made). The confirmation names the date, so changing the date
    // asks again.
    if (
      !errors.length &&
      values.decision === 'accept' &&
      isPastDue(dueDate) &&
      values.confirmPastDue !== dueDate
    ) {
      const { confirmPastDue: _unconfirmed, ...kept } = values;
      await this.flash.form(req, res, 'bulk', formState({ ...kept, ids: ids.join(','), pastDue: dueDate! }));
      return res.redirect(303, this.reviewUrl(id, '#bulk-past-due'));
    }
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'bulk',
      values: { ...values, ids: ids.join(',') },
      errors,
      successUrl: this.reviewUrl(id),
      act: async () => {
        const input =
          values.decision === 'accept'
            ? {
                accept: ids.map((r) => ({
                  id: r,
                  serviceAreaId: values.serviceAreaId,
                  ownerId: values.ownerId || null,
                  dueDate,
                })),
              }
            : { reject: ids.map((r) => ({ id: r, reason })) };
        const done = await this.work.decide(id, input, user);
        const n = done.accepted.length + done.rejected.length;
        const next = await this.nextUndecided(id, user);
        return {
          message:
            values.decision === 'accept'
              ? `${n} ${n === 1 ? 'recommendation' : 'recommendations'} accepted. Each is now a tracked action.`
              : `${n} ${n === 1 ? 'recommendation' : 'recommendations'} rejected.`,
          url: this.reviewUrl(id, next ? `#rec-${next}` : ''),
        };
      },
      refusalField: (field) => (field && Object.hasOwn(BULK_FIELDS, field) ? BULK_FIELDS[field] : 'bulk-ids'),
    });
  }

  /** A recommendation's number as the review page shows it (its place in the page's order). */
  private async numberOnPage(documentId: string, rid: string, user: AuthUser): Promise<number> {
    const recs = await this.review.listForDocument(documentId, user);
    return byConfidence(recs.filter((r) => !r.possible)).findIndex((r) => r.id === rid) + 1;
  }

  /**
   * The first recommendation still to decide in the review page's own order (most confident first),
   * where the focus goes after a decision; null when none is left.
   */
  private async nextUndecided(documentId: string, user: AuthUser): Promise<string | null> {
    const recs = await this.review.listForDocument(documentId, user);
    const open = byConfidence(recs.filter((r) => !r.possible)).filter((r) => r.status === 'proposed');
    return open[0]?.id ?? null;
  }

  @Post('documents/:id/recommendations')
  async add(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['text', 'spanStart', 'spanEnd']);
    const errors: FieldError[] = [];
    if (!values.text)
      errors.push({ field: 'add-text', text: 'Enter the action, or select it in the text of the document' });
    const start = Number(values.spanStart);
    const end = Number(values.spanEnd);
    const span =
      values.spanStart && values.spanEnd && Number.isInteger(start) && end > start ? { start, end } : null;
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'add',
      values,
      errors,
      successUrl: this.reviewUrl(id),
      act: async () => {
        const rec = await this.work.add(id, { text: values.text, span }, user);
        return {
          message: `Recommendation ${await this.numberOnPage(id, rec.id, user)} added.`,
          url: this.reviewUrl(id, `#rec-${rec.id}`),
        };
      },
      refusalField: () => 'add-text',
    });
  }

  @Post('recommendations/:rid/reopen')
  async reopen(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('rid', new ParseUUIDPipe()) rid: string,
  ): Promise<void> {
    await this.oneStep(
      req,
      res,
      user,
      rid,
      `rec-${rid}-heading`,
      () => this.review.reopen(rid, user),
      (n) => `Recommendation ${n} is proposed again: the rejection was undone.`,
    );
  }

  @Post('recommendations/:rid/propose')
  async propose(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('rid', new ParseUUIDPipe()) rid: string,
  ): Promise<void> {
    await this.oneStep(
      req,
      res,
      user,
      rid,
      'possible-actions',
      () => this.work.propose(rid, user),
      (n) => `Recommendation ${n} is now proposed: decide it with the others.`,
    );
  }

  /**
   * A button with no fields on one recommendation (undo a rejection, propose a possible action):
   * Post/Redirect/Get back to it, a refusal shown at `refusalField`; the message names the
   * recommendation by its number on the page once the step is done.
   */
  private async oneStep(
    req: WebRequest,
    res: Response,
    user: AuthUser,
    rid: string,
    refusalField: string,
    act: () => Promise<unknown>,
    message: (numberOnPage: number) => string,
  ): Promise<void> {
    const rec = await this.review.get(rid, user);
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${rid}`,
      values: {},
      errors: [],
      successUrl: this.reviewUrl(rec.documentId, `#rec-${rid}`),
      act: async () => {
        await act();
        return message(await this.numberOnPage(rec.documentId, rid, user));
      },
      refusalField: () => refusalField,
    });
  }

  @Post('recommendations/:rid/split')
  async split(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('rid', new ParseUUIDPipe()) rid: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(rid, user);
    const values = formValues(body, ['parts']);
    const parts = (values.parts ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const errors: FieldError[] =
      parts.length < 2
        ? [{ field: `split-${rid}`, text: 'Write each action on its own line: at least two lines' }]
        : [];
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${rid}`,
      values: { ...values, splitting: 'yes' },
      errors,
      successUrl: this.reviewUrl(rec.documentId, `#rec-${rid}`),
      act: async () => {
        const n = await this.numberOnPage(rec.documentId, rid, user);
        const made = await this.work.split(rid, { parts: parts.map((text) => ({ text })) }, user);
        return `Recommendation ${n} split into ${made.length}. Payments stay with the action that names them.`;
      },
      refusalField: () => `split-${rid}`,
    });
  }

  @Post('recommendations/:rid/merge')
  async merge(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('rid', new ParseUUIDPipe()) rid: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const rec = await this.review.get(rid, user);
    const values = formValues(body, ['with']);
    const errors: FieldError[] = values.with
      ? []
      : [{ field: `merge-${rid}`, text: 'Choose the recommendation to merge with' }];
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `rec-${rid}`,
      values,
      errors,
      successUrl: this.reviewUrl(rec.documentId, `#rec-${rid}`),
      act: async () => {
        await this.work.merge(rid, { with: [values.with] }, user);
        return 'Recommendations merged into one.';
      },
      refusalField: () => `merge-${rid}`,
    });
  }

  @Post('documents/:id/same-case')
  async sameCase(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['answer']);
    const errors: FieldError[] =
      values.answer === 'same' || values.answer === 'different'
        ? []
        : [{ field: 'sameCase-answer', text: 'Choose whether this is the same case or a different one' }];
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'sameCase',
      values,
      errors,
      successUrl: this.reviewUrl(id),
      act: async () => {
        await this.work.answerSameCase(id, { answer: values.answer }, user);
        return values.answer === 'same'
          ? 'Marked as the same case. Its recommendations were rejected as already tracked, so no action is made twice.'
          : 'Marked as a different case.';
      },
      refusalField: () => 'sameCase-answer',
    });
  }

  @Post('documents/:id/reprocess')
  async reprocess(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    try {
      const doc = await this.reprocessing.reprocess(id);
      await this.flash.message(
        req,
        res,
        `${doc.fileName} will be processed again. Decisions already made are kept.`,
      );
    } catch (e) {
      const status = (e as { getStatus?: () => number }).getStatus?.();
      if (status !== 409) throw e;
      await this.flash.message(req, res, (e as Error).message);
    }
    res.redirect(303, '/documents');
  }

  @Get('documents/:id/delete')
  async confirmDelete(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const doc = await this.documents.get(id);
    await this.pages.render(req, res, 'pages/documents/delete.njk', {
      title: 'Are you sure you want to delete this document?',
      doc,
      formId: 'delete',
    });
  }

  @Post('documents/:id/delete')
  async delete(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'delete',
      values: {},
      errors: [],
      successUrl: '/documents',
      failureUrl: `/documents/${id}/delete`,
      act: async () => {
        const gone = await this.work.deleteDocument(id);
        return `${gone.fileName} was deleted, with its recommendations.`;
      },
      refusalField: () => 'delete-confirm',
    });
  }

  @Get('documents/:id/facts')
  async facts(
    @Req() req: WebRequest,
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    const doc = await this.documents.get(id);
    const current: Record<string, string> = {
      documentType: doc.documentType ?? 'unknown',
      reference: doc.reference ?? '',
      organisation: doc.organisation ?? '',
      finding: doc.finding ?? '',
      faultFound: doc.faultFound === null ? '' : String(doc.faultFound),
      remediedBefore: doc.remediedBefore === null ? '' : String(doc.remediedBefore),
      remediedBeforeProposed: doc.remediedBefore !== null && !doc.remediedBeforeConfirmedAt ? 'yes' : '',
      ...dateInputValues(DATE, isoDate(doc.decisionDate)),
    };
    await this.renderFacts(req, res, doc.id, doc.fileName, current, formState(), null);
  }

  private async renderFacts(
    req: WebRequest,
    res: Response,
    id: string,
    fileName: string,
    current: Record<string, string>,
    form: ReturnType<typeof formState>,
    moves: { number: number; text: string; from: string | null; to: string | null }[] | null,
    status = 200,
  ): Promise<void> {
    await this.pages.render(
      req,
      res,
      'pages/documents/facts.njk',
      {
        title: moves ? 'Check the deadlines that will move' : 'Correct the facts of this document',
        docId: id,
        fileName,
        formId: 'facts',
        form,
        moves,
        // after a refused save the flashed form (values and errors) is the one shown
        fromForm: (shown) => {
          const dateError =
            shown.fieldErrors[`${DATE}-day`] ??
            shown.fieldErrors[`${DATE}-month`] ??
            shown.fieldErrors[`${DATE}-year`];
          const part = Object.keys(shown.fieldErrors)
            .find((f) => f.startsWith(`${DATE}-`))
            ?.slice(DATE.length + 1);
          const v = { ...current, ...shown.values };
          return {
            values: v,
            dateError,
            dateItems: dateInputItems(DATE, v, dateError ? { part } : null),
            typeItems: DOCUMENT_TYPES.map((t) => ({
              value: t,
              text: documentType(t),
              selected: t === v.documentType,
            })),
            findingItems: [
              { value: '', text: 'Not stated', selected: !v.finding },
              ...FINDINGS.map((f) => ({ value: f, text: humanise(f), selected: f === v.finding })),
            ],
          };
        },
      },
      status,
    );
  }

  /**
   * Saves the corrections. When the decision date changes and deadlines count from it, the page first
   * shows which deadlines will move (from and to); "Save" on that page saves.
   */
  @Post('documents/:id/facts')
  async saveFacts(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const doc = await this.documents.get(id);
    const values = formValues(body, [...FACT_FIELDS, `${DATE}-day`, `${DATE}-month`, `${DATE}-year`]);
    const errors: FieldError[] = [];
    const date = readDateInput(values, DATE, 'the decision date');
    if (date.kind === 'error') errors.push({ field: `${DATE}-${date.part}`, text: date.text });
    if (!DOCUMENT_TYPES.includes(values.documentType as never))
      errors.push({ field: 'documentType', text: 'Choose the type of document' });
    if (!['', 'true', 'false'].includes(values.remediedBefore ?? ''))
      errors.push({
        field: 'remediedBefore',
        text: 'Choose whether the council had already remedied the complaint before the Ombudsman',
      });
    const newDate = date.kind === 'date' ? date.iso : null;
    const input = {
      documentType: values.documentType,
      reference: values.reference || null,
      organisation: values.organisation || null,
      finding: values.finding || null,
      faultFound: values.faultFound === 'true' ? true : values.faultFound === 'false' ? false : null,
      // not on the form sent: left as it is
      remediedBefore:
        values.remediedBefore === undefined
          ? undefined
          : values.remediedBefore === 'true'
            ? true
            : values.remediedBefore === 'false'
              ? false
              : null,
      decisionDate: newDate,
    };
    if (!errors.length && values.confirm !== 'yes' && newDate !== isoDate(doc.decisionDate)) {
      const moves = await this.work.deadlineMoves(id, newDate ? LocalDate.parse(newDate) : null);
      if (moves.length) {
        await this.renderFacts(req, res, id, doc.fileName, {}, formState(values), moves);
        return;
      }
    }
    if (!errors.length) {
      try {
        const { moved } = await this.work.correctFacts(id, input, user);
        await this.flash.message(
          req,
          res,
          `The facts of this document were saved.${moved.length ? ` ${moved.length} ${moved.length === 1 ? 'deadline was' : 'deadlines were'} worked out again from the new decision date.` : ''}`,
        );
        return res.redirect(303, this.reviewUrl(id));
      } catch (e) {
        const refused = refusalError(e, (field) =>
          field === DATE ? `${DATE}-day` : field && FACT_FIELDS.includes(field) ? field : 'reference',
        );
        if (refused === null) throw e;
        errors.push({ ...refused, text: refused.text.replace(/^The correction is not valid\. /, '') });
      }
    }
    await this.flash.form(req, res, 'facts', formState(values, errors));
    res.redirect(303, `/documents/${id}/facts`);
  }
}
