import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentsModule } from '../documents/documents.module';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { StorageModule } from '../storage/storage.module';
import { DocumentActions } from '../documents/document-actions';
import { ActionsOfDocuments } from './actions-of-documents';
import { ActionPaymentsService } from './action-payments.service';
import { ActionWorkflowService } from './action-workflow.service';
import { ActionsQueryService } from './actions-query.service';
import { ActionsRepository } from './actions.repository';
import { EvidenceService } from './evidence.service';
import { ActionsController } from './http/actions.controller';
import { DocumentReviewApiController } from './http/document-review.controller';
import { RecommendationsController } from './http/recommendations.controller';
import { RecommendationReviewService } from './recommendation-review.service';
import { DocumentReviewService } from './document-review.service';

/**
 * Review of proposed recommendations and tracking of actions. The web pages use the exported services:
 * RecommendationReviewService, ActionsQueryService, ActionWorkflowService, ActionPaymentsService, EvidenceService.
 * The services tell an ActionChangeNotifier about changes; the application binds it (compliance's
 * ActionNotifier, through the global ActionNoticesModule).
 */
@Module({
  imports: [
    ServiceAreasModule,
    StorageModule,
    DocumentsModule,
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.limits.maxUploadBytes, files: 1, fields: 10 },
      }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [RecommendationsController, ActionsController, DocumentReviewApiController],
  providers: [
    ActionsRepository,
    ActionsQueryService,
    ActionWorkflowService,
    ActionPaymentsService,
    EvidenceService,
    RecommendationReviewService,
    DocumentReviewService,
  ],
  exports: [
    ActionsRepository,
    ActionsQueryService,
    ActionWorkflowService,
    ActionPaymentsService,
    EvidenceService,
    RecommendationReviewService,
    DocumentReviewService,
  ],
})
export class ActionsModule {}

/**
 * Binds the documents module's DocumentActions port (documents may not import actions: actions are
 * made from documents) to ActionsOfDocuments, for the whole application. Imported once, by AppModule.
 */
@Global()
@Module({
  providers: [{ provide: DocumentActions, useClass: ActionsOfDocuments }],
  exports: [DocumentActions],
})
export class DocumentActionsModule {}
