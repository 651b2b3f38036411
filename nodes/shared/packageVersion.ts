/**
 * This package's version, sent in the User-Agent. A constant rather than an import of package.json:
 * the import would make tsc copy package.json into dist/ and so into the published tarball.
 * test/package/version.test.ts keeps it equal to package.json; scripts/sync-version.js rewrites it
 * (run by `n8n-node release` through .release-it.json after the version bump).
 */
export const PACKAGE_VERSION = '0.1.0';
