import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { mikroOrmOptions } from '../prisma-free-config/mikro-orm.config';
import { ActionsModule, DocumentActionsModule } from './actions/actions.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { ActionNoticesModule, ComplianceModule } from './compliance/compliance.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DocumentsModule } from './documents/documents.module';
import { InputModule } from './platform/input/input.module';
import { InputValidationMiddleware } from './platform/input/input-validation.middleware';
import { HealthModule } from './platform/health/health.module';
import { RequestIdMiddleware } from './platform/logging/request-id.middleware';
import { OpenApiModule } from './platform/openapi';
import { QueueModule } from './platform/queue/queue.module';
import { RedisEndpoint } from './platform/redis/redis-endpoint';
import { ReportsModule } from './reports/reports.module';
import { ServiceAreasModule } from './service-areas/service-areas.module';
import { WebModule } from './web/web.module';

export interface AppRuntime {
  config: AppConfig;
  redis: RedisEndpoint;
}

/** The whole application; feature modules are added to FEATURE_MODULES. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(runtime.config),
        MikroOrmModule.forRoot(mikroOrmOptions(runtime.config)),
        QueueModule.forRoot(runtime.config, runtime.redis),
        InputModule,
        HealthModule,
        AuthModule,
        DocumentsModule,
        ServiceAreasModule,
        CasesModule,
        ActionsModule,
        DocumentActionsModule,
        ComplianceModule,
        ActionNoticesModule,
        ReportsModule,
        OpenApiModule,
        WebModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware, InputValidationMiddleware).forRoutes('*');
  }
}
