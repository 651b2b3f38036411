import {
	ICredentialsHelper,
	NodeHelpers,
	UnexpectedError,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeParameters,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type IWorkflowExecuteAdditionalData,
	type Workflow,
} from 'n8n-workflow';

/**
 * Stand-in for n8n's CLI CredentialsHelper (which lives in the `n8n` package, not in n8n-core):
 * serves plain decrypted credentials by type name and applies each credential type's
 * `authenticate` the way n8n does, so `httpRequestWithAuthentication` sends real auth.
 */
export class HarnessCredentialsHelper extends ICredentialsHelper {
	private readonly types = new Map<string, ICredentialType>();

	constructor(
		private readonly credentials: Record<string, ICredentialDataDecryptedObject>,
		credentialTypes: ICredentialType[],
	) {
		super();
		for (const type of credentialTypes) this.types.set(type.name, type);
	}

	getParentTypes(name: string): string[] {
		const parents = this.types.get(name)?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const credentialType = this.types.get(type);
		if (!credentialType) throw new UnexpectedError(`Unknown credential type "${type}"`);
		const inherited = (credentialType.extends ?? []).flatMap((parent) =>
			this.types.has(parent) ? this.getCredentialsProperties(parent) : [],
		);
		return [...inherited, ...credentialType.properties];
	}

	/** Like n8n: returns the stored values with the credential type's defaults filled in. */
	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = this.credentials[type];
		if (!stored) throw new UnexpectedError(`Harness has no credentials of type "${type}"`);
		const properties = this.types.has(type) ? this.getCredentialsProperties(type) : [];
		const withDefaults = NodeHelpers.getNodeParameters(
			properties,
			stored as INodeParameters,
			true,
			false,
			null,
			null,
		);
		return { ...stored, ...(withDefaults as ICredentialDataDecryptedObject) };
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const authenticate = this.types.get(typeName)?.authenticate;
		if (!authenticate) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!workflow || !node)
			throw new UnexpectedError('Generic authentication needs workflow and node');

		// Generic auth: every `={{ $credentials.x }}` key/value is resolved and merged into the
		// request section it names (auth, headers, qs, body), as n8n's CredentialsHelper does.
		const resolve = (value: unknown) => resolveWithCredentials(value, credentials, workflow, node);
		const target = options as unknown as Record<string, IDataObject | undefined>;
		for (const [section, entries] of Object.entries(authenticate.properties)) {
			const merged: IDataObject = { ...(target[section] ?? {}) };
			for (const [key, value] of Object.entries(entries as IDataObject)) {
				merged[String(resolve(key))] = resolve(value) as IDataObject[string];
			}
			target[section] = merged;
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.types.get(typeName);
		if (!credentialType?.preAuthentication) return undefined;
		// n8n only refreshes an `expirable` field when it is empty or the request got a 401.
		const expirable = credentialType.properties.find((property) => property.typeOptions?.expirable);
		if (!expirable) return undefined;
		if (!credentialsExpired && credentials[expirable.name]) return undefined;
		return await this.runPreAuthentication(helpers, credentials, typeName);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const preAuthentication = this.types.get(typeName)?.preAuthentication;
		if (!preAuthentication) return undefined;
		return (await preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		throw new UnexpectedError(`Harness does not serve encrypted credentials (asked for "${type}")`);
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}
}

function resolveWithCredentials(
	value: unknown,
	credentials: ICredentialDataDecryptedObject,
	workflow: Workflow,
	node: INode,
): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return workflow.expression.getParameterValue(
		value,
		null,
		0,
		0,
		node.name,
		[],
		'internal',
		{ $credentials: credentials },
		undefined,
		false,
		credentials,
	);
}
