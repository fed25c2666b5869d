import type { ApiInfo, ModuleTable } from './types';
import {
  asyncIo,
  blocking,
  creates,
  listenerApi,
  none,
  parsesText,
  readsContent,
  requestsContent,
  serialises,
  threadpool,
} from './api-builders';

/**
 * Cloud and SaaS SDKs, databases and queues, file and process helpers, configuration loaders and caches.
 * Checked against the packages' code: @google-cloud/storage 7.22, firebase-admin 13.10, @azure/storage-blob 12.32,
 * stripe 23.2, twilio 6.3, @octokit/rest 22.0, @slack/web-api 8.2, googleapis 178, openai 6.49, @anthropic-ai/sdk 1.17,
 * cassandra-driver 4.10, @elastic/elasticsearch 9.4, level 10 / classic-level 3, lmdb 3.5, lowdb 7, nats 2.29,
 * mqtt 5.16, bee-queue 2.0, agenda 6.2, zeromq 6.8, temp 0.9, cpy 13, ncp 2, cacache 20, node-stream-zip 1.16,
 * tree-kill 1.2, ps-list 9, pidusage 4, clipboardy 5, tar-stream 3, tar-fs 3, unzipper 0.12, decompress 4.2,
 * extract-zip 2, compressing 2.1, cosmiconfig 9, lilconfig 3, rc 1.2, keyv 5.6, lru-cache 11, node-cache 5.1,
 * quick-lru 7.3.
 */

// ---------------------------------------------------------------- cloud and SaaS SDKs

/** Signs a URL or builds a string locally (an HMAC or an RSA signature with a key the client holds). */
const signsLocally: ApiInfo = { effect: 'none', note: 'signs locally with the key the client holds; no request' };

const googleCloudStorageTables: ModuleTable[] = [
  {
    module: '@google-cloud/storage',
    api: {
      Storage: creates('@google-cloud/storage#Storage'),
      TransferManager: creates('@google-cloud/storage#TransferManager'),
      Bucket: creates('@google-cloud/storage#Bucket'),
      File: creates('@google-cloud/storage#File'),
    },
  },
  {
    module: '@google-cloud/storage#Storage',
    defaultEffect: 'async-io',
    api: {
      bucket: creates('@google-cloud/storage#Bucket'),
      hmacKey: none,
      channel: none,
      createBucket: creates('@google-cloud/storage#Bucket', 'async-io'),
    },
  },
  {
    // Every other method (exists, getFiles, upload, deleteFiles, getMetadata ...) is a request.
    module: '@google-cloud/storage#Bucket',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      file: creates('@google-cloud/storage#File'),
      notification: none,
      setUserProject: none,
    },
  },
  {
    module: '@google-cloud/storage#File',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      download: requestsContent,
      createReadStream: asyncIo,
      createWriteStream: asyncIo,
      publicUrl: none,
      setEncryptionKey: none,
      setUserProject: none,
      // getSignedUrl signs with the service account key when it has one, through the IAM signBlob API otherwise.
      getSignedUrl: asyncIo,
    },
  },
  { module: '@google-cloud/storage#TransferManager', defaultEffect: 'async-io', api: {} },
];

const firebaseFieldValues: Record<string, ApiInfo> = {
  'FieldValue.serverTimestamp': none,
  'FieldValue.increment': none,
  'FieldValue.arrayUnion': none,
  'FieldValue.arrayRemove': none,
  'FieldValue.delete': none,
  'Timestamp.now': none,
  'Timestamp.fromDate': none,
  'Timestamp.fromMillis': none,
  'FieldPath.documentId': none,
  'Filter.where': none,
  'Filter.and': none,
  'Filter.or': none,
};

const readsServiceAccountFile: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'pass the parsed key object, read once at start-up',
  note: 'given a path, reads the key file with fs.readFileSync',
};

/** The query builders of a Firestore query: each returns a new query, no request. */
const firestoreQueryBuilders: Record<string, ApiInfo> = Object.fromEntries(
  ['where', 'orderBy', 'limit', 'limitToLast', 'offset', 'startAt', 'startAfter', 'endAt', 'endBefore', 'select', 'withConverter', 'findNearest'].map(
    (name) => [name, creates('firebase-admin#Query')],
  ),
);

