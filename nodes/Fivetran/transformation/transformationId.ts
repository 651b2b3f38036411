import type { IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../common/validate';

/** The item's Transformation ID, validated and URL-encoded: `/transformations/{id}`. */
export function transformationPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/transformations/${readId(ctx, 'transformationId', itemIndex)}`;
}

/** The plain ID back from a path built by transformationPath, for outputs and messages. */
export function idOfPath(path: string): string {
	return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
