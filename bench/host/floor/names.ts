// The floor extension's names, shared by the extension and the bench section that drives it.
export const FLOOR_COMMAND = 'sinchBench.openEmptyPanel';
export const FLOOR_TITLE = 'Open Empty Webview Panel';
export const FLOOR_CATEGORY = 'Bench';
export const FLOOR_PANEL_TITLE = 'Empty Panel';
