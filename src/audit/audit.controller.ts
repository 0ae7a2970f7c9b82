import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../common/access/route-access';
import { AuditService } from './audit.service';

/** GET /api/audit-events?type=&userId=&subjectId=&limit=: the most recent events first (admins). */
@ApiTags('audit log (admin)')
@ApiBearerAuth()
@Controller('api/audit-events')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  async list(
    @Query('type') type?: string,
    @Query('userId') userId?: string,
    @Query('subjectId') subjectId?: string,
    @Query('limit') limit?: string,
  ) {
    const n = Number.parseInt(limit ?? '100', 10);
    const events = await this.audit.recent(
      { type: type || undefined, userId: userId || undefined, subjectId: subjectId || undefined },
      Number.isFinite(n) && n > 0 ? n : 100,
    );
    return { events };
  }
}
