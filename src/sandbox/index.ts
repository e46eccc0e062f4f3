// Public entry of the offline sandbox: the extension's "Use Offline Sandbox", the CLI and every
// test start it through `startSandbox`. Only the public face lives here; the contract is in
// contract.ts and server.ts implements it, so no sandbox file imports this one.
export type { RunningSandbox, SandboxClockMode, SandboxEvent, SandboxFault, SandboxOptions, SandboxRequestLogEntry } from './contract';
export { startSandbox } from './server';
export { TEST_CALLBACK_KINDS, type TestCallbackKind } from './contract';
export { TEST_CALLBACK_NUMBER } from './testCallbacks';
