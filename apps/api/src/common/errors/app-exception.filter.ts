import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { AppError, type ErrorBody } from './app-error.js';

/** Maps anything thrown to `{ code, message }`; never a stack trace or SQL. */
export function toErrorBody(error: unknown, logger?: Logger): { status: number; body: ErrorBody } {
  if (error instanceof AppError) return { status: error.status, body: error.toBody() };
  // body-parser errors arrive as plain errors with a type, or wrapped by Nest with a cause.
  const parser = (error as { type?: string; cause?: { type?: string } } | null) ?? {};
  const parserType = parser.type ?? parser.cause?.type;
  if (parserType === 'entity.parse.failed' || error instanceof SyntaxError) {
    return { status: 400, body: { code: 'request/invalid-json', message: 'The request body is not valid JSON.' } };
  }
  if (parserType === 'entity.too.large') return { status: 413, body: { code: 'request/too-large', message: 'The request body is too large.' } };
  if (error instanceof ThrottlerException) {
    return { status: 429, body: { code: 'rate/limited', message: 'Too many requests. Wait a moment and try again.' } };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return { status, body: { code: 'http/not-found', message: 'There is nothing at this address.' } };
    if (status === 413) return { status, body: { code: 'request/too-large', message: 'The request is too large.' } };
    if (status === 400) return { status, body: { code: 'validation/invalid', message: error.message } };
    if (status === 429) return { status, body: { code: 'rate/limited', message: 'Too many requests. Wait a moment and try again.' } };
  }
  if (isDatabaseDown(error)) {
    return { status: 503, body: { code: 'database/unavailable', message: 'The database is unavailable. Try again in a moment.' } };
  }
  logger?.error({ err: error }, 'Unhandled error');
  return { status: 500, body: { code: 'server/internal', message: 'Something went wrong on our side. Try again.' } };
}

export function isDatabaseDown(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}` : '';
  return /ECONNREFUSED|ECONNRESET|57P01|57P03|08006|08001|Connection terminated|DatabaseNotReachable|Can't reach database/i.test(text);
}

@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(AppExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorBody(exception, this.logger);
    if (res.headersSent) return;
    res.status(status).json(body);
  }
}
