import assert from 'node:assert/strict';
import { effectForCall, lookupApi, lookupInstanceApi } from '../../src/analyzer/knowledge/index';
import type { ApiInfo } from '../../src/analyzer/knowledge/types';

function effectOf(info: ApiInfo | undefined): string | undefined {
  return info?.effect;
}

/** The effect of `method` on the instance `spec`'s `path` returns. */
function throughReturns(spec: string, path: string[], method: string[]): string | undefined {
  const type = lookupApi(spec, path)?.returns;
  assert.ok(type, `${spec} ${path.join('.')} returns an instance`);
  return effectOf(lookupInstanceApi(type, method));
}

describe('knowledge: cloud and SaaS SDKs', () => {
  it('@google-cloud/storage: Storage -> Bucket -> File', () => {
    const bucket = lookupInstanceApi('@google-cloud/storage#Storage', ['bucket']);
    assert.deepEqual(bucket, { effect: 'none', returns: '@google-cloud/storage#Bucket' });
    assert.equal(lookupInstanceApi('@google-cloud/storage#Bucket', ['file'])?.returns, '@google-cloud/storage#File');
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#Bucket', ['upload'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#Bucket', ['getFiles'])), 'async-io');
    assert.equal(lookupInstanceApi('@google-cloud/storage#File', ['download'])?.payload, true);
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#File', ['save'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#File', ['exists'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#File', ['createReadStream'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@google-cloud/storage#File', ['publicUrl'])), 'none');
    assert.equal(throughReturns('@google-cloud/storage', ['Storage'], ['getBuckets']), 'async-io');
  });

  it('firebase-admin: apps, Firestore references and queries', () => {
    assert.equal(throughReturns('firebase-admin', ['initializeApp'], ['firestore']), 'none');
    assert.equal(lookupApi('firebase-admin', ['firestore'])?.returns, 'firebase-admin#Firestore');
    assert.equal(effectOf(lookupApi('firebase-admin', ['firestore', 'FieldValue', 'serverTimestamp'])), 'none');
    assert.equal(effectOf(lookupApi('firebase-admin', ['credential', 'cert'])), 'blocking-io');
    assert.equal(lookupApi('firebase-admin/firestore', ['getFirestore'])?.returns, 'firebase-admin#Firestore');
    assert.equal(lookupInstanceApi('firebase-admin#Firestore', ['collection'])?.returns, 'firebase-admin#CollectionReference');
    assert.equal(lookupInstanceApi('firebase-admin#CollectionReference', ['doc'])?.returns, 'firebase-admin#DocumentReference');
    assert.equal(lookupInstanceApi('firebase-admin#CollectionReference', ['where'])?.returns, 'firebase-admin#Query');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#CollectionReference', ['get'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#Query', ['orderBy'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#Query', ['get'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#DocumentReference', ['set'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#DocumentReference', ['get'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#WriteBatch', ['set'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#WriteBatch', ['commit'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#Auth', ['verifyIdToken'])), 'async-io');
    assert.equal(lookupInstanceApi('firebase-admin#Storage', ['bucket'])?.returns, '@google-cloud/storage#Bucket');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#DatabaseReference', ['child'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('firebase-admin#DatabaseReference', ['once'])), 'async-io');
  });

  it('@azure/storage-blob: service, container and blob clients', () => {
    const service = lookupApi('@azure/storage-blob', ['BlobServiceClient', 'fromConnectionString']);
    assert.equal(service?.returns, '@azure/storage-blob#BlobServiceClient');
    assert.equal(lookupInstanceApi('@azure/storage-blob#BlobServiceClient', ['getContainerClient'])?.returns, '@azure/storage-blob#ContainerClient');
    assert.equal(effectOf(lookupInstanceApi('@azure/storage-blob#ContainerClient', ['createIfNotExists'])), 'async-io');
    assert.equal(lookupInstanceApi('@azure/storage-blob#ContainerClient', ['getBlockBlobClient'])?.returns, '@azure/storage-blob#BlobClient');
    assert.equal(effectOf(lookupInstanceApi('@azure/storage-blob#BlobClient', ['uploadData'])), 'async-io');
    assert.equal(lookupInstanceApi('@azure/storage-blob#BlobClient', ['downloadToBuffer'])?.payload, true);
    assert.equal(effectOf(lookupInstanceApi('@azure/storage-blob#BlobClient', ['generateSasUrl'])), 'none');
  });

  it('stripe, twilio, Octokit and Slack: resource methods are requests', () => {
    assert.equal(throughReturns('stripe', [], ['customers', 'create']), 'async-io');
    assert.equal(throughReturns('stripe', ['Stripe'], ['paymentIntents', 'retrieve']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('stripe#Stripe', ['on'])), 'none');
    const constructEvent = lookupInstanceApi('stripe#Stripe', ['webhooks', 'constructEvent']);
    assert.equal(constructEvent?.effect, 'cpu-heavy');
    assert.equal(constructEvent?.sizeArgument, 0);
    assert.equal(throughReturns('twilio', [], ['messages', 'create']), 'async-io');
    assert.equal(effectOf(lookupApi('twilio', ['validateRequest'])), 'none');
    assert.equal(throughReturns('@octokit/rest', ['Octokit'], ['rest', 'repos', 'get']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@octokit/rest#Octokit', ['request'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@octokit/rest#Octokit', ['paginate'])), 'async-io');
    assert.equal(lookupInstanceApi('@octokit/rest#Octokit', ['hook', 'before'])?.handlers, true);
    assert.equal(throughReturns('@slack/web-api', ['WebClient'], ['chat', 'postMessage']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@slack/web-api#WebClient', ['on'])), 'none');
  });

  it('googleapis: API factories and auth clients', () => {
    assert.equal(lookupApi('googleapis', ['google', 'drive'])?.returns, 'googleapis#Api');
    assert.equal(effectOf(lookupApi('googleapis', ['google', 'sheets'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('googleapis#Api', ['files', 'list'])), 'async-io');
    assert.equal(throughReturns('googleapis', ['google', 'auth', 'OAuth2'], ['generateAuthUrl']), 'none');
    assert.equal(effectOf(lookupInstanceApi('googleapis#OAuth2', ['getToken'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('googleapis#GoogleAuth', ['getClient'])), 'async-io');
  });

  it('openai and @anthropic-ai/sdk', () => {
    assert.equal(throughReturns('openai', [], ['chat', 'completions', 'create']), 'async-io');
    assert.equal(throughReturns('openai', ['OpenAI'], ['responses', 'create']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('openai#OpenAI', ['embeddings', 'create'])), 'async-io');
    assert.equal(lookupInstanceApi('openai#OpenAI', ['chat', 'completions', 'stream'])?.returns, 'openai#Stream');
    assert.equal(effectOf(lookupInstanceApi('openai#Stream', ['on'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('openai#Stream', ['finalChatCompletion'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('openai#OpenAI', ['webhooks', 'unwrap'])), 'cpu-heavy');
    assert.equal(throughReturns('@anthropic-ai/sdk', [], ['messages', 'create']), 'async-io');
    const stream = lookupInstanceApi('@anthropic-ai/sdk#Anthropic', ['messages', 'stream']);
    assert.deepEqual(stream, { effect: 'async-io', returns: '@anthropic-ai/sdk#MessageStream' });
    assert.equal(effectOf(lookupInstanceApi('@anthropic-ai/sdk#MessageStream', ['on'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('@anthropic-ai/sdk#MessageStream', ['finalMessage'])), 'async-io');
  });
});

describe('knowledge: databases, stores and queues', () => {
  it('cassandra-driver and @elastic/elasticsearch clients', () => {
    assert.equal(throughReturns('cassandra-driver', ['Client'], ['execute']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('cassandra-driver#Client', ['batch'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('cassandra-driver#Client', ['eachRow'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('cassandra-driver#Client', ['getState'])), 'none');
    assert.equal(throughReturns('cassandra-driver', ['mapping', 'Mapper'], ['forModel']), 'none');
    assert.equal(effectOf(lookupInstanceApi('cassandra-driver#ModelMapper', ['find'])), 'async-io');
    assert.equal(throughReturns('@elastic/elasticsearch', ['Client'], ['search']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@elastic/elasticsearch#Client', ['indices', 'create'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('@elastic/elasticsearch#Client', ['helpers', 'bulk'])), 'async-io');
  });

  it('level / classic-level run on the thread pool; getSync blocks', () => {
    assert.equal(lookupApi('level', ['Level'])?.returns, 'classic-level#ClassicLevel');
    assert.equal(effectOf(lookupApi('classic-level', ['ClassicLevel'])), 'threadpool');
    assert.deepEqual(lookupInstanceApi('classic-level#ClassicLevel', ['get']), { effect: 'threadpool', payload: true });
    assert.equal(effectOf(lookupInstanceApi('classic-level#ClassicLevel', ['put'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('classic-level#ClassicLevel', ['del'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('classic-level#ClassicLevel', ['getSync'])), 'blocking-io');
    assert.equal(lookupInstanceApi('classic-level#ClassicLevel', ['iterator'])?.returns, 'classic-level#Iterator');
    assert.equal(effectOf(lookupInstanceApi('classic-level#Iterator', ['next'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('classic-level#ChainedBatch', ['put'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('classic-level#ChainedBatch', ['write'])), 'threadpool');
  });

  it('lmdb reads on the calling thread and writes in the background', () => {
    const open = lookupApi('lmdb', ['open']);
    assert.equal(open?.effect, 'blocking-io');
    assert.equal(open?.returns, 'lmdb#Database');
    assert.equal(effectOf(lookupApi('lmdb', ['default', 'open'])), 'blocking-io');
    const get = lookupInstanceApi('lmdb#Database', ['get']);
    assert.equal(get?.effect, 'blocking-io');
    assert.ok(get?.alternative?.includes('getAsync'));
    assert.equal(effectOf(lookupInstanceApi('lmdb#Database', ['getAsync'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('lmdb#Database', ['put'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('lmdb#Database', ['remove'])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('lmdb#Database', ['putSync'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi('lmdb#Database', ['transactionSync'])), 'blocking-io');
    assert.equal(lookupInstanceApi('lmdb#Database', ['openDB'])?.returns, 'lmdb#Database');
  });

  it('lowdb: Low is asynchronous, LowSync blocks', () => {
    assert.equal(throughReturns('lowdb', ['Low'], ['read']), 'threadpool');
    assert.equal(throughReturns('lowdb', ['Low'], ['write']), 'threadpool');
    assert.equal(throughReturns('lowdb', ['LowSync'], ['read']), 'blocking-io');
    assert.equal(lookupInstanceApi('lowdb#LowSync', ['write'])?.alternative, 'Low.write');
    assert.equal(effectOf(lookupApi('lowdb/node', ['JSONFile'])), 'none');
    assert.equal(effectOf(lookupApi('lowdb/node', ['JSONFilePreset'])), 'threadpool');
    assert.equal(effectOf(lookupApi('lowdb/node', ['JSONFileSyncPreset'])), 'blocking-io');
    assert.equal(lookupApi('lowdb/node', ['Low'])?.returns, 'lowdb#Low');
  });

  it('nats, mqtt and zeromq messaging', () => {
    assert.equal(throughReturns('nats', ['connect'], ['publish']), 'async-io');
    assert.equal(effectOf(lookupApi('nats', ['connect'])), 'async-io');
    assert.equal(lookupInstanceApi('nats#NatsConnection', ['subscribe'])?.returns, 'nats#Subscription');
    assert.equal(effectOf(lookupInstanceApi('nats#NatsConnection', ['request'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('nats#NatsConnection', ['isClosed'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('nats#Subscription', ['unsubscribe'])), 'none');
    assert.equal(throughReturns('nats', ['JSONCodec'], ['decode']), 'cpu-heavy');
    assert.equal(throughReturns('nats', ['StringCodec'], ['decode']), 'none');
    assert.equal(throughReturns('mqtt', ['connect'], ['publish']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('mqtt#MqttClient', ['subscribe'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('mqtt#MqttClient', ['end'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('mqtt#MqttClient', ['on'])), 'none');
    assert.equal(throughReturns('zeromq', ['Push'], ['send']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('zeromq#Socket', ['receive'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('zeromq#Socket', ['bind'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('zeromq#Socket', ['bindSync'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi('zeromq#Socket', ['subscribe'])), 'none');
  });

  it('bee-queue and agenda job queues', () => {
    assert.equal(throughReturns('bee-queue', [], ['createJob']), 'none');
    assert.equal(effectOf(lookupInstanceApi('bee-queue#Queue', ['close'])), 'async-io');
    assert.equal(lookupInstanceApi('bee-queue#Queue', ['process'])?.handlers, true);
    assert.equal(effectOf(lookupInstanceApi('bee-queue#Job', ['timeout'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('bee-queue#Job', ['save'])), 'async-io');
    assert.equal(throughReturns('agenda', ['Agenda'], ['start']), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('agenda#Agenda', ['every'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('agenda#Agenda', ['schedule'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('agenda#Agenda', ['now'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('agenda#Agenda', ['stop'])), 'async-io');
    assert.equal(lookupInstanceApi('agenda#Agenda', ['define'])?.handlers, true);
    assert.equal(effectOf(lookupInstanceApi('agenda#Agenda', ['processEvery'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('agenda#Job', ['repeatEvery'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('agenda#Job', ['save'])), 'async-io');
  });
});

describe('knowledge: file, archive and process helpers', () => {
  it('temp (tmp already has a table), cpy, ncp and cacache', () => {
    assert.equal(effectOf(lookupApi('temp', ['mkdir'])), 'threadpool');
    assert.equal(lookupApi('temp', ['mkdirSync'])?.alternative, 'temp.mkdir');
    assert.equal(effectOf(lookupApi('temp', ['openSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('temp', ['path'])), 'none');
    assert.equal(throughReturns('temp', ['track'], ['openSync']), 'blocking-io');
    assert.equal(effectOf(lookupApi('tmp', ['fileSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('cpy', [])), 'threadpool');
    assert.equal(effectOf(lookupApi('ncp', [])), 'threadpool');
    assert.deepEqual(lookupApi('cacache', ['get']), { effect: 'threadpool', payload: true });
    assert.equal(effectOf(lookupApi('cacache', ['put'])), 'threadpool');
    assert.equal(effectOf(lookupApi('cacache', ['get', 'stream'])), 'async-io');
    assert.equal(effectOf(lookupApi('cacache', ['ls'])), 'threadpool');
    assert.equal(effectOf(lookupApi('cacache', ['clearMemoized'])), 'none');
  });

  it('node-stream-zip: asynchronous reads and entryDataSync', () => {
    assert.equal(effectOf(lookupApi('node-stream-zip', [])), 'threadpool');
    assert.equal(effectOf(lookupInstanceApi('node-stream-zip#StreamZip', ['entries'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('node-stream-zip#StreamZip', ['entryDataSync'])), 'blocking-io');
    assert.equal(effectOf(lookupInstanceApi('node-stream-zip#StreamZip', ['extract'])), 'threadpool');
    assert.equal(lookupApi('node-stream-zip', ['async'])?.returns, 'node-stream-zip#StreamZipAsync');
    assert.equal(lookupInstanceApi('node-stream-zip#StreamZipAsync', ['entryData'])?.payload, true);
  });

  it('process helpers and the clipboard', () => {
    assert.equal(effectOf(lookupApi('tree-kill', [])), 'async-io');
    assert.ok(lookupApi('ps-list', [])?.note?.includes('readlinkSync'));
    assert.equal(effectOf(lookupApi('pidusage', [])), 'async-io');
    assert.equal(effectOf(lookupApi('pidusage', ['clear'])), 'none');
    assert.equal(effectOf(lookupApi('clipboardy', ['read'])), 'async-io');
    assert.equal(effectOf(lookupApi('clipboardy', ['write'])), 'async-io');
    assert.equal(lookupApi('clipboardy', ['readSync'])?.alternative, 'clipboardy.read');
    assert.equal(effectOf(lookupApi('clipboardy', ['writeSync'])), 'blocking-io');
    assert.equal(effectOf(lookupApi('clipboardy', ['default', 'writeSync'])), 'blocking-io');
  });

  it('archives: tar-stream, tar-fs, unzipper, decompress, extract-zip, compressing', () => {
    assert.equal(throughReturns('tar-stream', ['pack'], ['entry']), 'none');
    assert.equal(throughReturns('tar-stream', ['extract'], ['on']), 'none');
    assert.equal(effectOf(lookupApi('tar-fs', ['pack'])), 'async-io');
    assert.equal(effectOf(lookupApi('tar-fs', ['extract'])), 'async-io');
    assert.equal(effectOf(lookupApi('unzipper', ['Open', 'file'])), 'threadpool');
    assert.equal(throughReturns('unzipper', ['Open', 'buffer'], ['extract']), 'threadpool');
    assert.equal(effectOf(lookupApi('unzipper', ['Extract'])), 'async-io');
    assert.equal(effectOf(lookupApi('unzipper', ['Parse'])), 'none');
    assert.equal(lookupApi('decompress', [])?.payload, true);
    assert.equal(effectOf(lookupApi('extract-zip', [])), 'threadpool');
    assert.equal(effectOf(lookupApi('compressing', ['zip', 'compressDir'])), 'threadpool');
    assert.equal(effectOf(lookupApi('compressing', ['tgz', 'uncompress'])), 'threadpool');
    assert.equal(effectOf(lookupApi('compressing', ['gzip', 'compressFile'])), 'threadpool');
    assert.equal(effectOf(lookupApi('compressing', ['tar', 'Stream'])), 'none');
  });
});

describe('knowledge: configuration loaders and caches', () => {
  it('cosmiconfig and lilconfig: async explorers and their Sync twins', () => {
    assert.equal(throughReturns('cosmiconfig', ['cosmiconfig'], ['search']), 'threadpool');
    assert.equal(throughReturns('cosmiconfig', ['cosmiconfig'], ['load']), 'threadpool');
    assert.equal(throughReturns('cosmiconfig', ['cosmiconfigSync'], ['search']), 'blocking-io');
    assert.equal(lookupInstanceApi('cosmiconfig#ExplorerSync', ['load'])?.alternative, 'cosmiconfig().load');
    assert.equal(effectOf(lookupInstanceApi('cosmiconfig#Explorer', ['clearCaches'])), 'none');
    assert.equal(throughReturns('lilconfig', ['lilconfig'], ['search']), 'threadpool');
    assert.equal(throughReturns('lilconfig', ['lilconfigSync'], ['load']), 'blocking-io');
  });

  it('rc reads its files synchronously', () => {
    const rc = lookupApi('rc', [])!;
    assert.equal(rc.effect, 'blocking-io');
    assert.equal(effectForCall(rc, false), 'blocking-io');
  });

  it('keyv awaits its store', () => {
    assert.equal(throughReturns('keyv', [], ['get']), 'async-io');
    assert.equal(throughReturns('keyv', ['Keyv'], ['set']), 'async-io');
    assert.ok(lookupInstanceApi('keyv#Keyv', ['get'])?.note?.includes('in-memory'));
    assert.equal(effectOf(lookupInstanceApi('keyv#Keyv', ['delete'])), 'async-io');
    assert.equal(effectOf(lookupInstanceApi('keyv#Keyv', ['on'])), 'none');
  });

  it('in-memory caches: get, set, delete and has are not I/O', () => {
    for (const type of ['lru-cache#LRUCache', 'node-cache#NodeCache', 'quick-lru#QuickLRU']) {
      for (const method of ['get', 'set', 'has', 'delete', 'clear']) {
        assert.equal(effectOf(lookupInstanceApi(type, [method])), 'none', `${type} ${method}`);
      }
    }
    assert.equal(lookupApi('lru-cache', ['LRUCache'])?.returns, 'lru-cache#LRUCache');
    assert.equal(lookupApi('lru-cache', [])?.returns, 'lru-cache#LRUCache');
    assert.equal(effectOf(lookupInstanceApi('lru-cache#LRUCache', ['fetch'])), 'async-io');
    assert.equal(lookupApi('node-cache', [])?.returns, 'node-cache#NodeCache');
    assert.equal(effectOf(lookupInstanceApi('node-cache#NodeCache', ['del'])), 'none');
    assert.equal(effectOf(lookupInstanceApi('node-cache#NodeCache', ['mget'])), 'none');
    assert.equal(lookupApi('quick-lru', [])?.returns, 'quick-lru#QuickLRU');
    assert.equal(effectOf(lookupInstanceApi('quick-lru#QuickLRU', ['peek'])), 'none');
  });
});
