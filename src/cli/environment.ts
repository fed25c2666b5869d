/** What the CLI takes from its process, passed in so tests can run it in-process. */
export interface CliEnvironment {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  variables: NodeJS.ProcessEnv;
  cwd: string;
}
