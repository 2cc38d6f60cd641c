import { ERROR_MESSAGES, type ErrorCode } from '../../core/errors.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  CSRF_FAILED: 403,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  PLAN_NUMBER_EXISTS: 409,
  IMPORT_NOT_DRAFT: 409,
  UNIT_HAS_CHILDREN: 409,
  UNIT_IN_USE: 409,
  FILE_TOO_LARGE: 413,
  LOGIN_RATE_LIMITED: 429,
  RATE_LIMITED: 429,
  REPORT_LOCKED: 409,
  REPORT_WRONG_STATUS: 409,
  REPORT_APPROVAL_REQUIRED: 403,
  REPORT_INCOMPLETE: 400,
  UNIT_STILL_ACTIVE: 409,
  SUCCESSORS_UNCONFIRMED: 409,
  INTERNAL: 500,
};

/** An expected failure of a use case: a stable code, a status, a Vietnamese message. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.status = STATUS[code] ?? 400;
  }
}

export const notFound = (what?: string) => new AppError('NOT_FOUND', what ? { what } : undefined);
export const forbidden = () => new AppError('FORBIDDEN');
export const outOfScope = () => new AppError('OUT_OF_SCOPE');
export const conflict = (current?: unknown) => new AppError('VERSION_CONFLICT', current === undefined ? undefined : { current });
