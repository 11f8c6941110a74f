/** class-transformer keeps its @Type metadata here; class-validator-jsonschema reads nested classes from it. */
declare module 'class-transformer/cjs/storage.js' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage.js';
}
