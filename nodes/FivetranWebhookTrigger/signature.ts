import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header Fivetran signs each delivery with when the webhook has a secret. */
export const SIGNATURE_HEADER = 'x-fivetran-signature-256';

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Whether `signature` is the HMAC-SHA256 (hex) of the exact bytes received, keyed with one of
 * `secrets`. Fivetran sends upper-case hex; any case is accepted. Compared in constant time so a
 * forger learns nothing from how long a wrong guess took.
 */
export function isSignedBy(
	rawBody: Buffer,
	signature: string | undefined,
	secrets: readonly string[],
): boolean {
	if (signature === undefined || !HEX_SHA256.test(signature.trim())) return false;
	const received = new Uint8Array(Buffer.from(signature.trim(), 'hex'));
	const body = new Uint8Array(rawBody);
	let valid = false;
	for (const secret of secrets) {
		const expected = new Uint8Array(createHmac('sha256', secret).update(body).digest());
		// No early exit: every candidate secret costs the same.
		if (timingSafeEqual(expected, received)) valid = true;
	}
	return valid;
}
