// "Sinch: Show Log": the "Sinch" output channel (one line per request, secrets redacted).
import type { CommandContext } from './context';

export function showLog(ctx: CommandContext): void {
  ctx.services.log.show(true);
}
