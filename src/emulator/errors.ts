/** A handled API error: becomes the contract's `{status:false, errors, error_type?}` envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
    readonly extra: { errorType?: string; data?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(errors.join("; "));
  }
}

export const notFound = (what: "Agent" | "Draft" | "Version" | "Branch" | "Revision") => new ApiError(404, [`${what} not found`]);
export const badRequest = (...errors: string[]) => new ApiError(400, errors);
