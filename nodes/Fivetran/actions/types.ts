import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** How much an operation can change in Fivetran; checked against the credential's safety level. */
export type Access = 'read' | 'write' | 'delete';

export interface FivetranOperation {
	description: INodeProperties[];
	access: Access;
	/** Runs the operation for one input item; returns the Fivetran object(s) to output. */
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

export type OperationMap = Record<string, FivetranOperation>;
