// What every command handler receives: the shared services plus the sidebar's own parts.
import type { ConnectionManager } from '../connection/connectionManager';
import type { ProfileStore } from '../connection/profileStore';
import type { ExtensionServices } from '../services';
import type { HostingOrdersView } from '../views/hostingOrdersView';
import type { QualifiedNumbersView } from '../views/qualifiedNumbersView';

export interface CommandContext {
  readonly services: ExtensionServices;
  readonly connection: ConnectionManager;
  readonly profiles: ProfileStore;
  readonly tree: QualifiedNumbersView;
  readonly orders: HostingOrdersView;
}
