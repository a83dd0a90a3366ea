/**
 * The X.509 library with what it needs to load (see reflectMetadata.ts).
 * Import certificates code from here, never from '@peculiar/x509' directly.
 */
import './reflectMetadata';

export * from '@peculiar/x509';
