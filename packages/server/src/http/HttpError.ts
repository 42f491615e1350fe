import { errorStatus } from '@keylink/contract';
import type { ConnectorError, ErrorBody, ErrorCode } from '@keylink/contract';

type ErrorDetails = Omit<ErrorBody['error'], 'code' | 'message' | 'requestId'>;

/** An error answered as `{ error: { code, message, … } }` with the code's HTTP status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails;
  /** Headers the answer carries besides the usual ones (e.g. Allow, WWW-Authenticate). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.code = code;
    this.status = errorStatus[code];
    this.details = details;
    this.headers = headers;
  }

  body(requestId: string | undefined): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...this.details,
        ...(requestId === undefined ? {} : { requestId }),
      },
    };
  }
}

/** A connector's error as Keylink answers it (its message is written for people already). */
export function fromConnectorError(error: ConnectorError): HttpError {
  return new HttpError(
    error.code,
    error.message,
    error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds },
  );
}
