import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module';
import { DocumentsController } from './documents.controller';
import { DocumentIntakeService } from './intake/document-intake.service';
import { DocumentReprocessService } from './intake/document-reprocess.service';
import { UploadInterceptor } from './intake/upload.interceptor';
import { DocumentClaims } from './ingest/document-claim';
import { IngestQueue } from './ingest/ingest-queue';
import { IngestSweeper } from './ingest/ingest-sweeper';
import { IngestWorker } from './ingest/ingest-worker';
import { ResultPersister } from './ingest/result-persister';
import { DocumentQueries } from './queries/document-queries.service';
import { SqliteWriteMode } from './sqlite-write-mode';

/**
 * Document ingestion: upload (stored once by hash), the `documents` queue with its outbox sweep,
 * extraction off the event loop, persisting results with proposed recommendations, and reading them.
 */
@Module({
  imports: [StorageModule],
  controllers: [DocumentsController],
  providers: [
    SqliteWriteMode,
    UploadInterceptor,
    DocumentIntakeService,
    DocumentReprocessService,
    DocumentQueries,
    IngestQueue,
    DocumentClaims,
    ResultPersister,
    IngestWorker,
    IngestSweeper,
  ],
  exports: [DocumentQueries, DocumentIntakeService, DocumentReprocessService, IngestQueue],
})
export class DocumentsModule {}
