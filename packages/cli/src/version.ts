/** gea's version, as in packages/cli/package.json (a test keeps them equal). */
export const VERSION = '0.1.0';
