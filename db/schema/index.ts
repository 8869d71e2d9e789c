export * from './enums';
export * from './organizations';
export * from './people';
export * from './users';
export * from './audit';
