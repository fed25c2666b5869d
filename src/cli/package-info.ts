import packageJson from '../../package.json';

interface PackageInfo {
  version: string;
  homepage?: string;
  repository?: string | { url: string };
}

const info: PackageInfo = packageJson;

export const TOOL_VERSION = info.version;

/** Web address of the source repository when package.json declares one, as https://host/owner/name. */
const REPOSITORY_URL = repositoryUrl(info.repository);

/** Where a user learns about the tool: the homepage, else the repository. */
export const INFORMATION_URL = info.homepage ?? REPOSITORY_URL;

/** What rule doc paths (docs/rules/<id>.md) are appended to for a web link. */
export const DOCS_BASE_URL = REPOSITORY_URL && `${REPOSITORY_URL}/blob/HEAD/`;

function repositoryUrl(repository: PackageInfo['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  const github = /^github:(.+)$/.exec(url) ?? /^([\w.-]+\/[\w.-]+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
}
