import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

// The Test button of the "Fivetran Webhook Signing Secret API" credential. The secret is only ever
// sent to Fivetran inside a webhook's create or update, so there is no call to try it with: the
// test checks the value itself, never repeats it, and sends nothing.

/** Shorter secrets make a signature easier to guess; Fivetran itself takes any length. */
export const MIN_SECRET_LENGTH = 16;

export async function fivetranWebhookSecretTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const secret = credential.data?.secret;
	if (typeof secret !== 'string' || secret.trim() === '') {
		return { status: 'Error', message: 'The secret is empty: enter the value to sign with' };
	}
	if (secret.length < MIN_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `The secret has ${secret.length} characters: use at least ${MIN_SECRET_LENGTH} random ones, so that a signature cannot be guessed`,
		};
	}
	return {
		status: 'OK',
		message: 'The secret can sign deliveries (checked here: nothing was sent to Fivetran)',
	};
}
