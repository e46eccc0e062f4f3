// Errors in Sinch's shape: {"code":"404","message":"...","status":"NOT_FOUND"}, with a BadRequest
// detail listing field violations for 400s. Handlers throw `SandboxHttpError`; the server writes it.
import type { FieldViolation } from '../api/types';

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'DEADLINE_EXCEEDED',
  409: 'ALREADY_EXISTS',
  412: 'FAILED_PRECONDITION',
  413: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export function statusName(httpStatus: number): string {
  return STATUS_NAMES[httpStatus] ?? (httpStatus >= 500 ? 'UNKNOWN' : 'INVALID_ARGUMENT');
}

export interface SinchErrorBody {
  code: string;
  message: string;
  status: string;
  details?: Array<{ type: 'BadRequest'; fieldViolations: FieldViolation[] }>;
}

export class SandboxHttpError extends Error {
  readonly httpStatus: number;
  readonly statusName: string;
  readonly fieldViolations: FieldViolation[];
  readonly headers: Record<string, string>;

  constructor(httpStatus: number, message: string, options: { fieldViolations?: FieldViolation[]; statusName?: string; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'SandboxHttpError';
    this.httpStatus = httpStatus;
    this.statusName = options.statusName ?? statusName(httpStatus);
    this.fieldViolations = options.fieldViolations ?? [];
    this.headers = options.headers ?? {};
  }

  body(): SinchErrorBody {
    return errorBody(this.httpStatus, this.message, this.fieldViolations, this.statusName);
  }
}

export function errorBody(httpStatus: number, message: string, fieldViolations: FieldViolation[] = [], name = statusName(httpStatus)): SinchErrorBody {
  const body: SinchErrorBody = { code: String(httpStatus), message, status: name };
  if (fieldViolations.length > 0) body.details = [{ type: 'BadRequest', fieldViolations }];
  return body;
}

export function invalidArgument(message: string, fieldViolations: FieldViolation[]): SandboxHttpError {
  return new SandboxHttpError(400, message, { fieldViolations });
}

/** A valid request that the resource's current state does not allow (Google's FAILED_PRECONDITION, HTTP 400). */
export function failedPrecondition(message: string, fieldViolations: FieldViolation[] = []): SandboxHttpError {
  return new SandboxHttpError(400, message, { fieldViolations, statusName: 'FAILED_PRECONDITION' });
}

export function notFound(message: string): SandboxHttpError {
  return new SandboxHttpError(404, message);
}

export function alreadyExists(message: string): SandboxHttpError {
  return new SandboxHttpError(409, message);
}
