export { AppError, validationError, statusOf, assertUnreachable, type ErrorCode, type FieldProblem } from './errors.ts';
