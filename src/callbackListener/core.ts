// Everything the callback inspector runs, as one bundle (dist/callbackCore.js) the extension
// requires on first use (src/inspector/callbackCore.ts): the activation bundle stays within its
// size budget (BENCHMARKS.md), as with the sandbox.
export { CallbackInbox } from '../model/callbacks/inbox';
export { callbackDocument, callbackLine, callbackRow, callbackTooltip, exportCallbacks } from '../model/callbacks/presentation';
export { parseCallbackBody } from '../model/callbacks/event';
export { PORT_TAKEN_CHOICES, portTakenAction, portTakenMessage, portTakenRefusal } from '../model/callbacks/portTaken';
export { rawBody, sendOutcomeWords } from '../model/callbacks/record';
export { checkSendTarget } from '../model/callbacks/sendTarget';
export { SIGNATURE_HEADER, trustsDelivery, verdictPhrase, verifyCallbackSignature } from '../model/callbacks/signature';
export { eventTypeWords, resourceWords, statusWords } from '../model/callbacks/words';
export { sendCallback } from './send';
export { startListener } from './server';
