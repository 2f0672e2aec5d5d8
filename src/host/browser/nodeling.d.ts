/** Nodeling's page API: a Node.js-compatible pod running in a Web Worker. */

export type FileContents = string | Uint8Array | ArrayBuffer;

export interface BootOptions {
  /** Absolute paths mapped to contents. */
  files?: Record<string, FileContents>;
  /** `process.env` of every process spawned in the pod. */
  env?: Record<string, string>;
  /** Working directory of spawned processes; `/` by default. */
  cwd?: string;
  /** Register `/nodeling-sw.js` for preview URLs (default true). */
  serviceWorker?: boolean;
  serviceWorkerUrl?: string;
  workerUrl?: string | URL;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
}

export interface PodProcess {
  readonly pid: number;
  /** stdout and stderr, interleaved as written. */
  readonly output: ReadableStream<string>;
  /** stdout alone. A stream nobody reads keeps what is written to it; cancel it to drop that. */
  readonly stdout: ReadableStream<string>;
  /** stderr alone, kept like `stdout`. */
  readonly stderr: ReadableStream<string>;
  /** Resolves with the exit code: 143 after kill(), 137 if the pod's worker had to be replaced. */
  readonly exit: Promise<number>;
  kill(): void;
}

export interface PodFileSystem {
  writeFile(path: string, data: FileContents): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readFile(path: string, encoding: 'utf8' | 'utf-8'): Promise<string>;
}

export interface Pod {
  readonly id: string;
  readonly fs: PodFileSystem;
  on(event: 'server-ready', listener: (port: number, url: string) => void): () => void;
  on(event: 'port', listener: (port: number, type: 'open' | 'close', url: string) => void): () => void;
  off(event: string, listener: (...args: any[]) => void): void;
  /** Only `node` is a command for now; others reject with ENOENT. */
  spawn(command: 'node', args?: string[], options?: SpawnOptions): PodProcess;
  /** Asks the pod's server on the URL's port, without the service worker. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  previewUrl(port: number): string;
  teardown(): Promise<void>;
}

export function boot(options?: BootOptions): Promise<Pod>;