const firebaseAdminTables: ModuleTable[] = [
  {
    // The namespaced API: admin.initializeApp(), admin.firestore(), admin.auth() ...
    module: 'firebase-admin',
    api: {
      initializeApp: creates('firebase-admin#App'),
      app: creates('firebase-admin#App'),
      firestore: creates('firebase-admin#Firestore'),
      auth: creates('firebase-admin#Auth'),
      storage: creates('firebase-admin#Storage'),
      messaging: creates('firebase-admin#Messaging'),
      database: creates('firebase-admin#Database'),
      'credential.cert': readsServiceAccountFile,
      'credential.refreshToken': readsServiceAccountFile,
      'credential.applicationDefault': none,
      ...Object.fromEntries(Object.entries(firebaseFieldValues).map(([key, info]) => [`firestore.${key}`, info])),
    },
  },
  {
    module: 'firebase-admin#App',
    api: {
      firestore: creates('firebase-admin#Firestore'),
      auth: creates('firebase-admin#Auth'),
      storage: creates('firebase-admin#Storage'),
      messaging: creates('firebase-admin#Messaging'),
      database: creates('firebase-admin#Database'),
      delete: asyncIo,
    },
  },
  {
    module: 'firebase-admin/app',
    api: {
      initializeApp: creates('firebase-admin#App'),
      getApp: creates('firebase-admin#App'),
      getApps: none,
      deleteApp: asyncIo,
      cert: readsServiceAccountFile,
      refreshToken: readsServiceAccountFile,
      applicationDefault: none,
    },
  },
  {
    module: 'firebase-admin/firestore',
    api: {
      getFirestore: creates('firebase-admin#Firestore'),
      initializeFirestore: creates('firebase-admin#Firestore'),
      Firestore: creates('firebase-admin#Firestore'),
      ...firebaseFieldValues,
    },
  },
  { module: 'firebase-admin/auth', api: { getAuth: creates('firebase-admin#Auth') } },
  { module: 'firebase-admin/storage', api: { getStorage: creates('firebase-admin#Storage'), getDownloadURL: asyncIo } },
  { module: 'firebase-admin/messaging', api: { getMessaging: creates('firebase-admin#Messaging') } },
  {
    module: 'firebase-admin/database',
    api: { getDatabase: creates('firebase-admin#Database'), getDatabaseWithUrl: creates('firebase-admin#Database'), ServerValue: none },
  },
  {
    module: 'firebase-admin#Firestore',
    defaultEffect: 'async-io',
    api: {
      collection: creates('firebase-admin#CollectionReference'),
      collectionGroup: creates('firebase-admin#Query'),
      doc: creates('firebase-admin#DocumentReference'),
      batch: creates('firebase-admin#WriteBatch'),
      bulkWriter: creates('firebase-admin#BulkWriter'),
      bundle: none,
      settings: none,
      // runTransaction, getAll, listCollections, recursiveDelete, terminate: requests.
    },
  },
  {
    module: 'firebase-admin#Query',
    defaultEffect: 'async-io',
    api: { ...firestoreQueryBuilders, count: creates('firebase-admin#AggregateQuery'), aggregate: creates('firebase-admin#AggregateQuery'), isEqual: none },
  },
  {
    module: 'firebase-admin#CollectionReference',
    extends: 'firebase-admin#Query',
    api: { doc: creates('firebase-admin#DocumentReference'), add: creates('firebase-admin#DocumentReference', 'async-io') },
  },
  {
    // get, set, update, delete, create, onSnapshot, listCollections: requests (onSnapshot keeps a stream open).
    module: 'firebase-admin#DocumentReference',
    defaultEffect: 'async-io',
    api: { collection: creates('firebase-admin#CollectionReference'), withConverter: creates('firebase-admin#DocumentReference'), isEqual: none },
  },
  { module: 'firebase-admin#AggregateQuery', defaultEffect: 'async-io', api: { isEqual: none } },
  {
    // Writes are collected and sent by commit().
    module: 'firebase-admin#WriteBatch',
    api: { set: none, update: none, delete: none, create: none, commit: asyncIo },
  },
  {
    module: 'firebase-admin#BulkWriter',
    api: { set: asyncIo, update: asyncIo, delete: asyncIo, create: asyncIo, flush: asyncIo, close: asyncIo, onWriteError: none, onWriteResult: none },
  },
  {
    // createCustomToken signs with the service account's key on the calling thread when it has one (one RSA signature).
    module: 'firebase-admin#Auth',
    defaultEffect: 'async-io',
    api: { tenantManager: none, projectConfigManager: none },
  },
  {
    module: 'firebase-admin#Storage',
    api: { bucket: creates('@google-cloud/storage#Bucket') },
  },
  { module: 'firebase-admin#Messaging', defaultEffect: 'async-io', api: {} },
  {
    module: 'firebase-admin#Database',
    defaultEffect: 'async-io',
    api: { ref: creates('firebase-admin#DatabaseReference'), refFromURL: creates('firebase-admin#DatabaseReference'), goOnline: none, goOffline: none },
  },
  {
    // get, set, update, push, remove, once, on, transaction: requests or a listener on the open connection.
    module: 'firebase-admin#DatabaseReference',
    defaultEffect: 'async-io',
    api: {
      ...Object.fromEntries(
        ['child', 'orderByChild', 'orderByKey', 'orderByValue', 'orderByPriority', 'limitToFirst', 'limitToLast', 'startAt', 'startAfter', 'endAt', 'endBefore', 'equalTo'].map(
          (name) => [name, creates('firebase-admin#DatabaseReference')],
        ),
      ),
      off: none,
      toString: none,
      toJSON: none,
      isEqual: none,
    },
  },
];

/** A blob client of any kind (BlobClient, BlockBlobClient, AppendBlobClient, PageBlobClient). */
const azureBlobClient = creates('@azure/storage-blob#BlobClient');

const azureBlobTables: ModuleTable[] = [
  {
    module: '@azure/storage-blob',
    api: {
      BlobServiceClient: creates('@azure/storage-blob#BlobServiceClient'),
      'BlobServiceClient.fromConnectionString': creates('@azure/storage-blob#BlobServiceClient'),
      ContainerClient: creates('@azure/storage-blob#ContainerClient'),
      BlobClient: azureBlobClient,
      BlockBlobClient: azureBlobClient,
      AppendBlobClient: azureBlobClient,
      PageBlobClient: azureBlobClient,
      BlobLeaseClient: creates('@azure/storage-blob#BlobLeaseClient'),
      BlobBatchClient: creates('@azure/storage-blob#BlobBatchClient'),
      BlobBatch: none,
      StorageSharedKeyCredential: none,
      AnonymousCredential: none,
      newPipeline: none,
      generateBlobSASQueryParameters: signsLocally,
      generateAccountSASQueryParameters: signsLocally,
    },
  },
  {
    module: '@azure/storage-blob#BlobServiceClient',
    defaultEffect: 'async-io',
    api: {
      getContainerClient: creates('@azure/storage-blob#ContainerClient'),
      getBlobBatchClient: creates('@azure/storage-blob#BlobBatchClient'),
      generateAccountSasUrl: signsLocally,
      generateSasStringToSign: none,
    },
  },
  {
    module: '@azure/storage-blob#ContainerClient',
    defaultEffect: 'async-io',
    api: {
      getBlobClient: azureBlobClient,
      getBlockBlobClient: azureBlobClient,
      getAppendBlobClient: azureBlobClient,
      getPageBlobClient: azureBlobClient,
      getBlobLeaseClient: creates('@azure/storage-blob#BlobLeaseClient'),
      getBlobBatchClient: creates('@azure/storage-blob#BlobBatchClient'),
      // Returns a promise but computes the HMAC in place (and user-delegation SAS from a key fetched beforehand).
      generateSasUrl: signsLocally,
      generateUserDelegationSasUrl: signsLocally,
      generateSasStringToSign: none,
      generateUserDelegationSasStringToSign: none,
    },
  },
  {
    // upload, uploadData, uploadFile, uploadStream, stageBlock, exists, delete, setMetadata ...: requests.
    module: '@azure/storage-blob#BlobClient',
    defaultEffect: 'async-io',
    api: {
      download: requestsContent,
      downloadToBuffer: requestsContent,
      downloadToFile: asyncIo,
      withSnapshot: azureBlobClient,
      withVersion: azureBlobClient,
      getBlockBlobClient: azureBlobClient,
      getAppendBlobClient: azureBlobClient,
      getPageBlobClient: azureBlobClient,
      getBlobLeaseClient: creates('@azure/storage-blob#BlobLeaseClient'),
      generateSasUrl: signsLocally,
      generateUserDelegationSasUrl: signsLocally,
      generateSasStringToSign: none,
      generateUserDelegationSasStringToSign: none,
    },
  },
  { module: '@azure/storage-blob#BlobLeaseClient', defaultEffect: 'async-io', api: {} },
  { module: '@azure/storage-blob#BlobBatchClient', defaultEffect: 'async-io', api: { createBatch: none } },
];

