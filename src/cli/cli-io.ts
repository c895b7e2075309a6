/** What CLI commands read and write (tests pass in-memory versions). */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}
