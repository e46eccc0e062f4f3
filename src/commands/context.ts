// What every command handler receives: the shared services plus the sidebar's own parts.
import type { ConnectionManager } from '../connection/connectionManager';
import type { ProfileStore } from '../connection/profileStore';
import type { ExtensionServices } from '../services';
import type { QualifiedNumbersView } from '../views/qualifiedNumbersView';
import type { CallbackDocumentProvider } from './callbacks/callbackDocuments';
import type { NumberDetailsProvider } from './numberDetails';

/** The parts `activate` creates and hands to `registerCommands`. */
export interface SidebarParts {
  readonly services: ExtensionServices;
  readonly connection: ConnectionManager;
  readonly profiles: ProfileStore;
  readonly tree: QualifiedNumbersView;
}

export interface CommandContext extends SidebarParts {
  /** The read-only documents "Show Number Details" opens. */
  readonly details: NumberDetailsProvider;
  /** The read-only documents "Show Callback" opens. */
  readonly callbackDocuments: CallbackDocumentProvider;
}
