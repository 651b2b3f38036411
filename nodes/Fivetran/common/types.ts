import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Access } from '../../shared/access/levels';

/** How much an operation can change in Fivetran; checked against the credential by the guard. */
export type { Access };

export interface FivetranOperation {
	description: INodeProperties[];
	access: Access;
	/** Runs the operation for one input item; returns the Fivetran object(s) to output. */
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

export type OperationMap = Record<string, FivetranOperation>;
