import { ActionEvent } from './actions/entities/action-event.entity';
import { ActionPayment } from './actions/entities/action-payment.entity';
import { Evidence } from './actions/entities/evidence.entity';
import { ProposedRecommendation } from './documents/entities/recommendation.entity';
import { TrackedAction } from './actions/entities/tracked-action.entity';
import { AuditEvent } from './audit/entities/audit-event.entity';
import { ComplaintCase } from './documents/entities/complaint-case.entity';
import { Notification } from './compliance/entities/notification.entity';
import { ScheduledRun } from './compliance/entities/scheduled-run.entity';
import { AnnualCommentary } from './reports/entities/annual-commentary.entity';
import { StoredDocument } from './documents/entities/document.entity';
import { ServiceArea } from './service-areas/entities/service-area.entity';
import { ApiToken } from './users/entities/api-token.entity';
import { User } from './users/entities/user.entity';
import { WebSession } from './users/entities/web-session.entity';

/** Every entity, listed once: the ORM config, the tests and the migrations use this list. */
export const ENTITIES = [
  ServiceArea,
  User,
  ApiToken,
  WebSession,
  AuditEvent,
  ComplaintCase,
  StoredDocument,
  ProposedRecommendation,
  TrackedAction,
  ActionEvent,
  Evidence,
  ActionPayment,
  Notification,
  ScheduledRun,
  AnnualCommentary,
];
