/** The framework-free core of Citegraph: formats, transcript reading, anchoring, compiling. */
export * from './schema';
export * from './diagnostics';
export * from './transcript';
export * from './input-checks';
export * from './anchor';
export * from './annotations';
export * from './compile';
export * from './report';
export * from './query';
export * from './search';
export * from './export';
export * from './sequence';