const stripeWebhooks: Record<string, ApiInfo> = {
  'webhooks.constructEvent': { ...parsesText, alternative: 'parse in a worker thread', note: 'checks the HMAC and parses the payload on the calling thread' },
  'webhooks.constructEventAsync': {
    ...parsesText,
    alternative: 'parse in a worker thread',
    note: 'returns a promise, but checks the HMAC and parses the payload on the calling thread',
  },
  'webhooks.constructEventWithoutVerification': parsesText,
  'webhooks.generateTestHeaderString': none,
  'webhooks.generateTestHeaderStringAsync': none,
  'webhooks.signature.verifyHeader': none,
};

const sdkTables: ModuleTable[] = [
  {
    // `new Stripe(key)` or `Stripe(key)`; stripe.customers.create(...) and every other resource method is a request.
    module: 'stripe',
    api: {
      '': creates('stripe#Stripe'),
      Stripe: creates('stripe#Stripe'),
      createFetchHttpClient: none,
      createNodeHttpClient: none,
      createSubtleCryptoProvider: none,
      createNodeCryptoProvider: none,
      ...stripeWebhooks,
    },
  },
  {
    module: 'stripe#Stripe',
    defaultEffect: 'async-io',
    api: { ...listenerApi, ...stripeWebhooks, getApiField: none, getConstant: none, getMaxNetworkRetries: none, setAppInfo: none },
  },
  {
    // twilio(sid, token).messages.create(...): the resource getters are lazy, every call on them is a request.
    module: 'twilio',
    api: {
      '': creates('twilio#Twilio'),
      Twilio: creates('twilio#Twilio'),
      validateRequest: none,
      validateRequestWithBody: none,
      validateBody: none,
      validateExpressRequest: none,
      validateIncomingRequest: none,
      getExpectedTwilioSignature: none,
      getExpectedBodyHash: none,
      webhook: none,
      'twiml.VoiceResponse': none,
      'twiml.MessagingResponse': none,
      'twiml.FaxResponse': none,
      'jwt.AccessToken': none,
      'jwt.ClientCapability': none,
      'jwt.ValidationToken': none,
      RequestClient: none,
    },
  },
  { module: 'twilio#Twilio', defaultEffect: 'async-io', api: {} },
  {
    module: '@octokit/rest',
    api: { Octokit: creates('@octokit/rest#Octokit'), 'Octokit.plugin': none, 'Octokit.defaults': none },
  },
  {
    // octokit.rest.repos.get, octokit.repos.get, octokit.request, octokit.graphql, octokit.paginate: requests.
    module: '@octokit/rest#Octokit',
    defaultEffect: 'async-io',
    api: {
      'hook.before': { effect: 'none', handlers: true },
      'hook.after': { effect: 'none', handlers: true },
      'hook.error': { effect: 'none', handlers: true },
      'hook.wrap': { effect: 'none', handlers: true },
      'log.debug': none,
      'log.info': none,
      'log.warn': none,
      'log.error': none,
      'request.endpoint': none,
      'request.endpoint.merge': none,
      'request.endpoint.parse': none,
      'request.defaults': none,
      'graphql.defaults': none,
    },
  },
  {
    module: '@slack/web-api',
    api: { WebClient: creates('@slack/web-api#WebClient'), addAppMetadata: none },
  },
  {
    // chat.postMessage, conversations.list, files.uploadV2, apiCall, paginate ...: requests.
    module: '@slack/web-api#WebClient',
    defaultEffect: 'async-io',
    api: listenerApi,
  },
  {
    module: 'googleapis',
    api: {
      GoogleApis: creates('googleapis#GoogleApis'),
      'google.options': none,
      'google.getSupportedAPIs': none,
      'google.discover': asyncIo,
      'google.discoverAPI': asyncIo,
      'google.auth.GoogleAuth': creates('googleapis#GoogleAuth'),
      'google.auth.OAuth2': creates('googleapis#OAuth2'),
      'google.auth.JWT': creates('googleapis#OAuth2'),
      'google.auth.fromJSON': creates('googleapis#OAuth2'),
      'google.auth.fromAPIKey': creates('googleapis#OAuth2'),
      'google.auth.getClient': creates('googleapis#OAuth2', 'async-io'),
      ...googleApiFactories('google.'),
    },
  },
  { module: 'googleapis#GoogleApis', api: { options: none, getSupportedAPIs: none, discover: asyncIo, ...googleApiFactories('') } },
  {
    // drive.files.list, sheets.spreadsheets.values.get, gmail.users.messages.send ...: requests.
    module: 'googleapis#Api',
    defaultEffect: 'async-io',
    api: {},
  },
  {
    module: 'googleapis#GoogleAuth',
    defaultEffect: 'async-io',
    api: { getClient: creates('googleapis#OAuth2', 'async-io'), fromJSON: creates('googleapis#OAuth2'), fromAPIKey: creates('googleapis#OAuth2') },
  },
  {
    // getToken, refreshAccessToken, getAccessToken, verifyIdToken (fetches Google's certificates), request: requests.
    module: 'googleapis#OAuth2',
    defaultEffect: 'async-io',
    api: { ...listenerApi, generateAuthUrl: none, setCredentials: none, generateCodeVerifierAsync: none },
  },
  {
    module: 'openai',
    api: {
      '': creates('openai#OpenAI'),
      OpenAI: creates('openai#OpenAI'),
      AzureOpenAI: creates('openai#OpenAI'),
      toFile: { effect: 'async-io', note: 'reads a stream or a file object to its end' },
    },
  },
  {
    // chat.completions.create, responses.create, embeddings.create, images.generate, files.create ...: requests.
    module: 'openai#OpenAI',
    defaultEffect: 'async-io',
    api: {
      withOptions: creates('openai#OpenAI'),
      buildURL: none,
      'chat.completions.stream': creates('openai#Stream', 'async-io'),
      'beta.chat.completions.stream': creates('openai#Stream', 'async-io'),
      'chat.completions.runTools': creates('openai#Stream', 'async-io'),
      'responses.stream': creates('openai#Stream', 'async-io'),
      'webhooks.unwrap': {
        ...parsesText,
        note: 'verifies the signature with WebCrypto, then parses the payload with JSON.parse on the calling thread',
      },
      'webhooks.verifySignature': threadpool,
    },
  },
  {
    module: 'openai#Stream',
    defaultEffect: 'async-io',
    api: { ...listenerApi, abort: none, toReadableStream: none, tee: none },
  },
  {
    module: '@anthropic-ai/sdk',
    api: {
      '': creates('@anthropic-ai/sdk#Anthropic'),
      Anthropic: creates('@anthropic-ai/sdk#Anthropic'),
      BaseAnthropic: creates('@anthropic-ai/sdk#Anthropic'),
      toFile: { effect: 'async-io', note: 'reads a stream or a file object to its end' },
    },
  },
  {
    // messages.create, messages.countTokens, messages.batches.*, models.list ...: requests.
    module: '@anthropic-ai/sdk#Anthropic',
    defaultEffect: 'async-io',
    api: {
      withOptions: creates('@anthropic-ai/sdk#Anthropic'),
      buildURL: none,
      'messages.stream': creates('@anthropic-ai/sdk#MessageStream', 'async-io'),
      'beta.messages.stream': creates('@anthropic-ai/sdk#MessageStream', 'async-io'),
      'beta.messages.toolRunner': creates('@anthropic-ai/sdk#MessageStream', 'async-io'),
    },
  },
  {
    // done, finalMessage, finalText, emitted: wait for the response.
    module: '@anthropic-ai/sdk#MessageStream',
    defaultEffect: 'async-io',
    api: { ...listenerApi, abort: none, toReadableStream: none },
  },
];

