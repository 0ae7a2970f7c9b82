import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ContentStore } from './content-store';

/** The content-addressed file store under UPLOAD_DIR (uploads now, evidence files later). */
@Global()
@Module({
  providers: [
    {
      provide: ContentStore,
      useFactory: (config: AppConfig) => new ContentStore(config.uploadDir),
      inject: [APP_CONFIG],
    },
  ],
  exports: [ContentStore],
})
export class StorageModule {}
