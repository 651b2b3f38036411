import type { IDataObject, INodeParameters } from 'n8n-workflow';

/** One request-building scenario of the Fivetran node, checked against Fivetran's OpenAPI facts. */
export interface ContractCase {
	name: string;
	/** Node parameters, including `resource` and `operation`. */
	parameters: INodeParameters;
	/** Input items' json (default: one empty item). */
	input?: IDataObject[];
	/** What the fake Fivetran answers to every request of this case (default: 200 Success with `data: {}`). */
	reply?: { status?: number; body?: IDataObject };
	/** Which node to run (default: the Fivetran action node). */
	node?: 'fivetran';
}