/** google.drive({ version: 'v3', auth }) and the like: a client object whose methods are requests. */
function googleApiFactories(prefix: string): Record<string, ApiInfo> {
  const names = [
    'admin', 'analytics', 'analyticsdata', 'analyticsreporting', 'androidpublisher', 'bigquery', 'blogger', 'calendar',
    'chat', 'classroom', 'cloudbuild', 'cloudfunctions', 'cloudresourcemanager', 'compute', 'container', 'docs', 'drive',
    'driveactivity', 'firebase', 'firestore', 'forms', 'gmail', 'iam', 'identitytoolkit', 'indexing', 'keep', 'logging',
    'monitoring', 'oauth2', 'people', 'pubsub', 'run', 'script', 'searchconsole', 'secretmanager', 'sheets', 'slides',
    'sqladmin', 'storage', 'tasks', 'translate', 'webmasters', 'youtube', 'youtubeAnalytics',
  ];
  return Object.fromEntries(names.map((name) => [prefix + name, creates('googleapis#Api')]));
}

// ---------------------------------------------------------------- databases, stores and queues

/** A LevelDB database (classic-level, and `level` on Node.js): every operation is async work on libuv's pool. */
const levelDatabaseApi: Record<string, ApiInfo> = {
  ...listenerApi,
  open: threadpool,
  close: threadpool,
  get: readsContent,
  getMany: readsContent,
  has: threadpool,
  hasMany: threadpool,
  put: threadpool,
  del: threadpool,
  clear: threadpool,
  // `db.batch(operations)` writes; `db.batch()` returns a chained batch that writes on write().
  batch: { effect: 'threadpool', returns: 'classic-level#ChainedBatch' },
  approximateSize: threadpool,
  compactRange: threadpool,
  getSync: { effect: 'blocking-io', alternative: 'get', note: 'reads LevelDB on the calling thread' },
  iterator: creates('classic-level#Iterator'),
  keys: creates('classic-level#Iterator'),
  values: creates('classic-level#Iterator'),
  sublevel: creates('classic-level#ClassicLevel'),
  getProperty: none,
  supports: none,
  defer: none,
  deferAsync: none,
};

/** lmdb reads the memory-mapped file on the calling thread: fast when the pages are cached, a disk read otherwise. */
const lmdbReads: ApiInfo = {
  effect: 'blocking-io',
  alternative: 'getAsync, or prefetch(keys) before reading',
  note: 'reads the memory-mapped file on the calling thread (a page fault reads the disk) and decodes the value there',
};
const lmdbWrites: ApiInfo = {
  effect: 'threadpool',
  note: 'encodes the value on the calling thread; the write commits on a background thread',
};
const lmdbSyncWrite = (alternative: string): ApiInfo => ({
  effect: 'blocking-io',
  alternative,
  note: 'commits the write transaction on the calling thread',
});

