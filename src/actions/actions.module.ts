import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ComplianceModule } from '../compliance/compliance.module';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { StorageModule } from '../storage/storage.module';
import { ActionPaymentsService } from './action-payments.service';
import { ActionWorkflowService } from './action-workflow.service';
import { ActionsQueryService } from './actions-query.service';
import { ActionsRepository } from './actions.repository';
import { EvidenceService } from './evidence.service';
import { ActionsController } from './http/actions.controller';
import { RecommendationsController } from './http/recommendations.controller';
import { RecommendationReviewService } from './recommendation-review.service';

/**
 * Review of proposed recommendations and tracking of actions. The web pages use the exported services:
 * RecommendationReviewService, ActionsQueryService, ActionWorkflowService, ActionPaymentsService, EvidenceService.
 */
@Module({
  imports: [
    ComplianceModule,
    ServiceAreasModule,
    StorageModule,
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.limits.maxUploadBytes, files: 1, fields: 10 },
      }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [RecommendationsController, ActionsController],
  providers: [
    ActionsRepository,
    ActionsQueryService,
    ActionWorkflowService,
    ActionPaymentsService,
    EvidenceService,
    RecommendationReviewService,
  ],
  exports: [
    ActionsRepository,
    ActionsQueryService,
    ActionWorkflowService,
    ActionPaymentsService,
    EvidenceService,
    RecommendationReviewService,
  ],
})
export class ActionsModule {}
