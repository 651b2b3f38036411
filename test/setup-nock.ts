import nock from 'nock';

import { openAllAccounts } from '../nodes/shared/transport/accountGate';

// Jest gives each test file its own nock instance but one shared http module: each file takes
// over the interception on start and hands it back at the end. No test may reach a real network.
beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
	nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});
afterEach(() => nock.cleanAll());
// A 429 pauses its account for the whole process (accountGate.ts); each test starts unpaused.
afterEach(() => openAllAccounts());
afterAll(() => nock.restore());
