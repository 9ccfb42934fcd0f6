import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { errorStatus } from '@thinline/shared';
import { AppError, type ErrorBody, type ErrorCode } from './app-error.js';
import { isDatabaseDown, isUnstorableText } from './database-errors.js';

const reply = (code: ErrorCode, message: string): { status: number; body: ErrorBody } => ({ status: errorStatus(code), body: { code, message } });

/** Maps anything thrown to `{ code, message }` and the status the shared table gives the code; never a stack trace or SQL. */
export function toErrorBody(error: unknown, logger?: Logger): { status: number; body: ErrorBody } {
  if (error instanceof AppError) return { status: error.status, body: error.toBody() };
  // body-parser errors arrive as plain errors with a type, or wrapped by Nest with a cause.
  const parser = (error as { type?: string; cause?: { type?: string } } | null) ?? {};
  const parserType = parser.type ?? parser.cause?.type;
  if (parserType === 'entity.parse.failed' || error instanceof SyntaxError) return reply('request/invalid-json', 'The request body is not valid JSON.');
  if (parserType === 'entity.too.large') return reply('request/too-large', 'The request body is too large.');
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return reply('http/not-found', 'There is nothing at this address.');
    if (status === 413) return reply('request/too-large', 'The request is too large.');
    if (status === 400) return reply('validation/invalid', error.message);
    if (status === 429) return reply('rate/limited', 'Too many requests. Wait a moment and try again.');
  }
  if (isDatabaseDown(error)) return reply('database/unavailable', 'The database is unavailable. Try again in a moment.');
  if (isUnstorableText(error)) {
    // The contracts refuse such text first; this keeps a field they miss a 400, not a 500.
    return reply('validation/invalid', 'The text contains a character that cannot be stored (such as U+0000).');
  }
  logger?.error({ err: error }, 'Unhandled error');
  return reply('server/internal', 'Something went wrong on our side. Try again.');
}

@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(AppExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorBody(exception, this.logger);
    if (res.headersSent) return;
    if (exception instanceof AppError && exception.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    res.status(status).json(body);
  }
}
