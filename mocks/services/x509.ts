/**
 * The X.509 library with what it needs to load (see reflectMetadata.ts), for
 * the simulated cluster (it issues the endpoints' certificates) and as the
 * oracle of src/certificates' tests. The plugin reads certificates with its
 * own small reader (src/certificates/x509Fields.ts), never with this: it is a
 * dev dependency, out of dist/.
 * Import it from here, never from '@peculiar/x509' directly.
 */
import './reflectMetadata';

export * from '@peculiar/x509';
