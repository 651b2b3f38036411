import type { IDataObject } from 'n8n-workflow';

// Shapes of the plain-JavaScript tools (sandbox/, proxy.js) as the fault suite uses them.

export interface ProxiedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	n: number;
}

export type FaultAction =
	| undefined
	| 'pass'
	| 'reset'
	| 'hang'
	| 'applyThen502'
	| 'applyThenReset'
	| 'oddEmpty'
	| 'oddHtml'
	| 'oddNoItems'
	| 'oddDataNull'
	| 'oddCode'
	| 'dropCursor'
	| 'churnCursor'
	| { status: number; body?: unknown; headers?: Record<string, string> }
	| { redirect: string; status?: number }
	| { delayMs: number };

export interface FaultProxy {
	url: string;
	baseUrl: string;
	requests: Array<{
		method: string;
		path: string;
		query: Record<string, string>;
		at: number;
		action: string;
	}>;
	setRule(rule: (req: ProxiedRequest) => FaultAction): void;
	clearRule(): void;
	clearLog(): void;
	close(): Promise<void>;
}

export interface OtherOrigin {
	url: string;
	hits: Array<{ method: string; path: string; authorization: boolean }>;
	readonly receivedAuthorization: boolean;
	close(): Promise<void>;
}

export interface Sandbox {
	url: string;
	baseUrl: string;
	close(): Promise<void>;
	control: {
		reset(options: IDataObject): IDataObject;
		breakConnection(id: string): IDataObject;
		fixConnection(id: string): IDataObject;
		startSync(id: string, options?: IDataObject): IDataObject;
		completeSync(id: string): IDataObject;
		setConnection(id: string, fields: IDataObject): IDataObject;
		stats(): { total: number; byPath: Record<string, number>; byRoute: Record<string, number> };
		deliverWebhookEvent(options: IDataObject): Promise<{
			deliveries: Array<{ webhookId: string; status: number; error?: string }>;
		}>;
		webhookDeliveries(): Array<{ kind: string; status: number; webhookId: string }>;
	};
	state: {
		groups: Map<string, IDataObject>;
		connections: Map<string, IDataObject>;
		destinations: Map<string, IDataObject>;
		webhooks: Map<string, IDataObject>;
	};
}