const lowdbReadsWhole = 'reads or writes the whole file, and parses or serialises all of it on the calling thread';

const natsCodec: ApiInfo = { effect: 'cpu-heavy', weight: 1, alternative: 'parse in a worker thread', note: 'JSON.parse of the message data' };

const cassandraRowsNone: Record<string, ApiInfo> = { ...listenerApi, getReplicas: none, getState: none, log: none };

const databaseServiceTables: ModuleTable[] = [
  {
    module: 'cassandra-driver',
    api: {
      Client: creates('cassandra-driver#Client'),
      'mapping.Mapper': creates('cassandra-driver#Mapper'),
      'concurrent.executeConcurrent': asyncIo,
      ExecutionProfile: none,
      'types.Uuid.random': none,
      'types.Uuid.fromString': none,
      'types.TimeUuid.now': none,
      'types.Long.fromNumber': none,
      'types.Long.fromString': none,
      'auth.PlainTextAuthProvider': none,
      'policies.loadBalancing.DCAwareRoundRobinPolicy': none,
      'policies.loadBalancing.TokenAwarePolicy': none,
    },
  },
  {
    // connect, execute, batch, eachRow, stream, shutdown, executeGraph: requests.
    module: 'cassandra-driver#Client',
    defaultEffect: 'async-io',
    api: cassandraRowsNone,
  },
  {
    module: 'cassandra-driver#Mapper',
    api: { forModel: creates('cassandra-driver#ModelMapper'), batch: asyncIo },
  },
  {
    module: 'cassandra-driver#ModelMapper',
    defaultEffect: 'async-io',
    api: { mapWithQuery: none },
  },
  {
    module: '@elastic/elasticsearch',
    api: { Client: creates('@elastic/elasticsearch#Client'), Serializer: none, errors: none },
  },
  {
    // search, index, bulk, get, indices.create, helpers.bulk ...: requests.
    module: '@elastic/elasticsearch#Client',
    defaultEffect: 'async-io',
    api: { child: creates('@elastic/elasticsearch#Client'), 'diagnostic.on': none, 'diagnostic.once': none, 'diagnostic.off': none },
  },
  {
    // level 8+ on Node.js is classic-level; level 7 and earlier was a function returning a levelup database.
    module: 'level',
    api: { '': creates('classic-level#ClassicLevel', 'threadpool'), Level: creates('classic-level#ClassicLevel', 'threadpool') },
  },
  {
    module: 'classic-level',
    api: { ClassicLevel: creates('classic-level#ClassicLevel', 'threadpool') },
  },
  { module: 'classic-level#ClassicLevel', api: levelDatabaseApi },
  {
    module: 'classic-level#ChainedBatch',
    api: { put: none, del: none, clear: none, write: threadpool, close: threadpool },
  },
  {
    module: 'classic-level#Iterator',
    api: { next: readsContent, nextv: readsContent, all: readsContent, seek: none, close: threadpool },
  },
  {
    module: 'lmdb',
    api: {
      open: {
        effect: 'blocking-io',
        alternative: 'open once at start-up',
        returns: 'lmdb#Database',
        note: 'opens (and creates) the environment with synchronous calls',
      },
      openAsClass: none,
      getLastVersion: none,
      getLastTxnId: none,
      compareKeys: none,
      keyValueToBuffer: none,
      bufferToKeyValue: none,
      asBinary: none,
      clearKeptObjects: none,
    },
  },
  {
    module: 'lmdb#Database',
    api: {
      ...listenerApi,
      get: lmdbReads,
      getSync: lmdbReads,
      getEntry: lmdbReads,
      getBinary: lmdbReads,
      getBinaryFast: lmdbReads,
      getString: lmdbReads,
      doesExist: lmdbReads,
      getValues: lmdbReads,
      getKeys: lmdbReads,
      getRange: lmdbReads,
      getCount: lmdbReads,
      getKeysCount: lmdbReads,
      getValuesCount: lmdbReads,
      getAsync: readsContent,
      getMany: readsContent,
      prefetch: threadpool,
      put: lmdbWrites,
      remove: lmdbWrites,
      del: lmdbWrites,
      ifNoExists: lmdbWrites,
      ifVersion: lmdbWrites,
      batch: lmdbWrites,
      drop: lmdbWrites,
      clearAsync: lmdbWrites,
      transaction: lmdbWrites,
      transactionAsync: lmdbWrites,
      childTransaction: lmdbWrites,
      backup: threadpool,
      sync: threadpool,
      putSync: lmdbSyncWrite('put'),
      removeSync: lmdbSyncWrite('remove'),
      transactionSync: lmdbSyncWrite('transaction'),
      clearSync: lmdbSyncWrite('clearAsync'),
      dropSync: lmdbSyncWrite('drop'),
      openDB: {
        effect: 'blocking-io',
        alternative: 'open once at start-up',
        returns: 'lmdb#Database',
        note: 'opens the named database in a synchronous transaction',
      },
      useReadTransaction: none,
      resetReadTxn: none,
      getStats: none,
      close: threadpool,
    },
  },
  {
    module: 'lowdb',
    api: { Low: creates('lowdb#Low'), LowSync: creates('lowdb#LowSync'), Memory: none, MemorySync: none },
  },
  {
    module: 'lowdb/node',
    extends: 'lowdb',
    api: {
      JSONFile: none,
      JSONFileSync: none,
      TextFile: none,
      TextFileSync: none,
      DataFile: none,
      DataFileSync: none,
      JSONFilePreset: { effect: 'threadpool', returns: 'lowdb#Low', note: lowdbReadsWhole },
      JSONFileSyncPreset: { effect: 'blocking-io', alternative: 'JSONFilePreset', returns: 'lowdb#LowSync', note: lowdbReadsWhole },
    },
  },
  {
    // With a file adapter: fs/promises plus steno's atomic writes. The Memory adapter does no I/O.
    module: 'lowdb#Low',
    api: {
      read: { effect: 'threadpool', note: lowdbReadsWhole },
      write: { effect: 'threadpool', note: lowdbReadsWhole },
      update: { effect: 'threadpool', note: lowdbReadsWhole },
    },
  },
  {
    module: 'lowdb#LowSync',
    api: {
      read: { effect: 'blocking-io', alternative: 'Low.read', note: lowdbReadsWhole },
      write: { effect: 'blocking-io', alternative: 'Low.write', note: lowdbReadsWhole },
      update: { effect: 'blocking-io', alternative: 'Low.update', note: lowdbReadsWhole },
    },
  },
  {
    module: 'nats',
    api: {
      connect: creates('nats#NatsConnection', 'async-io'),
      StringCodec: creates('nats#StringCodec'),
      JSONCodec: creates('nats#JSONCodec'),
      headers: none,
      createInbox: none,
      'nuid.next': none,
      credsAuthenticator: none,
      jwtAuthenticator: none,
      nkeyAuthenticator: none,
      tokenAuthenticator: none,
      usernamePasswordAuthenticator: none,
      delay: asyncIo,
      deadline: asyncIo,
      deferred: none,
      millis: none,
      nanos: none,
    },
  },
  {
    // publish writes to the connection's buffer and flushes it; request, flush, drain, close wait on the server.
    module: 'nats#NatsConnection',
    defaultEffect: 'async-io',
    api: {
      subscribe: creates('nats#Subscription', 'async-io'),
      request: creates('nats#Msg', 'async-io'),
      jetstream: creates('nats#JetStream'),
      jetstreamManager: creates('nats#JetStream', 'async-io'),
      isClosed: none,
      isDraining: none,
      getServer: none,
      stats: none,
    },
  },
  {
    module: 'nats#Subscription',
    defaultEffect: 'none',
    api: { drain: asyncIo, unsubscribe: none, isClosed: none, isDraining: none, getSubject: none },
  },
  {
    module: 'nats#Msg',
    api: { json: natsCodec, string: none, respond: asyncIo, respondError: asyncIo },
  },
  // jetstream().publish, consumers.get, views.kv, jsm.streams.add ...: requests.
  { module: 'nats#JetStream', defaultEffect: 'async-io', api: {} },
  { module: 'nats#StringCodec', api: { encode: none, decode: none } },
  { module: 'nats#JSONCodec', api: { encode: serialises, decode: { ...parsesText, note: 'JSON.parse of the decoded bytes' } } },
  {
    module: 'mqtt',
    api: {
      connect: creates('mqtt#MqttClient', 'async-io'),
      connectAsync: creates('mqtt#MqttClient', 'async-io'),
      Client: creates('mqtt#MqttClient', 'async-io'),
      MqttClient: creates('mqtt#MqttClient', 'async-io'),
      Store: none,
    },
  },
  {
    // publish, subscribe, unsubscribe, end and their *Async forms: packets on the connection.
    module: 'mqtt#MqttClient',
    defaultEffect: 'async-io',
    api: { ...listenerApi, getLastMessageId: none, removeOutgoingMessage: none },
  },
  { module: 'bee-queue', api: { '': creates('bee-queue#Queue') } },
  {
    // ready, close, getJob, getJobs, removeJob, checkHealth, saveAll ...: Redis commands.
    module: 'bee-queue#Queue',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      createJob: creates('bee-queue#Job'),
      process: { effect: 'async-io', handlers: true },
      isRunning: none,
      toKey: none,
    },
  },
  {
    // Job options are chained builders; save, remove, retry, reportProgress, isInSet talk to Redis.
    module: 'bee-queue#Job',
    api: {
      ...listenerApi,
      setId: creates('bee-queue#Job'),
      retries: creates('bee-queue#Job'),
      delayUntil: creates('bee-queue#Job'),
      timeout: creates('bee-queue#Job'),
      backoff: creates('bee-queue#Job'),
      toData: none,
      computeDelay: none,
      save: asyncIo,
      remove: asyncIo,
      retry: asyncIo,
      reportProgress: asyncIo,
      isInSet: asyncIo,
    },
  },
  {
    // agenda 5+ exports the class by name; agenda 4 was the class itself.
    module: 'agenda',
    api: { '': creates('agenda#Agenda'), Agenda: creates('agenda#Agenda'), Job: creates('agenda#Job') },
  },
  {
    // start, stop, drain, cancel, purge, jobs, queryJobs ...: database round trips.
    module: 'agenda#Agenda',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      define: { effect: 'none', handlers: true },
      create: creates('agenda#Job'),
      every: creates('agenda#Job', 'async-io'),
      schedule: creates('agenda#Job', 'async-io'),
      now: creates('agenda#Job', 'async-io'),
      name: creates('agenda#Agenda'),
      processEvery: creates('agenda#Agenda'),
      maxConcurrency: creates('agenda#Agenda'),
      defaultConcurrency: creates('agenda#Agenda'),
      lockLimit: creates('agenda#Agenda'),
      defaultLockLimit: creates('agenda#Agenda'),
      defaultLockLifetime: creates('agenda#Agenda'),
      sort: creates('agenda#Agenda'),
      notifyVia: creates('agenda#Agenda'),
      isActiveJobProcessor: none,
      hasNotificationChannel: none,
      hasJobLogger: none,
    },
  },
  {
    module: 'agenda#Job',
    defaultEffect: 'none',
    api: {
      save: asyncIo,
      remove: asyncIo,
      run: asyncIo,
      runJob: asyncIo,
      touch: asyncIo,
      isRunning: asyncIo,
      isDead: asyncIo,
      isExpired: asyncIo,
    },
  },
  {
    module: 'zeromq',
    api: {
      ...Object.fromEntries(
        ['Pair', 'Publisher', 'Subscriber', 'Request', 'Reply', 'Dealer', 'Router', 'Pull', 'Push', 'XPublisher', 'XSubscriber', 'Stream', 'Socket'].map(
          (name) => [name, creates('zeromq#Socket')],
        ),
      ),
      Context: none,
      Proxy: creates('zeromq#Proxy'),
      Observer: creates('zeromq#Observer'),
      curveKeyPair: none,
    },
  },
  {
    // send and receive wait for the socket (the message queue or the peer); connect and disconnect start in the background.
    module: 'zeromq#Socket',
    api: {
      send: asyncIo,
      receive: requestsContent,
      bind: asyncIo,
      unbind: asyncIo,
      connect: asyncIo,
      disconnect: asyncIo,
      bindSync: blocking('await socket.bind(address)'),
      unbindSync: blocking('await socket.unbind(address)'),
      subscribe: none,
      unsubscribe: none,
      close: none,
      join: none,
      leave: none,
    },
  },
  { module: 'zeromq#Proxy', api: { run: asyncIo, pause: none, resume: none, terminate: none } },
  { module: 'zeromq#Observer', api: { ...listenerApi, receive: asyncIo, close: none } },
];

