'use strict';
// The e2e credential "Fivetran webhook signing (e2e)" (type fivetranWebhookSecretApi) holds this
// secret: the webhook case checks the sandbox received it and that no stored execution holds it.
module.exports = { WEBHOOK_SIGNING_SECRET: 'e2e-webhook-signing-secret-0123456789' };
