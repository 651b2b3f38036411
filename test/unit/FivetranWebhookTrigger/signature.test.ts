import { createHmac } from 'node:crypto';

import { isSignedBy } from '../../../nodes/FivetranWebhookTrigger/signature';

const body = Buffer.from('{"event":"sync_end","connector_id":"sandy_lamb"}');
const secret = 'a'.repeat(64);
const hex = createHmac('sha256', secret).update(body.toString()).digest('hex');

describe('isSignedBy', () => {
	it('accepts the HMAC-SHA256 of the raw body in upper or lower case', () => {
		expect(isSignedBy(body, hex.toUpperCase(), [secret])).toBe(true);
		expect(isSignedBy(body, hex.toLowerCase(), [secret])).toBe(true);
	});

	it('refuses a signature made with another secret', () => {
		expect(isSignedBy(body, hex, ['b'.repeat(64)])).toBe(false);
	});

	it('refuses a changed body with the original signature', () => {
		const tampered = Buffer.from(body.toString().replace('sandy_lamb', 'other_lamb'));
		expect(isSignedBy(tampered, hex, [secret])).toBe(false);
	});

	it('refuses a missing, empty, prefixed or truncated signature', () => {
		expect(isSignedBy(body, undefined, [secret])).toBe(false);
		expect(isSignedBy(body, '', [secret])).toBe(false);
		expect(isSignedBy(body, `sha256=${hex}`, [secret])).toBe(false);
		expect(isSignedBy(body, hex.slice(0, 63), [secret])).toBe(false);
	});

	it('refuses everything when no secret is known', () => {
		expect(isSignedBy(body, hex, [])).toBe(false);
	});

	it('accepts a signature made with any of the known secrets (old and new during a re-key)', () => {
		expect(isSignedBy(body, hex, ['b'.repeat(64), secret])).toBe(true);
	});
});
