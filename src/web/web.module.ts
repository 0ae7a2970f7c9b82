import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { ActionsModule } from '../actions/actions.module';
import { ComplianceModule } from '../compliance/compliance.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DocumentsModule } from '../documents/documents.module';
import { ReportsModule } from '../reports/reports.module';
import { ServiceAreasModule } from '../service-areas/service-areas.module';
import { StorageModule } from '../storage/storage.module';
import { ActionChangesController } from './actions/action-changes.controller';
import { ActionPageController } from './actions/action-page.controller';
import { ActionPaymentsController } from './actions/action-payments.controller';
import { ActionsListController } from './actions/actions-list.controller';
import { DocumentReviewController } from './documents/document-review.controller';
import { DocumentWorkController } from './documents/document-work.controller';
import { DocumentsListController } from './documents/documents-list.controller';
import { RecommendationDecisionsController } from './documents/recommendation-decisions.controller';
import { RecommendationEditController } from './documents/recommendation-edit.controller';
import { UploadController } from './documents/upload.controller';
import { AnnualReportPagesController } from './reports/annual.controller';
import { DashboardController } from './reports/dashboard.controller';
import { InformationPagesController } from './information/information-pages.controller';
import { ScrutinySource } from './reports/scrutiny-source';
import { NotificationsController } from './notifications/notifications.controller';
import { AdminController } from './admin/admin.controller';
import { ServiceAreasAdminController } from './admin/service-areas-admin.controller';
import { HomeController } from './home/home.controller';
import { SignInPageController } from './sign-in/sign-in-page.controller';
import { SignInSubmitController } from './sign-in/sign-in-submit.controller';
import { SignOutController } from './sign-in/sign-out.controller';
import { FlashStore } from './support/flash-store';
import { InputRefusedFilter } from './support/input-refused.filter';
import { NotFoundPageFilter } from './support/not-found-page.filter';
import { PageRenderer } from './support/page-renderer';

/**
 * The server-rendered GOV.UK pages: one controller per workflow step. Every rule lives in the
 * feature modules' services (actions, documents, reports, auth); these controllers only call them.
 */
@Module({
  imports: [
    ActionsModule,
    ComplianceModule,
    DocumentsModule,
    ReportsModule,
    ServiceAreasModule,
    StorageModule,
    MulterModule.registerAsync({
      useFactory: (config: AppConfig) => ({
        limits: {
          fileSize: config.limits.maxUploadBytes,
          files: config.limits.maxFilesPerUpload,
          fields: 20,
        },
      }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [
    HomeController,
    SignInPageController,
    SignInSubmitController,
    SignOutController,
    ActionsListController,
    ActionPageController,
    ActionChangesController,
    ActionPaymentsController,
    UploadController,
    DocumentsListController,
    DocumentReviewController,
    DocumentWorkController,
    RecommendationDecisionsController,
    RecommendationEditController,
    DashboardController,
    AnnualReportPagesController,
    NotificationsController,
    AdminController,
    ServiceAreasAdminController,
    InformationPagesController,
  ],
  providers: [
    FlashStore,
    PageRenderer,
    ScrutinySource,
    { provide: APP_FILTER, useClass: InputRefusedFilter },
    { provide: APP_FILTER, useClass: NotFoundPageFilter },
  ],
})
export class WebModule {}
