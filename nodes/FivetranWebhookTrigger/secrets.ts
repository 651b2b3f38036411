// A webhook call cannot see static data written during registration until n8n has saved it,
// yet Fivetran sends its test delivery while the registration request is still open, and the
// editor's "listen for test event" never saves static data at all. So the secret of each
// registration this process made is also kept here (by registrationKey) until it is deleted.

interface KnownSecret {
	secret: string;
	/** True while the create/update request that makes Fivetran send its test delivery runs. */
	registering: boolean;
}

const byKey = new Map<string, KnownSecret>();

export function rememberSecret(key: string, secret: string, registering: boolean): void {
	byKey.set(key, { secret, registering });
}

export function secretKnownFor(key: string): string | undefined {
	return byKey.get(key)?.secret;
}

export function isRegistering(key: string): boolean {
	return byKey.get(key)?.registering === true;
}

export function forgetSecret(key: string): void {
	byKey.delete(key);
}
