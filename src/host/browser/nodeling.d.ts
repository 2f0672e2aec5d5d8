/** Nodeling's page API: a Node.js-compatible pod running in a Web Worker. */

export type FileContents = string | Uint8Array | ArrayBuffer;

export interface BootOptions {
  /**
   * Absolute paths mapped to contents. With `persist`, they seed only the
   * first boot of that key (when nothing is stored under it yet): later
   * boots start from the stored files, so a reload keeps the user's edits.
   */
  files?: Record<string, FileContents>;
  /** `process.env` of every process spawned in the pod. */
  env?: Record<string, string>;
  /** Working directory of spawned processes and of relative `pod.fs` paths; `/` by default. */
  cwd?: string;
  /**
   * Keeps the pod's files across page reloads, in IndexedDB (database
   * `nodeling:<key>`), written behind the pod without blocking it. A
   * `pod.fs` change that resolved, and every file a process wrote before its
   * `exit` resolved, is stored. One page at a time per key.
   */
  persist?: string;
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
  /**
   * Resolves with the exit code (143 after kill(), 137 if the pod's worker
   * had to be replaced), once the files the process wrote are stored when
   * the pod persists.
   */
  readonly exit: Promise<number>;
  kill(): void;
}

/** Node's encodings; 'buffer' (or none) gives bytes. */
export type BufferEncoding =
  | 'utf8' | 'utf-8' | 'latin1' | 'binary' | 'ascii' | 'hex' | 'base64' | 'base64url'
  | 'utf16le' | 'utf-16le' | 'ucs2' | 'ucs-2';

/** Node's `fs.Stats` fields and type tests. */
export interface Stats {
  dev: number; ino: number; mode: number; nlink: number; uid: number; gid: number; rdev: number;
  size: number; blksize: number; blocks: number;
  atimeMs: number; mtimeMs: number; ctimeMs: number; birthtimeMs: number;
  atime: Date; mtime: Date; ctime: Date; birthtime: Date;
  isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean;
  isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean;
}

export interface Dirent<Name = string> {
  name: Name;
  /** The directory as it was passed to readdir. */
  parentPath: string;
  isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean;
  isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean;
}

/** WebContainer's tree of files: names mapped to nodes. */
export interface FileSystemTree {
  [name: string]: FileNode | SymlinkNode | DirectoryNode;
}
export interface FileNode { file: { contents: string | Uint8Array } }
export interface SymlinkNode { file: { symlink: string } }
export interface DirectoryNode { directory: FileSystemTree }

export interface ExportOptions {
  /**
   * 'json' (default): contents that are UTF-8 text as strings, others as
   * Uint8Array, so nothing is lost; 'binary': every contents a Uint8Array.
   * Both give a FileSystemTree (WebContainer's 'binary' gives a snapshot
   * instead); 'zip' rejects with ERR_METHOD_NOT_IMPLEMENTED.
   */
  format?: 'json' | 'binary' | 'zip';
  /** Globs (`*`, `?`, `**`) relative to the exported directory: paths to leave out, with what is below them. */
  excludes?: string[];
  /** Globs of paths to keep even inside an excluded directory. */
  includes?: string[];
}

/**
 * The pod's files, seen from the page: the same tree the pod's processes
 * see, at once (each call is answered by the pod's worker between two turns
 * of its event loops). Modelled on Node's `fs.promises`: relative paths
 * resolve against the pod's `cwd`, errors are Node's (`code`, `errno`,
 * `syscall`, `path`, `dest`, and messages like
 * `ENOENT: no such file or directory, open '/x'`). A change resolves once it
 * is stored when the pod persists, or rejects with the storage's error.
 */
export interface PodFileSystem {
  readFile(path: string | URL, options?: 'buffer' | { encoding?: null | 'buffer'; flag?: string | number } | null): Promise<Uint8Array>;
  readFile(path: string | URL, options: BufferEncoding | { encoding: BufferEncoding; flag?: string | number }): Promise<string>;
  /** The parent directory must exist, as in Node. */
  writeFile(
    path: string | URL,
    data: string | ArrayBufferView | ArrayBuffer,
    options?: BufferEncoding | { encoding?: BufferEncoding | null; mode?: number | string; flag?: string | number } | null,
  ): Promise<void>;
  /** Names sorted by their bytes. */
  readdir(path: string | URL, options?: BufferEncoding | { encoding?: BufferEncoding | null; withFileTypes?: false }): Promise<string[]>;
  readdir(path: string | URL, options: 'buffer' | { encoding: 'buffer'; withFileTypes?: false }): Promise<Uint8Array[]>;
  readdir(path: string | URL, options: { encoding?: BufferEncoding | null; withFileTypes: true }): Promise<Dirent[]>;
  /** With `recursive`, resolves with the first directory made (as Node does), else undefined. */
  mkdir(path: string | URL, options?: number | string | { recursive?: boolean; mode?: number | string }): Promise<string | undefined>;
  /** A directory needs `recursive` (else ERR_FS_EISDIR); `force` ignores a missing path. */
  rm(path: string | URL, options?: { recursive?: boolean; force?: boolean; maxRetries?: number; retryDelay?: number }): Promise<void>;
  stat(path: string | URL): Promise<Stats>;
  lstat(path: string | URL): Promise<Stats>;
  rename(oldPath: string | URL, newPath: string | URL): Promise<void>;
  symlink(target: string, path: string | URL): Promise<void>;
  readlink(path: string | URL, options?: BufferEncoding | { encoding?: BufferEncoding | null }): Promise<string>;
  /**
   * Writes a whole tree in one call below `mountPoint` (the cwd by default;
   * made if missing): files as writeFile writes them, directories unless one
   * is there, symbolic links in place of anything but a directory.
   * WebContainer's binary snapshots (a Uint8Array) reject with
   * ERR_METHOD_NOT_IMPLEMENTED.
   */
  mount(tree: FileSystemTree, options?: { mountPoint?: string }): Promise<void>;
  /** The directory at `path` (default `/`) as a FileSystemTree, which `mount` takes back. */
  export(path?: string, options?: ExportOptions): Promise<FileSystemTree>;
}

export interface Pod {
  readonly id: string;
  readonly fs: PodFileSystem;
  on(event: 'server-ready', listener: (port: number, url: string) => void): () => void;
  on(event: 'port', listener: (port: number, type: 'open' | 'close', url: string) => void): () => void;
  /** Storing the files failed (quota, a closed database); the pod goes on in memory. */
  on(event: 'error', listener: (error: { message: string }) => void): () => void;
  off(event: string, listener: (...args: any[]) => void): void;
  /** Only `node` is a command for now; others reject with ENOENT. */
  spawn(command: 'node', args?: string[], options?: SpawnOptions): PodProcess;
  /** Asks the pod's server on the URL's port, without the service worker. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  previewUrl(port: number): string;
  /** Ends every process; resolves once every change the pod made is stored. */
  teardown(): Promise<void>;
}

export function boot(options?: BootOptions): Promise<Pod>;
