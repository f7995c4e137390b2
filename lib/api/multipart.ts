/**
 * Reading a multipart body: a truncated or boundary-less body is the caller's mistake (400 in the envelope), not
 * a server error (it used to be a 500 with undici's TypeError).
 */
import { ApiError } from "./errors.ts";

/**
 * The request's form data, or ApiError 400 invalid_multipart.
 *
 * @example
 * const form = await readMultipart(request);
 */
export async function readMultipart(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new ApiError(
      400,
      "invalid_multipart",
      "The multipart/form-data body could not be read (missing boundary or truncated body).",
    );
  }
}
