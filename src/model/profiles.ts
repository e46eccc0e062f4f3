// Named connection profiles. The list (name, project, auth method) is plain data kept in
// globalState; key ID and secret are kept apart, in SecretStorage, under `secretKeyFor(name)`.
// Nothing here holds a secret.
import * as z from '../api/zod';
import { ID_PATTERN } from '../api/paths';
import type { AuthMethod } from '../api/config';

export interface Profile {
  name: string;
  projectId: string;
  authMethod: AuthMethod;
}

export interface ProfileList {
  profiles: Profile[];
  /** The profile to reconnect to on start; undefined when signed out or on the sandbox. */
  active?: string;
  /**
   * Bumped by every write. Several windows share the list: a window adopts a copy only when it is
   * newer than its own, and writes on top of the newest copy it can see, never an older one.
   */
  revision?: number;
}

const profileSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  projectId: z.string().check(z.regex(ID_PATTERN)),
  authMethod: z.enum(['oauth2', 'basic']),
});
const listSchema = z.object({ profiles: z.array(z.unknown()), active: z.optional(z.string()), revision: z.optional(z.number().check(z.int(), z.nonnegative())) });

/** Reads what globalState holds, dropping entries that do not parse (an older or edited state). */
export function parseProfileList(raw: unknown): ProfileList {
  const parsed = listSchema.safeParse(raw);
  if (!parsed.success) return { profiles: [] };
  const profiles = parsed.data.profiles.flatMap((p) => {
    const one = profileSchema.safeParse(p);
    return one.success ? [one.data] : [];
  });
  const active = profiles.some((p) => p.name === parsed.data.active) ? parsed.data.active : undefined;
  return parsed.data.revision === undefined ? { profiles, active } : { profiles, active, revision: parsed.data.revision };
}

/** The newer of two copies of the list (by revision; on a tie, `mine`). */
export function newerProfileList(mine: ProfileList, theirs: ProfileList | undefined): ProfileList {
  return theirs && (theirs.revision ?? 0) > (mine.revision ?? 0) ? theirs : mine;
}

/** A change written on top of the newest copy: the change applied, the revision one past that copy's. */
export function nextProfileList(newest: ProfileList, change: (list: ProfileList) => ProfileList): ProfileList {
  return { ...change(newest), revision: (newest.revision ?? 0) + 1 };
}

/** Adds or replaces the profile of that name and makes it active. */
export function upsertProfile(list: ProfileList, profile: Profile): ProfileList {
  return { profiles: [...list.profiles.filter((p) => p.name !== profile.name), profile], active: profile.name };
}

export function removeProfile(list: ProfileList, name: string): ProfileList {
  return { profiles: list.profiles.filter((p) => p.name !== name), active: list.active === name ? undefined : list.active };
}

/** The SecretStorage key of a profile's credentials (stored together as one JSON value). */
export function secretKeyFor(profileName: string): string {
  return `sinch.credentials/${profileName}`;
}

export interface StoredCredentials {
  keyId: string;
  keySecret: string;
}

export function parseStoredCredentials(raw: string | undefined): StoredCredentials | undefined {
  if (!raw) return undefined;
  try {
    const value = z.object({ keyId: z.string().check(z.minLength(1)), keySecret: z.string().check(z.minLength(1)) }).safeParse(JSON.parse(raw));
    return value.success ? value.data : undefined;
  } catch {
    return undefined;
  }
}

// Input-box validators: undefined when fine, otherwise what to fix.
export function validateProfileName(value: string): string | undefined {
  const name = value.trim();
  if (name === '') return 'Give the profile a name, e.g. production or test.';
  if (name.length > 40) return 'Keep the name under 40 characters.';
  if (!/^[\w .-]+$/.test(name)) return 'Use letters, digits, spaces, ".", "-" and "_".';
  return undefined;
}

export function validateProjectIdInput(value: string): string | undefined {
  const id = value.trim();
  if (id === '') return 'Paste the project ID from the Sinch Customer Dashboard (Settings > Projects).';
  if (!ID_PATTERN.test(id)) return 'A project ID has letters, digits and "-" only, e.g. d1923022-5199-4bb3-a513-c47b3a656bc5.';
  return undefined;
}

export function validateKeyIdInput(value: string): string | undefined {
  const id = value.trim();
  if (id === '') return 'Paste the access key ID (Dashboard > Settings > Access Keys).';
  if (/\s/.test(id) || id.length > 200) return 'An access key ID has no spaces.';
  return undefined;
}

export function validateKeySecretInput(value: string): string | undefined {
  if (value.trim() === '') return 'Paste the key secret shown when the access key was created.';
  if (value.length > 500) return 'That is longer than any key secret.';
  return undefined;
}
