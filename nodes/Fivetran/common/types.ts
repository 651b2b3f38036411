import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Access } from '../../shared/access/levels';

/** How much an operation can change in Fivetran; checked against the credential by the guard. */
export type { Access };

export interface FivetranOperation {
	description: INodeProperties[];
	access: Access;
	/** Runs the operation for one input item; returns the Fivetran object(s) to output. */
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
	/**
	 * Runs the operation for several input items at once (their lists read side by side); yields
	 * each item's outcome in item order, as execute() would have ended for it. Optional.
	 */
	executeItems?(this: IExecuteFunctions, itemIndexes: number[]): AsyncIterable<ItemOutcome>;
}

/** How one input item ended: its Fivetran object(s), or the error it threw. */
export type ItemOutcome =
	| { itemIndex: number; result: IDataObject | IDataObject[] }
	| { itemIndex: number; error: unknown };

export type OperationMap = Record<string, FivetranOperation>;
