import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppModule } from './app.module.js';
import { AppError } from './common/errors/app-error.js';
import { compressText, isBuiltNonDocument, serveWebApp } from './common/http/web-app.js';
import type { Config } from './config/config.js';
import { PhonePageService } from './modules/live/phone-page.service.js';
import { RedisIoAdapter } from './modules/realtime/redis-io.adapter.js';

function webDist(config: Config): string | null {
  const candidates = [config.WEB_DIST, join(dirname(fileURLToPath(import.meta.url)), '../../web/dist')].filter(Boolean) as string[];
  return candidates.map((c) => resolve(c)).find((c) => existsSync(join(c, 'index.html'))) ?? null;
}

/** Builds the whole HTTP + socket.io application; main.ts and tests share it. */
export async function createApp(config: Config): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerUnparsableRequests(app.getHttpServer());
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');

  const documentHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'upgrade-insecure-requests': config.TRUST_PROXY ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // A built script, stylesheet, font or image is never a document: the headers that only
  // mean something on a page (CSP, framing, referrer, opener…) would be ~700 bytes on each of
  // the phone's dozen first-load files. nosniff, CORP and HSTS stay. SVG can hold script when
  // opened on its own, so it keeps the document's headers.
  const assetHeaders = helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  app.use((req: Request, res: Response, next: NextFunction) => (isBuiltNonDocument(req.path) ? assetHeaders : documentHeaders)(req, res, next));
  app.use(compressText());
  app.use(cookieParser());
  app.use(express.json({ limit: '256kb' }));

  const redisAdapter = new RedisIoAdapter(app, config);
  await redisAdapter.connect();
  app.useWebSocketAdapter(redisAdapter);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Thinline API')
      .setDescription('Live ownership workshops. Socket.io events are documented in docs/api.md.')
      .setVersion('1')
      .addCookieAuth('thinline_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  const dist = webDist(config);
  if (dist) {
    const phonePage = app.get(PhonePageService);
    app.use(...serveWebApp(dist, { phonePageData: (code, ip) => phonePage.data(code, ip) }));
  } else {
    new NestLogger('Web').warn('The web app is not built (apps/web/dist): only the API is served. Run npm run build.');
  }
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await redisAdapter.disconnect();
  };
  return app;
}

/**
 * Node answers a request it cannot parse (a request line or headers over its 16 kB limit,
 * broken HTTP) itself, before Express, with an empty body. Say it as the API says every
 * error: `{ code, message }` with the fitting status.
 */
function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const error =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError('request/headers-too-large', 'The address or the headers of the request are too long.')
        : new AppError('request/malformed', 'The request is not valid HTTP.');
    const json = JSON.stringify(error.toBody());
    socket.end(`HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  });
}
