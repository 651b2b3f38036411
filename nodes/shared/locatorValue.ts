import type { IDataObject } from 'n8n-workflow';

/** A resource locator ({ __rl, value }) or a plain string, trimmed. */
export function locatorValue(raw: unknown): string {
	const value = raw !== null && typeof raw === 'object' ? (raw as IDataObject).value : raw;
	return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}
