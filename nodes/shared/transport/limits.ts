/**
 * Time bounds of one request. Mutable on purpose: the fault-matrix tests shrink them.
 * - requestTimeoutMs: one attempt of an ordinary request.
 * - longRequestTimeoutMs: one attempt of a slow operation (schema reload, setup tests).
 * - retryBudgetMs: all attempts and waits of one request together.
 */
export const transportLimits = {
	requestTimeoutMs: 60_000,
	longRequestTimeoutMs: 300_000,
	retryBudgetMs: 300_000,
};
