import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type ErrorBody } from './app-error.js';
import { isDatabaseDown, isUnstorableText } from './database-errors.js';

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
  if (isUnstorableText(error)) {
    // The contracts refuse such text first; this keeps a field they miss a 400, not a 500.
    return { status: 400, body: { code: 'validation/invalid', message: 'The text contains a character that cannot be stored (such as U+0000).' } };
  }
  logger?.error({ err: error }, 'Unhandled error');
  return { status: 500, body: { code: 'server/internal', message: 'Something went wrong on our side. Try again.' } };
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
