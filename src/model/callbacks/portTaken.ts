// When the fixed callback port (sinch.callbacks.port) is taken - most often by the listener of
// another VS Code window - the user is told so and offered a free port for this window, or the
// setting. The words and the choice live here; the inspector shows them.

export const USE_FREE_PORT = 'Use a Free Port';
export const OPEN_PORT_SETTING = 'Open Setting';
export const PORT_TAKEN_CHOICES = [USE_FREE_PORT, OPEN_PORT_SETTING] as const;

export type PortTakenAction = 'useFreePort' | 'openSetting' | 'none';

export function portTakenMessage(port: number): string {
  return `The callback listener cannot use port ${port} (sinch.callbacks.port): another VS Code window's listener or another program is using it. ` +
    `Listen on a free port in this window instead? Orders that call back port ${port} reach the other listener.`;
}

/** The button the user clicked (undefined: the notification was closed). */
export function portTakenAction(choice: string | undefined): PortTakenAction {
  if (choice === USE_FREE_PORT) return 'useFreePort';
  if (choice === OPEN_PORT_SETTING) return 'openSetting';
  return 'none';
}

/** Why the listener is not running after the offer was not taken. */
export function portTakenRefusal(port: number): string {
  return `The callback listener did not start: port ${port} is in use. Choose another port in sinch.callbacks.port (0 = any free port), or start the listener again and pick "${USE_FREE_PORT}".`;
}
