// Which peers are this machine. The callback listener and the sandbox's controls answer only them.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Answers by peer address: BlockList.check builds a SocketAddress per call (~10 % of a callback burst's CPU in a profile). */
const known = new Map<string, boolean>();
const MAX_KNOWN = 256;

/** 127.0.0.0/8 or ::1, as Node reports a peer (IPv4, IPv6, or IPv4-mapped IPv6 such as ::ffff:127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const cached = known.get(address);
  if (cached !== undefined) return cached;
  const loopback = isIPv4(address) ? LOOPBACK.check(address, 'ipv4') : isIPv6(address) && LOOPBACK.check(address, 'ipv6');
  // Peers are few (this machine's addresses); a flood of distinct ones only restarts the memo.
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(address, loopback);
  return loopback;
}
