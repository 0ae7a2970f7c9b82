import { Controller, Get, Header, Injectable, Module, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { INestApplication } from '@nestjs/common';
import { ApiExcludeController, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../common/access/route-access';

/** Holds the OpenAPI document built once at boot. */
@Injectable()
export class OpenApiDocument {
  document: OpenAPIObject | null = null;
}

/** The Swagger UI files the page loads, with the type each is served as (nosniff is on everywhere). */
const UI_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'init.js': 'text/javascript; charset=utf-8',
};

function uiDir(): string {
  return join(require.resolve('swagger-ui-dist/package.json'), '..');
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Redress API</title><link rel="icon" href="/web-assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/api/docs/ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/ui/swagger-ui-bundle.js"></script>
<script src="/api/docs/ui/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui', persistAuthorization: false });\n`;

/**
 * The API documentation: GET /api/docs (Swagger UI, no inline scripts) and GET /api/docs/openapi.json.
 * Served by Nest routes marked public, so the deny-by-default guards still see every route.
 */
@ApiExcludeController()
@Controller('api/docs')
@Public()
export class OpenApiController {
  constructor(private readonly holder: OpenApiDocument) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  )
  page(): string {
    return PAGE;
  }

  @Get('openapi.json')
  document(): OpenAPIObject {
    if (!this.holder.document)
      throw new NotFoundException({ message: 'The API description is not ready yet.' });
    return this.holder.document;
  }

  /** Nest would send a returned string as text/html, which nosniff browsers refuse to run: set the type. */
  @Get('ui/:file')
  @Header('Cache-Control', 'public, max-age=3600')
  asset(@Param('file') file: string, @Res({ passthrough: true }) res: Response): string {
    const type = Object.hasOwn(UI_FILES, file) ? UI_FILES[file] : null;
    if (!type) throw new NotFoundException({ message: 'No such file.' });
    res.type(type);
    return file === 'init.js' ? INIT : readFileSync(join(uiDir(), file), 'utf8');
  }
}

@Module({ controllers: [OpenApiController], providers: [OpenApiDocument], exports: [OpenApiDocument] })
export class OpenApiModule {}

/** Builds the OpenAPI document from the controllers' decorators (called from configureHttpApp). */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Redress API')
    .setDescription(
      'Turns Ombudsman decisions and Stage 2/3 reports into tracked learning actions. Every /api route takes ' +
        '`Authorization: Bearer TOKEN`. Money is in pounds; calendar dates are YYYY-MM-DD. Errors answer `{message}`.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  try {
    app.get(OpenApiDocument, { strict: false }).document = document;
  } catch {
    // The docs module is not part of this application (e.g. the worker): nothing to serve.
  }
}
