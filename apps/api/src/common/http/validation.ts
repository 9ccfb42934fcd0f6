import { StandardSchemaValidationPipe } from '@nestjs/common';
import { AppError, describeIssues } from '../errors/app-error.js';

/** Validates every `@Body({ schema })`, `@Query({ schema })`, `@Param(..., { schema })`. */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => new AppError('validation/invalid', describeIssues(issues)),
  });
}
