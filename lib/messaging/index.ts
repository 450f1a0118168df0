// Every message between the extension's contexts, defined once with zod; each context validates what it receives.
export * from './adapter-ids';
export * from './content-messages';
export * from './panel-messages';
export * from './sender';
export * from './editor-actions';
