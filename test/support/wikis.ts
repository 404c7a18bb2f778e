// The local MediaWiki wikis that test/e2e/global-setup.ts starts (scripts/wiki.sh), as tests see them via
// `inject('wikis')`. `null` means they are unavailable on this machine (and CI is not set): e2e tests skip then.
import { inject } from 'vitest';

/** Credentials of the bot user on the writable wiki (written by scripts/wiki.sh to .wiki/writable/credentials.json). */
export interface WikiCredentials {
  /** The bot's user name, for `action=login` / `clientlogin` with `password`. */
  username: string;
  password: string;
  /** Bot password login: `lgname` = botUsername ("WikispecBot@wikispec"), `lgpassword` = botPassword. */
  botUsername: string;
  botPassword: string;
  /** Comma-separated grants of the bot password. */
  grants: string;
}

export interface LocalWiki {
  apiUrl: string;
}

export interface LocalWikis {
  /** MediaWiki 1.39 core, Vector only: 121 modules, 955 parameters. Port 8138. */
  core: LocalWiki;
  /** Every extension Debian ships: 142 modules, 1071 parameters. Port 8139. */
  full: LocalWiki;
  /** Core plus uploads, bot passwords and no rate limits. Port 8140. */
  writable: LocalWiki & { credentials: WikiCredentials };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running local wikis, or null when PHP/MediaWiki are unavailable here (see `wikisUnavailable`). */
    wikis: LocalWikis | null;
    /** Why the wikis are unavailable ('' when they are running). */
    wikisUnavailable: string;
  }
}

/** The running wikis, or null (tests then skip: `describe.skipIf(!wikis)`). */
export function localWikis(): LocalWikis | null {
  return inject('wikis');
}