// ---------------------------------------------------------------- file, archive and process helpers

const fileHelperTables: ModuleTable[] = [
  {
    // temp: mkdir, open and cleanup take a callback or return a promise.
    module: 'temp',
    api: {
      track: creates('temp#Temp'),
      path: none,
      mkdir: threadpool,
      open: threadpool,
      cleanup: threadpool,
      createWriteStream: asyncIo,
      mkdirSync: blocking('temp.mkdir'),
      openSync: blocking('temp.open'),
      cleanupSync: blocking('temp.cleanup'),
    },
  },
  // `require('temp').track()` returns the module.
  { module: 'temp#Temp', extends: 'temp', api: {} },
  {
    module: 'cpy',
    api: { '': { effect: 'threadpool', note: 'globs and copies with async fs' } },
  },
  { module: 'ncp', api: { '': threadpool, ncp: threadpool } },
  {
    // cacache 20 has no synchronous forms; index and content are read and written with async fs.
    module: 'cacache',
    api: {
      get: readsContent,
      'get.byDigest': readsContent,
      'get.info': threadpool,
      'get.hasContent': threadpool,
      'get.copy': threadpool,
      'get.copy.byDigest': threadpool,
      'get.stream': asyncIo,
      'get.stream.byDigest': asyncIo,
      put: threadpool,
      'put.stream': asyncIo,
      ls: threadpool,
      'ls.stream': asyncIo,
      rm: threadpool,
      'rm.entry': threadpool,
      'rm.all': threadpool,
      'rm.content': threadpool,
      verify: { effect: 'threadpool', note: 'reads and hashes every entry of the cache' },
      'verify.lastRun': threadpool,
      'index.compact': threadpool,
      'index.insert': threadpool,
      'tmp.mkdir': threadpool,
      'tmp.withTmp': threadpool,
      clearMemoized: none,
    },
  },
  {
    // Opening reads the central directory asynchronously ('ready' event).
    module: 'node-stream-zip',
    api: { '': creates('node-stream-zip#StreamZip', 'threadpool'), async: creates('node-stream-zip#StreamZipAsync', 'threadpool'), setFs: none },
  },
  {
    module: 'node-stream-zip#StreamZip',
    api: {
      ...listenerApi,
      entry: none,
      entries: none,
      stream: threadpool,
      openEntry: threadpool,
      extract: threadpool,
      close: threadpool,
      entryDataSync: {
        effect: 'blocking-io',
        alternative: 'StreamZip.async entryData, or stream()',
        note: 'reads the entry with fs.readSync and inflates it with zlib.inflateRawSync',
      },
    },
  },
  {
    module: 'node-stream-zip#StreamZipAsync',
    api: {
      ...listenerApi,
      entry: threadpool,
      entries: threadpool,
      stream: threadpool,
      entryData: readsContent,
      extract: threadpool,
      close: threadpool,
    },
  },
  { module: 'tree-kill', api: { '': { effect: 'async-io', note: 'lists the child processes with ps/pgrep (or taskkill) as async child processes' } } },
  {
    module: 'ps-list',
    api: {
      '': {
        effect: 'async-io',
        note: 'runs ps asynchronously, then resolves each executable path with fs.readlinkSync / fs.existsSync on the calling thread',
      },
    },
  },
  { module: 'pidusage', api: { '': asyncIo, clear: none } },
  {
    module: 'clipboardy',
    api: {
      read: requestsContent,
      write: asyncIo,
      readImages: asyncIo,
      writeImages: asyncIo,
      hasImages: asyncIo,
      readSync: { effect: 'blocking-io', alternative: 'clipboardy.read', note: 'runs xsel / pbpaste / the platform tool synchronously' },
      writeSync: { effect: 'blocking-io', alternative: 'clipboardy.write', note: 'runs xsel / pbcopy / the platform tool synchronously' },
    },
  },
  {
    module: 'tar-stream',
    api: { pack: creates('tar-stream#Pack'), extract: creates('tar-stream#Extract') },
  },
  {
    // Entries are buffered into the stream; the bytes move when it is piped.
    module: 'tar-stream#Pack',
    api: { ...listenerApi, entry: none, finalize: none, pipe: none, destroy: none },
  },
  { module: 'tar-stream#Extract', api: { ...listenerApi, write: none, end: none, destroy: none } },
  {
    // Streams that read (pack) or write (extract) a directory tree with async fs.
    module: 'tar-fs',
    api: { pack: asyncIo, extract: asyncIo },
  },
  {
    module: 'unzipper',
    api: {
      'Open.file': creates('unzipper#CentralDirectory', 'threadpool'),
      'Open.buffer': creates('unzipper#CentralDirectory'),
      'Open.url': creates('unzipper#CentralDirectory', 'async-io'),
      'Open.s3': creates('unzipper#CentralDirectory', 'async-io'),
      'Open.s3_v3': creates('unzipper#CentralDirectory', 'async-io'),
      'Open.custom': creates('unzipper#CentralDirectory', 'async-io'),
      // Streams: entries are parsed and inflated (zlib) as data is piped in.
      Extract: asyncIo,
      Parse: none,
      ParseOne: none,
    },
  },
  { module: 'unzipper#CentralDirectory', api: { extract: threadpool } },
  {
    module: 'decompress',
    api: {
      '': {
        effect: 'threadpool',
        payload: true,
        note: 'reads the whole archive into memory; .tar.bz2 is decompressed in JavaScript on the calling thread',
      },
    },
  },
  { module: 'extract-zip', api: { '': threadpool } },
  {
    // compressFile, compressDir, uncompress: stream pipelines through zlib (or yazl/yauzl) and async fs.
    module: 'compressing',
    api: Object.fromEntries(
      ['zip', 'gzip', 'tar', 'tgz'].flatMap((format) => [
        [`${format}.compressFile`, threadpool],
        [`${format}.compressDir`, threadpool],
        [`${format}.uncompress`, threadpool],
        [`${format}.decompress`, threadpool],
        [`${format}.Stream`, none],
        [`${format}.FileStream`, none],
        [`${format}.UncompressStream`, none],
      ]),
    ),
  },
];

