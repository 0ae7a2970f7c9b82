import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/access/route-access';
import { HealthService } from './health.service';

/** GET /health: 200 when the database and Redis answer, 503 naming what is down. No auth. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  async get(@Res() res: Response): Promise<void> {
    const checks = await this.health.check();
    const ok = checks.database === 'up' && checks.redis === 'up';
    const down = Object.entries(checks)
      .filter(([, v]) => v !== 'up')
      .map(([k]) => k);
    res
      .status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .setHeader('Cache-Control', 'no-store')
      .json(ok ? { status: 'ok', checks } : { status: 'error', checks, message: `Down: ${down.join(', ')}` });
  }
}
