/** Unit, contract and sandbox tests. End-to-end tests in a real n8n run with `npm run test:e2e`. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts', '**/*.test.js'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
	setupFilesAfterEnv: ['<rootDir>/test/setup-nock.ts'],
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
	clearMocks: true,
	restoreMocks: true,
};
