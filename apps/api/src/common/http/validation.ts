import { StandardSchemaValidationPipe } from '@nestjs/common';
import { AppError, describeIssues, issuesCode } from '../errors/app-error.js';

/**
 * Validates every `@Body({ schema })`, `@Query({ schema })`, `@Param(..., { schema })`; a bad
 * ownership mapping field gets that field's code (e.g. workshop/invalid-paths).
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => new AppError(issuesCode(issues, 'validation/invalid'), describeIssues(issues)),
  });
}
