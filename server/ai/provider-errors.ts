import { APICallError, RetryError } from "ai";

/**
 * What a person reads when the model call fails: the provider's status and its own words, and
 * what to do about it. 429s and 5xx were already retried (with backoff) when this is shown.
 */
export function describeModelError(error: unknown): string {
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  const attempts = RetryError.isInstance(error) ? error.errors.length : 1;
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    // Anthropic's messages ("invalid x-api-key") end without a full stop, and the advice follows.
    const said = cause.message
      .slice(0, 300)
      .trimEnd()
      .replace(/(?<=[\p{L}\p{N}])$/u, ".");
    if (status === 401 || status === 403) {
      return `The provider refused the API key (${status}): ${said} Check the key in Model providers.`;
    }
    if (status === 429) {
      return `The provider is limiting requests (429) and still was after ${attempts} attempts: ${said} Try again in a minute.`;
    }
    if (status !== undefined && status >= 500) {
      return `The provider failed (${status}) ${attempts} times in a row: ${said} Try again later.`;
    }
    // A 2xx here means the answer started and then failed to arrive whole (a dropped stream).
    if (status !== undefined && status >= 400) return `The provider answered ${status}: ${said}`;
    return `The connection to the provider broke off: ${said}`;
  }
  if (cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError")) {
    return "The provider did not answer in time. Try again.";
  }
  return "The model call failed. Try again.";
}
