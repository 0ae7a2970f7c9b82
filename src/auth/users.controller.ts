import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  UseFilters,
} from '@nestjs/common';
import { z, ZodError } from 'zod';
import { DomainError } from '../common/errors';
import { DomainErrorFilter } from '../platform/http/domain-error.filter';
import type { AuthUser } from '../common/access/auth-user';
import { CurrentUser, Roles } from '../common/access/route-access';
import { ROLES } from '../users/entities/user.entity';
import { ApiTokensService, toTokenView } from './api-tokens.service';
import { toUserView, UsersService } from '../users/users.service';

const role = z.enum(ROLES, { errorMap: () => ({ message: `must be one of ${ROLES.join(', ')}` }) });
const createBody = z.object({
  email: z.string({ required_error: 'enter an email address' }).max(320),
  name: z.string().max(200).optional(),
  role,
  serviceAreaIds: z.array(z.string().uuid('must be a service area id')).max(100).optional(),
  password: z.string().max(200).optional(),
});
const updateBody = z
  .object({
    name: z.string().max(200).optional(),
    role: role.optional(),
    serviceAreaIds: z.array(z.string().uuid('must be a service area id')).max(100).optional(),
    active: z.boolean().optional(),
    password: z.string().max(200).optional(),
  })
  .strict();
const tokenBody = z.object({ name: z.string().max(200).optional() }).optional();

/** Runs a request; a body zod refuses becomes a DomainError naming each field ("email: ..."). */
async function withBody<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    const message = e.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new DomainError(message, 'invalid', e.issues[0]?.path.join('.') || undefined);
  }
}

/** Admin API for users and their API tokens (the admin pages use it). Role changes are audited. */
@ApiTags('users (admin)')
@ApiBearerAuth()
@Controller('api/users')
@Roles('admin')
@UseFilters(DomainErrorFilter)
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: ApiTokensService,
  ) {}

  @Get()
  async list() {
    return { users: (await this.users.list()).map(toUserView) };
  }

  @Post()
  async create(@Body() body: unknown, @CurrentUser() me: AuthUser) {
    return withBody(async () => {
      const input = createBody.parse(body ?? {});
      const user = await this.users.create(input, me);
      return { user: toUserView(await this.users.get(user.id)) };
    });
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return withBody(async () => ({ user: toUserView(await this.users.get(id)) }));
  }

  @Patch(':id')
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: unknown, @CurrentUser() me: AuthUser) {
    return withBody(async () => {
      const changes = updateBody.parse(body ?? {});
      await this.users.update(id, changes, me);
      return { user: toUserView(await this.users.get(id)) };
    });
  }

  @Get(':id/tokens')
  async listTokens(@Param('id', ParseUUIDPipe) id: string) {
    return withBody(async () => {
      await this.users.get(id);
      return { tokens: (await this.tokens.list(id)).map(toTokenView) };
    });
  }

  /** 201 {token, apiToken}: the token is shown this once; only its hash is kept. */
  @Post(':id/tokens')
  async createToken(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: unknown,
    @CurrentUser() me: AuthUser,
  ) {
    return withBody(async () => {
      const input = tokenBody.parse(body ?? undefined);
      const { token, record } = await this.tokens.create(id, input?.name, me);
      return { token, apiToken: toTokenView(record) };
    });
  }

  @Delete(':id/tokens/:tokenId')
  @HttpCode(200)
  async revokeToken(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('tokenId', ParseUUIDPipe) tokenId: string,
    @CurrentUser() me: AuthUser,
  ) {
    return withBody(async () => ({ apiToken: toTokenView(await this.tokens.revoke(id, tokenId, me)) }));
  }
}
