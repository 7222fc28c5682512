export { createFileStore, UnsafeFilePathError, type FileStore } from './files.ts';
