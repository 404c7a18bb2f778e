/** wikispec's version, shown by --version and used in the default User-Agent. */
export const WIKISPEC_VERSION = '0.1.0';
