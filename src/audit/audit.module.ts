import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** AuditService.record(...) for every module: sign-ins, role changes, downloads, exports. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