// ---------------------------------------------------------------- configuration loaders and caches

const configLoadNote = 'parses the file on the calling thread; a JavaScript or TypeScript config is imported (and compiled)';

const inMemoryCacheApi: Record<string, ApiInfo> = {
  get: none,
  set: none,
  has: none,
  delete: none,
  del: none,
  peek: none,
  clear: none,
  keys: none,
  values: none,
  entries: none,
  forEach: none,
  resize: none,
};

const configAndCacheTables: ModuleTable[] = [
  {
    module: 'cosmiconfig',
    api: {
      cosmiconfig: creates('cosmiconfig#Explorer'),
      cosmiconfigSync: creates('cosmiconfig#ExplorerSync'),
      getDefaultSearchPlaces: none,
      getDefaultSearchPlacesSync: none,
    },
  },
  {
    module: 'cosmiconfig#Explorer',
    api: {
      search: { effect: 'threadpool', note: configLoadNote },
      load: { effect: 'threadpool', note: configLoadNote },
      clearLoadCache: none,
      clearSearchCache: none,
      clearCaches: none,
    },
  },
  {
    module: 'cosmiconfig#ExplorerSync',
    api: {
      search: blocking('cosmiconfig().search'),
      load: blocking('cosmiconfig().load'),
      clearLoadCache: none,
      clearSearchCache: none,
      clearCaches: none,
    },
  },
  {
    module: 'lilconfig',
    api: {
      lilconfig: creates('lilconfig#Explorer'),
      lilconfigSync: creates('lilconfig#ExplorerSync'),
    },
  },
  {
    module: 'lilconfig#Explorer',
    api: { search: threadpool, load: threadpool, clearLoadCache: none, clearSearchCache: none, clearCaches: none },
  },
  {
    module: 'lilconfig#ExplorerSync',
    api: {
      search: blocking('lilconfig().search'),
      load: blocking('lilconfig().load'),
      clearLoadCache: none,
      clearSearchCache: none,
      clearCaches: none,
    },
  },
  {
    module: 'rc',
    api: {
      '': {
        effect: 'blocking-io',
        alternative: 'read the configuration once at start-up',
        note: 'looks for and reads every rc file with fs.statSync / fs.readFileSync',
      },
    },
  },
  {
    module: 'keyv',
    api: { '': creates('keyv#Keyv'), Keyv: creates('keyv#Keyv') },
  },
  {
    // Keyv is a front for a storage adapter (Redis, SQLite, Postgres, Mongo ...): each call awaits the store.
    module: 'keyv#Keyv',
    defaultEffect: 'async-io',
    api: {
      ...listenerApi,
      get: { effect: 'async-io', note: 'a round trip to the store; the default in-memory Map does no I/O, but values still go through JSON serialisation' },
      set: { effect: 'async-io', note: 'a round trip to the store; the default in-memory Map does no I/O, but the value is still serialised' },
      'hooks.addHandler': none,
      'hooks.removeHandler': none,
      'stats.reset': none,
    },
  },
  {
    // lru-cache 10+ exports LRUCache by name; earlier versions the class itself.
    module: 'lru-cache',
    api: { '': creates('lru-cache#LRUCache'), LRUCache: creates('lru-cache#LRUCache') },
  },
  {
    module: 'lru-cache#LRUCache',
    api: {
      ...inMemoryCacheApi,
      rkeys: none,
      rvalues: none,
      rentries: none,
      rforEach: none,
      find: none,
      pop: none,
      purgeStale: none,
      getRemainingTTL: none,
      info: none,
      dump: none,
      load: none,
      memo: none,
      // Runs the cache's fetchMethod on a miss: usually a request.
      fetch: { effect: 'async-io', note: 'runs the fetchMethod given to the cache on a miss' },
      forceFetch: { effect: 'async-io', note: 'runs the fetchMethod given to the cache on a miss' },
    },
  },
  { module: 'node-cache', api: { '': creates('node-cache#NodeCache') } },
  {
    // useClones (the default) deep-copies values on get and set; still in memory.
    module: 'node-cache#NodeCache',
    api: {
      ...listenerApi,
      ...inMemoryCacheApi,
      mget: none,
      mset: none,
      take: none,
      ttl: none,
      getTtl: none,
      getStats: none,
      flushAll: none,
      flushStats: none,
      close: none,
    },
  },
  { module: 'quick-lru', api: { '': creates('quick-lru#QuickLRU') } },
  {
    module: 'quick-lru#QuickLRU',
    api: { ...inMemoryCacheApi, expiresIn: none, evict: none },
  },
];

export const serviceTables: ModuleTable[] = [
  ...googleCloudStorageTables,
  ...firebaseAdminTables,
  ...azureBlobTables,
  ...sdkTables,
  ...databaseServiceTables,
  ...fileHelperTables,
  ...configAndCacheTables,
];
