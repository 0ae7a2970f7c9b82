import { Body, Controller, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { ActionPaymentsService } from '../../actions/action-payments.service';
import type { AuthUser } from '../../common/access/auth-user';
import { CurrentUser, Roles } from '../../common/access/route-access';
import { FlashStore } from '../support/flash-store';
import { FieldError, formValues } from '../support/form-state';
import { isCalendarDate } from '../../common/dates';
import { parsePounds } from '../../common/money';
import type { WebRequest } from '../support/page-renderer';
import { submitForm } from '../support/form-submission';
import { WebErrorFilter } from '../support/web-error.filter';

const PURPOSES = [
  'distress',
  'time_and_trouble',
  'loss_of_service',
  'financial_loss',
  'refund',
  'backdated_support',
  'symbolic',
  'unspecified',
];

function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** Checks a paid amount and its date together: a payment made needs the day it was made, not in the future. */
function checkPaid(
  paid: number | null,
  date: string,
  fields: { paid: string; date: string },
  errors: FieldError[],
): void {
  if (date && !isCalendarDate(date)) {
    errors.push({ field: fields.date, text: 'Enter the date paid as a real date, for example 2025-03-31' });
  } else if (date && date > todayIso()) {
    errors.push({ field: fields.date, text: 'The date paid cannot be in the future' });
  } else if (paid && !date) {
    errors.push({ field: fields.date, text: 'Enter the date the payment was made' });
  }
}

/**
 * Remedy payments on the action page (ActionPaymentsService): record what was paid and when, correct
 * the agreed amount, or add a payment agreed later. Post/Redirect/Get with GOV.UK errors.
 */
@Controller('actions/:id/payments')
@UseFilters(WebErrorFilter)
export class ActionPaymentsController {
  constructor(
    private readonly payments: ActionPaymentsService,
    private readonly flash: FlashStore,
  ) {}

  @Post(':paymentId')
  @Roles('admin', 'officer', 'service_lead', 'senior_officer')
  async record(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('paymentId', new ParseUUIDPipe()) paymentId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['agreedAmount', 'amountPaid', 'datePaid']);
    const fields = {
      agreed: `agreed-${paymentId}`,
      paid: `paid-${paymentId}`,
      date: `datePaid-${paymentId}`,
    };
    const errors: FieldError[] = [];
    const agreed = parsePounds(values.agreedAmount, 'the agreed amount');
    const paid = parsePounds(values.amountPaid, 'the amount paid');
    if (!agreed.ok) errors.push({ field: fields.agreed, text: agreed.message });
    else if (agreed.pounds === null) errors.push({ field: fields.agreed, text: 'Enter the agreed amount' });
    if (!paid.ok) errors.push({ field: fields.paid, text: paid.message });
    checkPaid(paid.ok ? paid.pounds : null, values.datePaid ?? '', fields, errors);
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: `payment-${paymentId}`,
      values,
      errors,
      successUrl: `/actions/${id}#payments`,
      act: async () => {
        // act runs only without errors, so both amounts parsed
        await this.payments.record(user, id, paymentId, {
          agreedAmount: agreed.ok ? agreed.pounds! : 0,
          amountPaid: paid.ok ? (paid.pounds ?? 0) : 0,
          datePaid: values.datePaid || null,
        });
        return 'Payment recorded.';
      },
      refusalField: (field) => (field === 'datePaid' ? fields.date : fields.paid),
    });
  }

  @Post()
  @Roles('admin', 'officer')
  async add(
    @Req() req: WebRequest,
    @Res() res: Response,
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const values = formValues(body, ['newAgreed', 'newPayee', 'newPurpose', 'newPaid', 'newDatePaid']);
    const errors: FieldError[] = [];
    const agreed = parsePounds(values.newAgreed, 'the agreed amount');
    const paid = parsePounds(values.newPaid, 'the amount paid');
    if (!agreed.ok) errors.push({ field: 'newAgreed', text: agreed.message });
    else if (agreed.pounds === null) errors.push({ field: 'newAgreed', text: 'Enter the agreed amount' });
    if (values.newPurpose && !PURPOSES.includes(values.newPurpose)) {
      errors.push({ field: 'newPurpose', text: 'Choose what the payment is for' });
    }
    if ((values.newPayee ?? '').length > 200) {
      errors.push({ field: 'newPayee', text: 'The payee must be 200 characters or fewer' });
    }
    if (!paid.ok) errors.push({ field: 'newPaid', text: paid.message });
    checkPaid(
      paid.ok ? paid.pounds : null,
      values.newDatePaid ?? '',
      { paid: 'newPaid', date: 'newDatePaid' },
      errors,
    );
    await submitForm({
      req,
      res,
      flash: this.flash,
      formId: 'new-payment',
      values,
      errors,
      successUrl: `/actions/${id}#payments`,
      act: async () => {
        // act runs only without errors, so both amounts parsed
        await this.payments.add(user, id, {
          agreedAmount: agreed.ok ? agreed.pounds! : 0,
          payee: values.newPayee || null,
          purpose: values.newPurpose || 'unspecified',
          ...(paid.ok && paid.pounds !== null ? { amountPaid: paid.pounds } : {}),
          datePaid: values.newDatePaid || null,
        });
        return 'Payment added.';
      },
      refusalField: (field) => (field === 'datePaid' ? 'newDatePaid' : 'newAgreed'),
    });
  }
}
