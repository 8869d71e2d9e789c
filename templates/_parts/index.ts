// Public entry of the shared template parts: document building blocks and field schemas.
export * from './order';
export * from './fields';
