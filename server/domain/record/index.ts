// The pure core of the append-only record: canonical form, entries, Merkle tree, signed tree
// heads, bundles and whole-log verification. No I/O: keys, clocks and entries come in as values.
export { canonicalBytes, canonicalJson } from './canonical';
export {
  type EntryData,
  type RecordEntry,
  type RecordEntryType,
  entryBytes,
  entrySchema,
  entryTypes,
  parseEntry,
  textHash,
} from './entries';
export {
  CompactRange,
  EMPTY_ROOT,
  MerkleTree,
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle';
export {
  type SignedTreeHead,
  type TreeHead,
  keyIdOf,
  publicKeyPem,
  signTreeHead,
  signedTreeHeadSchema,
  treeHeadSchema,
  verifyTreeHead,
} from './tree-head';
export { type Bundle, type BuildBundleInput, type VerifyBundleResult, buildBundle, bundleSchema, verifyBundle } from './bundle';
export { type VerifyLogInput, type VerifyLogResult, verifyLog } from './log';
