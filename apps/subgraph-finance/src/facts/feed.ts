/**
 * Where finance reads a domain's facts: the kit's FactFeed (shared with the directory's level consumer). The embedded
 * default pulls each domain's feed over HTTP signed as finance's fact service (`HttpFactFeed`, whose default
 * principal that is); a broker can take its place behind the interface.
 */
export { HttpFactFeed, type FactFeed, type FeedPage } from '@jining/subgraph-kit';
