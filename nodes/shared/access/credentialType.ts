/** The credential type name every node of the package uses. */
export const CREDENTIAL_TYPE = 'fivetranApi';
