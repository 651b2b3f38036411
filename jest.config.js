/** Unit, contract and sandbox tests. End-to-end tests in a real n8n run with `npm run test:e2e`. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts', '**/*.test.js'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	setupFilesAfterEnv: ['<rootDir>/test/setup-nock.ts'],
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
	// A hang guard, not a timing bound: jest's 5 s default fails slow tests on a small, busy machine.
	// Bounds are asserted on the fake clock and request counts; timing figures live in bench/.
	testTimeout: 30_000,
	clearMocks: true,
	restoreMocks: true,
};
