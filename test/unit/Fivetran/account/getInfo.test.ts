import nock from 'nock';

import { fivetran, runFivetran, success } from '../../fixtures';

afterEach(() => nock.cleanAll());

describe('Account > Get Info', () => {
	it('GET /account/info: which account and key the credential is for, allowed at Read Only', async () => {
		const info = { account_id: 'acc_1', account_name: 'Acme', user_id: 'admiral_owl' };
		const scope = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/account/info')
			.query((query) => Object.keys(query).length === 0)
			.reply(200, success(info));

		const { items, error } = await runFivetran(
			{ resource: 'account', operation: 'getInfo' },
			{ safetyLevel: 'readOnly' },
		);

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([info]);
	});
});
