import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

/**
 * Names one registration in this process: the node's production webhook, or its test webhook
 * while the editor listens. (A webhook call cannot ask for its own test URL in every n8n version,
 * so the key is built from the workflow, the node and the mode instead.)
 */
export function registrationKey(ctx: IHookFunctions | IWebhookFunctions): string {
	const kind = ctx.getMode() === 'manual' ? 'test' : 'live';
	return `${ctx.getWorkflow().id ?? ''}/${ctx.getNode().id}/${kind}`;
}
